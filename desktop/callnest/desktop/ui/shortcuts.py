"""The agent window's keyboard shortcuts: the actions, their default keys,
the operator's own keys (kept in the settings), the help sheet that lists
them and the dialog that rebinds them.

The defaults are Ctrl+Shift+letter, as Twilio Flex's are: no text box acts
on one (Ctrl+Shift+Z, Redo, and Ctrl+Shift+U, the input method's Unicode
entry, are left alone), so a shortcut works while the operator types in a
chat; and the letter is the action's (Answer, Decline, Hang up, Mute...).
Hold is L (as in "line"): H is Hang up. Next chat is Ctrl+Tab, what Qt's
tabs, browsers and mail clients use to go to the next tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.i18n import translate
from callnest.desktop.settings import Settings
from callnest.desktop.ui.customer import plain_label


@dataclass(frozen=True, slots=True)
class Shortcut:
    action: str  # the settings' key
    name: str  # marked for the catalogue, translated where shown
    default: str  # portable text (``Ctrl+Shift+A``)


SHORTCUTS = (
    Shortcut("answer", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Answer")), "Ctrl+Shift+A"),
    Shortcut("decline", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Decline")), "Ctrl+Shift+D"),
    Shortcut("hang_up", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Hang up")), "Ctrl+Shift+H"),
    Shortcut("mute", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Mute or unmute")), "Ctrl+Shift+M"),
    Shortcut("hold", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Hold or resume")), "Ctrl+Shift+L"),
    Shortcut("transfer", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Transfer…")), "Ctrl+Shift+T"),
    Shortcut("ready", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Available")), "Ctrl+Shift+R"),
    Shortcut("break", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Break…")), "Ctrl+Shift+B"),
    Shortcut("next_chat", str(QT_TRANSLATE_NOOP("ui.shortcuts", "Next chat")), "Ctrl+Tab"),
)
HELP_KEYS = "F1"  # opens the help sheet; not rebindable (every program's help key)
QUIT_KEYS = "Ctrl+Q"

# Keys a text box acts on itself (the focus is often in the chat's box): a
# shortcut on one of them would either never fire or take the key from typing.
_EDITING = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.MoveToStartOfDocument,
    QKeySequence.StandardKey.MoveToEndOfDocument,
    QKeySequence.StandardKey.SelectStartOfDocument,
    QKeySequence.StandardKey.SelectEndOfDocument,
    QKeySequence.StandardKey.Bold,
    QKeySequence.StandardKey.Italic,
    QKeySequence.StandardKey.Underline,
)
_TYPING = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
_FUNCTION_KEYS = {getattr(Qt.Key, f"Key_F{n}") for n in range(1, 25)}  # no text: fine alone
_HELP_NAME = str(QT_TRANSLATE_NOOP("ui.shortcuts", "the keyboard shortcuts"))
_QUIT_NAME = str(QT_TRANSLATE_NOOP("ui.shortcuts", "Quit"))
_SENDING = ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter", "Shift+Return", "Shift+Enter")


def keys_of(settings: Settings) -> dict[str, QKeySequence]:
    """Each action's keys: the operator's, else the default (empty: none)."""
    return {
        s.action: QKeySequence.fromString(
            s.default if settings.shortcut(s.action) is None else str(settings.shortcut(s.action)),
            QKeySequence.SequenceFormat.PortableText,
        )
        for s in SHORTCUTS
    }


def shown(keys: QKeySequence) -> str:
    """Keys as this computer writes them (``Ctrl+Shift+A``, ``⌘⇧A`` on a Mac)."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def name_of(action: str) -> str:
    found = next(s for s in SHORTCUTS if s.action == action)
    return translate("ui.shortcuts", found.name)


def with_keys(text: str, keys: QKeySequence) -> str:
    """A tooltip with the keys that do the same: ``Answer (Ctrl+Shift+A)``."""
    if keys.isEmpty():
        return text
    return translate(
        "ui.shortcuts", "{text} ({keys})", "a tooltip; {keys}: the keyboard shortcut"
    ).format(text=text, keys=shown(keys))


def refusal(action: str, keys: QKeySequence, bound: dict[str, QKeySequence]) -> str | None:
    """Why ``keys`` cannot do ``action`` (None: they can). ``bound``: every action's keys now."""
    if keys.isEmpty():
        return None  # no keys: the action is left to its button
    if keys.count() > 1:
        return translate("ui.shortcuts", "Use one key combination, not a sequence of them.")
    combination = keys[0]  # type: ignore[index]  # C++'s operator[], missing from the stubs
    if combination.keyboardModifiers() in _TYPING and combination.key() not in _FUNCTION_KEYS:
        return translate(
            "ui.shortcuts",
            "{keys} alone is for typing: add Ctrl or Alt.",
            "{keys}: what the operator pressed",
        ).format(keys=shown(keys))
    if any(keys == QKeySequence(k) for k in _SENDING) or any(
        keys in QKeySequence.keyBindings(standard) for standard in _EDITING
    ):
        return translate(
            "ui.shortcuts",
            "{keys} is used for writing (copy, paste, undo, send…): choose other keys.",
        ).format(keys=shown(keys))
    for reserved, what in ((HELP_KEYS, _HELP_NAME), (QUIT_KEYS, _QUIT_NAME)):
        if keys == QKeySequence(reserved):
            return translate(
                "ui.shortcuts", "{keys} already opens {action}.", "{action}: Help, Quit"
            ).format(keys=shown(keys), action=translate("ui.shortcuts", what))
    for other, other_keys in bound.items():
        if other != action and other_keys == keys:
            return translate(
                "ui.shortcuts",
                "{keys} is already the shortcut for {action}.",
                "{action}: another shortcut's name",
            ).format(keys=shown(keys), action=name_of(other))
    return None


# ---------------------------------------------------------------- help sheet


class ShortcutsHelp(QDialog):
    """Help → Keyboard shortcuts: every action and its keys, and where to change them."""

    change = Signal()  # the operator asked to change them

    def __init__(self, keys: dict[str, QKeySequence], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.shortcuts", "Keyboard shortcuts", "a dialog's title"))
        intro = plain_label(
            translate(
                "ui.shortcuts",
                "These work anywhere in the Callnest window, also while you type in a chat.",
            )
        )
        intro.setObjectName("hint")
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(6)
        self.rows: dict[str, QLabel] = {}
        rows = [(name_of(s.action), keys[s.action], s.action) for s in SHORTCUTS]
        rows.append(
            (
                translate("ui.shortcuts", "This list", "the help sheet itself"),
                QKeySequence(HELP_KEYS),
                "help",
            )
        )
        for row, (name, sequence, action) in enumerate(rows):
            keys_label = QLabel(
                shown(sequence) or translate("ui.shortcuts", "none", "no keyboard shortcut")
            )
            keys_label.setObjectName("keys")
            keys_label.setStyleSheet("font-weight: 600;")
            grid.addWidget(plain_label(name, wrap=False), row, 0)
            grid.addWidget(keys_label, row, 1)
            self.rows[action] = keys_label
        self.change_button = QPushButton(translate("ui.shortcuts", "Change shortcuts…", "a button"))
        self.change_button.clicked.connect(self.change)
        self.change_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)  # the sentence on two lines at most, the keys apart


# ---------------------------------------------------------------- rebinding


class ShortcutsDialog(QDialog):
    """The operator rebinds any action; keys another action (or typing) uses
    are refused in words; Restore defaults puts every one back. Saved on OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(
            translate("ui.shortcuts", "Change keyboard shortcuts", "a dialog's title")
        )
        intro = plain_label(
            translate(
                "ui.shortcuts",
                "Click a field and press the new keys. Ctrl+Shift with a letter is safe "
                "while you type in a chat.",
            )
        )
        intro.setObjectName("hint")
        self.edits: dict[str, QKeySequenceEdit] = {}
        self._kept: dict[str, QKeySequence] = keys_of(settings)
        grid = QGridLayout()
        for row, shortcut in enumerate(SHORTCUTS):
            edit = QKeySequenceEdit(self._kept[shortcut.action])
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            edit.keySequenceChanged.connect(lambda _, a=shortcut.action: self._changed(a))
            reset = QToolButton()
            reset.setText(translate("ui.shortcuts", "Default", "a button: this one's default"))
            reset.setToolTip(shown(QKeySequence(shortcut.default)))
            reset.clicked.connect(lambda _=False, s=shortcut: self._reset(s))
            grid.addWidget(plain_label(name_of(shortcut.action), wrap=False), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(reset, row, 2)
            self.edits[shortcut.action] = edit
        self.problem = plain_label()
        self.problem.setObjectName("errorBar")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(translate("ui.shortcuts", "Restore defaults", "a button"))
        restore.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def keys(self) -> dict[str, QKeySequence]:
        return {action: edit.keySequence() for action, edit in self.edits.items()}

    def restore_defaults(self) -> None:
        for shortcut in SHORTCUTS:
            self._reset(shortcut)
        self._say(None)

    def _reset(self, shortcut: Shortcut) -> None:
        edit = self.edits[shortcut.action]
        edit.blockSignals(True)
        edit.setKeySequence(QKeySequence(shortcut.default))
        edit.blockSignals(False)
        self._kept[shortcut.action] = edit.keySequence()
        self._changed(shortcut.action)

    def _changed(self, action: str) -> None:
        """The new keys stay if they may; else the last good ones come back, and why is said."""
        edit = self.edits[action]
        problem = refusal(action, edit.keySequence(), self.keys())
        if problem is not None:
            edit.blockSignals(True)
            edit.setKeySequence(self._kept[action])
            edit.blockSignals(False)
        else:
            self._kept[action] = edit.keySequence()
        self._say(problem)

    def _say(self, problem: str | None) -> None:
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)

    def accept(self) -> None:  # Qt names it
        defaults = {s.action: QKeySequence(s.default) for s in SHORTCUTS}
        for action, keys in self.keys().items():
            text = keys.toString(QKeySequence.SequenceFormat.PortableText)
            self._settings.set_shortcut(action, None if keys == defaults[action] else text)
        self._settings.sync()
        super().accept()


# ---------------------------------------------------------------- in the window


class KeyboardActions(QObject):
    """The actions behind the shortcuts, in the window's Actions menu: each
    asks ``blocked`` first, and says why nothing happens through ``hint``
    (Answer with nothing ringing does nothing, and says so)."""

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        handlers: dict[str, Callable[[], None]],
        blocked: Callable[[str], str | None],
        hint: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window, self._settings = window, settings
        self._handlers, self._blocked, self._hint = handlers, blocked, hint
        self.actions: dict[str, QAction] = {}
        for shortcut in SHORTCUTS:
            action = QAction(name_of(shortcut.action), window)
            # Answer and Decline also from the app's other windows (the
            # wallboard, the admin window): a ringing call is never out of reach.
            answering = shortcut.action in ("answer", "decline")
            action.setShortcutContext(
                Qt.ShortcutContext.ApplicationShortcut
                if answering
                else Qt.ShortcutContext.WindowShortcut
            )
            action.triggered.connect(lambda _=False, a=shortcut.action: self.run(a))
            self.actions[shortcut.action] = action
        self.keys: dict[str, QKeySequence] = {}
        self.load()

    def load(self) -> None:
        """The keys from the settings (again, after the operator changed them)."""
        self.keys = keys_of(self._settings)
        for action, keys in self.keys.items():
            self.actions[action].setShortcut(keys)

    def run(self, action: str) -> None:
        reason = self._blocked(action)
        if reason is not None:
            self._hint(reason)
            return
        self._handlers[action]()
