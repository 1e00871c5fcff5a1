"""The menu bar and the toolbar as lists of action ids (see ui/actions.py).

A menu holds action ids, separators, submenus, and named places the window fills: a
group of actions it owns (the docks' show/hide toggles) or a filler that rebuilds a
submenu each time it opens (recent files, basemaps, the leg after the selected stop).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from walkplanner.ui.actions import ActionId, Actions

A = ActionId
SEPARATOR = "-"
CONTEXT = "MainMenus"


@dataclass(frozen=True)
class Group:
    """Actions the window supplies under this name, in its order."""

    name: str


@dataclass(frozen=True)
class Menu:
    """A menu; with a `filler`, its entries are built by that filler when it opens."""

    title: str
    items: tuple[Item, ...] = ()
    filler: str = ""


Item = ActionId | Menu | Group | str

MENU_BAR: tuple[Menu, ...] = (
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "&File"),
        (
            A.NEW_WALK,
            A.DUPLICATE_WALK,
            A.DELETE_WALK,
            SEPARATOR,
            A.IMPORT,
            Menu(QT_TRANSLATE_NOOP("MainMenus", "Import &recent"), filler="recent"),
            Menu(
                QT_TRANSLATE_NOOP("MainMenus", "&Export walk as"),
                (A.EXPORT_GPX, A.EXPORT_GEOJSON, A.EXPORT_KML, A.EXPORT_ICS),
            ),
            A.ADD_TO_CALENDAR,
            SEPARATOR,
            A.EXPORT_CARD,
            A.EXPORT_VIDEO,
            A.EXPORT_PAGE,
            A.EXPORT_HANDOUT_PDF,
            A.PRINT_HANDOUTS,
            SEPARATOR,
            A.QUIT,
        ),
    ),
    Menu(QT_TRANSLATE_NOOP("MainMenus", "&Edit"), (A.UNDO, A.REDO, SEPARATOR, A.PREFERENCES)),
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "&View"),
        (
            A.FIT,
            Menu(QT_TRANSLATE_NOOP("MainMenus", "&Basemap"), filler="basemaps"),
            A.FIND_PLACE,
            SEPARATOR,
            Group("docks"),
            SEPARATOR,
            Menu(
                QT_TRANSLATE_NOOP("MainMenus", "&Go to"),
                (
                    A.GO_TO_WALKS,
                    A.GO_TO_DETAILS,
                    A.GO_TO_STOPS,
                    A.GO_TO_PEOPLE,
                    A.GO_TO_PLACES,
                    A.GO_TO_MAP,
                ),
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "&Stops"),
        (
            A.ADD_STOP,
            A.MOVE_STOP_UP,
            A.MOVE_STOP_DOWN,
            A.REMOVE_STOP,
            A.EDIT_CELL,
            Menu(QT_TRANSLATE_NOOP("MainMenus", "Leg to the &next stop"), filler="leg"),
        ),
    ),
    Menu(QT_TRANSLATE_NOOP("MainMenus", "&Help"), (A.ABOUT,)),
)
TOOLBAR: tuple[ActionId, ...] = (A.NEW_WALK, A.UNDO, A.REDO, A.FIT, A.EXPORT_CARD)
STOP_BUTTONS: tuple[ActionId, ...] = (A.ADD_STOP, A.MOVE_STOP_UP, A.MOVE_STOP_DOWN, A.REMOVE_STOP)


def fill_menu_bar(
    bar: QMenuBar,
    actions: Actions,
    groups: Mapping[str, Sequence[QAction]],
    fillers: Mapping[str, Callable[[QMenu], None]],
) -> None:
    """MENU_BAR on `bar`: `groups` and `fillers` are what the window supplies by name."""
    for menu in MENU_BAR:
        _fill(bar.addMenu(_tr(menu.title)), menu, actions, groups, fillers)


def main_toolbar(actions: Actions, parent: QWidget) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainMenus", "Main toolbar"), parent)
    toolbar.setObjectName("MainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions[action_id] for action_id in TOOLBAR])
    return toolbar


def _fill(
    target: QMenu,
    menu: Menu,
    actions: Actions,
    groups: Mapping[str, Sequence[QAction]],
    fillers: Mapping[str, Callable[[QMenu], None]],
) -> None:
    if menu.filler:
        filler = fillers[menu.filler]
        target.aboutToShow.connect(lambda: filler(target))
    for item in menu.items:
        if isinstance(item, ActionId):
            target.addAction(actions[item])
        elif isinstance(item, Menu):
            _fill(target.addMenu(_tr(item.title)), item, actions, groups, fillers)
        elif isinstance(item, Group):
            target.addActions(list(groups[item.name]))
        else:
            target.addSeparator()


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
