"""The window's commands as data: one table of action ids with their text, icon, shortcut,
menu role and enablement, from which every QAction is built once.

Menus, the toolbar and the stop list's buttons show these actions by id (see
ui/main_menus.py); what an action does is a handler the window hands in, so this module
knows nothing of the window. Strings are marked here and translated when the actions are
built, under the context "Actions".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from walkplanner.ui import icons

Key = QKeySequence.StandardKey
Role = QAction.MenuRole
Handler = Callable[[], object]
CONTEXT = "Actions"  # where the texts below are translated


class ActionId(StrEnum):
    NEW_WALK = "new-walk"
    DUPLICATE_WALK = "duplicate-walk"
    DELETE_WALK = "delete-walk"
    IMPORT = "import"
    EXPORT_GPX = "export-gpx"
    EXPORT_GEOJSON = "export-geojson"
    EXPORT_KML = "export-kml"
    EXPORT_ICS = "export-ics"
    ADD_TO_CALENDAR = "add-to-calendar"
    EXPORT_CARD = "export-card"
    EXPORT_VIDEO = "export-video"
    EXPORT_PAGE = "export-page"
    EXPORT_HANDOUT_PDF = "export-handout-pdf"
    PRINT_HANDOUTS = "print-handouts"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    PREFERENCES = "preferences"
    FIT = "fit"
    FIND_PLACE = "find-place"
    GO_TO_WALKS = "go-to-walks"
    GO_TO_DETAILS = "go-to-details"
    GO_TO_STOPS = "go-to-stops"
    GO_TO_PEOPLE = "go-to-people"
    GO_TO_PLACES = "go-to-places"
    GO_TO_MAP = "go-to-map"
    ADD_STOP = "add-stop"
    MOVE_STOP_UP = "move-stop-up"
    MOVE_STOP_DOWN = "move-stop-down"
    REMOVE_STOP = "remove-stop"
    EDIT_CELL = "edit-cell"
    ABOUT = "about"


class When(StrEnum):
    """A named condition an action's enablement follows; the window says how to test it."""

    STOP_SELECTED = "a stop is selected"
    STOP_HAS_PREVIOUS = "the selected stop has one before it"
    STOP_HAS_NEXT = "the selected stop has one after it"


@dataclass(frozen=True)
class Spec:
    """One action. `standard` takes all of the platform's bindings for a standard key;
    `keys` is the shortcut where there is no standard key, or the fallback where the
    platform has no binding for it (Quit and Preferences have none on GNOME and Windows).
    A standard key in `keys` takes its first binding only (Undo and Delete have always
    had just that one here). A `local` shortcut works while the panel showing the action
    has the keyboard focus; the menu entry works from anywhere."""

    text: str
    icon: str = ""
    standard: Key | None = None
    keys: tuple[Key | str, ...] = ()
    role: Role = Role.NoRole
    when: When | None = None
    tip: str = ""
    local: bool = False


SPECS: Mapping[ActionId, Spec] = {
    ActionId.NEW_WALK: Spec(
        QT_TRANSLATE_NOOP("Actions", "&New walk"), "mdi6.file-plus-outline", standard=Key.New
    ),
    ActionId.DUPLICATE_WALK: Spec(
        QT_TRANSLATE_NOOP("Actions", "D&uplicate walk"), "mdi6.content-copy", keys=("Ctrl+D",)
    ),
    ActionId.DELETE_WALK: Spec(
        QT_TRANSLATE_NOOP("Actions", "De&lete walk…"), "mdi6.delete-outline"
    ),
    ActionId.IMPORT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Import…"), "mdi6.file-import-outline", keys=("Ctrl+I",)
    ),
    ActionId.EXPORT_GPX: Spec(QT_TRANSLATE_NOOP("Actions", "GPX (GPS devices and apps)…")),
    ActionId.EXPORT_GEOJSON: Spec(QT_TRANSLATE_NOOP("Actions", "GeoJSON…")),
    ActionId.EXPORT_KML: Spec(QT_TRANSLATE_NOOP("Actions", "KML (Google Earth)…")),
    ActionId.EXPORT_ICS: Spec(QT_TRANSLATE_NOOP("Actions", "Calendar event…")),
    ActionId.ADD_TO_CALENDAR: Spec(QT_TRANSLATE_NOOP("Actions", "Add to &calendar")),
    ActionId.EXPORT_CARD: Spec(
        QT_TRANSLATE_NOOP("Actions", "Export invite &card…"),
        "mdi6.card-account-details-star-outline",
        keys=("Ctrl+E",),
    ),
    ActionId.EXPORT_VIDEO: Spec(
        QT_TRANSLATE_NOOP("Actions", "Export story &video…"), "mdi6.movie-open-outline"
    ),
    ActionId.EXPORT_PAGE: Spec(QT_TRANSLATE_NOOP("Actions", "Export &walk page…"), "mdi6.web"),
    ActionId.EXPORT_HANDOUT_PDF: Spec(
        QT_TRANSLATE_NOOP("Actions", "Export &handout PDF…"),
        "mdi6.file-pdf-box",
        keys=("Ctrl+Shift+E",),
    ),
    ActionId.PRINT_HANDOUTS: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Print handouts…"), "mdi6.printer-outline", keys=("Ctrl+P",)
    ),
    ActionId.QUIT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "mdi6.exit-to-app",
        standard=Key.Quit,
        keys=("Ctrl+Q",),
        role=Role.QuitRole,
    ),
    ActionId.UNDO: Spec(QT_TRANSLATE_NOOP("Actions", "&Undo"), "mdi6.undo", keys=(Key.Undo,)),
    ActionId.REDO: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"), "mdi6.redo", keys=("Ctrl+Shift+Z", "Ctrl+Y")
    ),
    ActionId.PREFERENCES: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        "mdi6.cog-outline",
        standard=Key.Preferences,
        keys=("Ctrl+,",),
        role=Role.PreferencesRole,
    ),
    ActionId.FIT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Fit to walk"),
        "mdi6.fit-to-screen-outline",
        keys=("Ctrl+0",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the whole walk (Ctrl+0)"),
    ),
    ActionId.FIND_PLACE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Find a &place…"),
        "mdi6.map-search-outline",
        standard=Key.Find,
    ),
    ActionId.GO_TO_WALKS: Spec(QT_TRANSLATE_NOOP("Actions", "&Walks"), keys=("Ctrl+1",)),
    ActionId.GO_TO_DETAILS: Spec(QT_TRANSLATE_NOOP("Actions", "&Details"), keys=("Ctrl+2",)),
    ActionId.GO_TO_STOPS: Spec(QT_TRANSLATE_NOOP("Actions", "&Stops"), keys=("Ctrl+3",)),
    ActionId.GO_TO_PEOPLE: Spec(QT_TRANSLATE_NOOP("Actions", "&People"), keys=("Ctrl+4",)),
    ActionId.GO_TO_PLACES: Spec(QT_TRANSLATE_NOOP("Actions", "P&laces"), keys=("Ctrl+5",)),
    ActionId.GO_TO_MAP: Spec(QT_TRANSLATE_NOOP("Actions", "&Map"), keys=("Ctrl+6",)),
    ActionId.ADD_STOP: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Add stop"),
        "mdi6.map-marker-plus-outline",
        keys=("Ins",),
        tip=QT_TRANSLATE_NOOP("Actions", "Add a stop after the selected one (Insert)"),
        local=True,
    ),
    ActionId.MOVE_STOP_UP: Spec(
        QT_TRANSLATE_NOOP("Actions", "Move stop &up"),
        "mdi6.arrow-up",
        keys=("Alt+Up",),
        when=When.STOP_HAS_PREVIOUS,
        tip=QT_TRANSLATE_NOOP("Actions", "Move the selected stop up (Alt+Up)"),
        local=True,
    ),
    ActionId.MOVE_STOP_DOWN: Spec(
        QT_TRANSLATE_NOOP("Actions", "Move stop &down"),
        "mdi6.arrow-down",
        keys=("Alt+Down",),
        when=When.STOP_HAS_NEXT,
        tip=QT_TRANSLATE_NOOP("Actions", "Move the selected stop down (Alt+Down)"),
        local=True,
    ),
    ActionId.REMOVE_STOP: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Remove stop"),
        "mdi6.delete-outline",
        keys=(Key.Delete,),
        when=When.STOP_SELECTED,
        tip=QT_TRANSLATE_NOOP("Actions", "Remove the selected stop (Delete)"),
        local=True,
    ),
    ActionId.EDIT_CELL: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Edit the selected cell"),
        keys=("F2",),
        when=When.STOP_SELECTED,
        local=True,
    ),
    ActionId.ABOUT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&About Walk Planner"),
        "mdi6.information-outline",
        role=Role.AboutRole,
    ),
}


def shortcuts(spec: Spec) -> list[QKeySequence]:
    """The key sequences an action gets on this platform."""
    found = QKeySequence.keyBindings(spec.standard) if spec.standard is not None else []
    return found or [QKeySequence(key) for key in spec.keys]


class Actions(QObject):
    """Every action of the window, built once from SPECS; `update` re-tests enablement."""

    def __init__(
        self,
        parent: QObject,
        handlers: Mapping[ActionId, Handler],
        conditions: Mapping[When, Callable[[], bool]],
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(parent)
        self._conditions = conditions
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            self._actions[action_id] = self._build(
                action_id, spec, parent, handlers.get(action_id), undo_stack
            )
        self.update()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def update(self) -> None:
        for action_id, spec in SPECS.items():
            if spec.when is not None:
                self._actions[action_id].setEnabled(self._conditions[spec.when]())

    @staticmethod
    def _build(
        action_id: ActionId,
        spec: Spec,
        parent: QObject,
        handler: Handler | None,
        undo_stack: QUndoStack,
    ) -> QAction:
        """Undo and Redo are the undo stack's own actions: their text names the command
        (in the menu and the tooltip) and their enablement follows the stack; on the
        toolbar they keep their short name, which Qt would otherwise elide to "Un…ls"."""
        text = QCoreApplication.translate(CONTEXT, spec.text)
        if action_id in (ActionId.UNDO, ActionId.REDO):
            make = (
                undo_stack.createUndoAction
                if action_id is ActionId.UNDO
                else undo_stack.createRedoAction
            )
            action = make(parent, text)
            action.setIconText(text.replace("&", ""))
        else:
            action = QAction(text, parent)
            if handler is None:
                raise KeyError(f"no handler for the action {action_id}")
            action.triggered.connect(lambda: handler())
        action.setObjectName(action_id)
        action.setMenuRole(spec.role)
        action.setShortcuts(shortcuts(spec))
        if spec.local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.tip:
            action.setToolTip(QCoreApplication.translate(CONTEXT, spec.tip))
        if spec.icon:
            icons.later(action, spec.icon)
        return action
