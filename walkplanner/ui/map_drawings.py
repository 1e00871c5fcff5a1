"""Which drawings of the map still show the walk's stops as they are now.

Every `walk` message to the page has a revision, and every event from the page names the
revision it was made against. Stops are immutable and each edit of one makes a new tuple,
so a drawing counts while the walk has the very stops it showed: an index from it names
the same stop, and the same leg between the same two stops. A title typed or a leg routed
since keeps it current; a stop added, moved, edited or removed (from the table, an undo)
or another walk makes every earlier drawing stale, so a drag racing a removal edits
nothing instead of the stop that took its place.
"""

from __future__ import annotations

from walkplanner.core.model import Stop


class Drawings:
    def __init__(self) -> None:
        self.latest = 0
        self._since = 1  # the first revision that showed `_stops`
        self._stops: tuple[Stop, ...] | None = None

    def sent(self, stops: tuple[Stop, ...]) -> int:
        """A new drawing of `stops`: its revision."""
        self.latest += 1
        if stops is not self._stops:
            self._stops, self._since = stops, self.latest
        return self.latest

    def forget(self) -> None:
        """Another walk is shown: no earlier drawing counts, even one of equal stops."""
        self._stops = None

    def shows(self, revision: int, stops: tuple[Stop, ...]) -> bool:
        """Whether drawing `revision` showed these very `stops`."""
        return stops is self._stops and self._since <= revision <= self.latest
