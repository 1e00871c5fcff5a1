<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n legs are still straight lines: route them along the streets.</source>
        <translation>
            <numerusform>One leg is still a straight line: route it along the streets.</numerusform>
            <numerusform>%n legs are still straight lines: route them along the streets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people walk as one group (splitting is off)</source>
        <translation>
            <numerusform>%n person walks as one group (splitting is off)</numerusform>
            <numerusform>%n people walk as one group (splitting is off)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants: {going}, {waiting}, {cancelled}</source>
        <translation>
            <numerusform>%Ln participant: {going}, {waiting}, {cancelled}</numerusform>
            <numerusform>%Ln participants: {going}, {waiting}, {cancelled}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln going</source>
        <translation>
            <numerusform>%Ln going</numerusform>
            <numerusform>%Ln going</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people expected · everyone welcome</source>
        <translation>
            <numerusform>%Ln person expected · everyone welcome</numerusform>
            <numerusform>%Ln people expected · everyone welcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n people · sign up to come</source>
        <translation>
            <numerusform>Up to %n person · sign up to come</numerusform>
            <numerusform>Up to %n people · sign up to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {capacity} places left</source>
        <translation>
            <numerusform>%n of {capacity} places left</numerusform>
            <numerusform>%n of {capacity} places left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>%n groups · the first leaves at {start} · the last arrives at {end}</source>
        <translation>
            <numerusform>%n group · the first leaves at {start} · the last arrives at {end}</numerusform>
            <numerusform>%n groups · the first leaves at {start} · the last arrives at {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group {letter} · %n people · leaves at {time}</source>
        <translation>
            <numerusform>Group {letter} · %n person · leaves at {time}</numerusform>
            <numerusform>Group {letter} · %n people · leaves at {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Routing %n legs…</source>
        <translation>
            <numerusform>Routing %n leg…</numerusform>
            <numerusform>Routing %n legs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message numerus="yes">
        <source>%n answer(s) in “%1” were not understood; those people are on the waitlist, where they take no place.</source>
        <translation>
            <numerusform>One answer in “%1” was not understood; that person is on the waitlist, where they take no place.</numerusform>
            <numerusform>%n answers in “%1” were not understood; those people are on the waitlist, where they take no place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups: the first leaves at %1, the last at %2</source>
        <translation>
            <numerusform>%n group: the first leaves at %1, the last at %2</numerusform>
            <numerusform>%n groups: the first leaves at %1, the last at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message numerus="yes">
        <source>%n places found</source>
        <translation>
            <numerusform>%n place found</numerusform>
            <numerusform>%n places found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>%n tiles, %1 MB</source>
        <translation>
            <numerusform>%n tile, %1 MB</numerusform>
            <numerusform>%n tiles, %1 MB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stops</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
</context>
</TS>
