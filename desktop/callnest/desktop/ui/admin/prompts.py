"""The Announcements tab: what callers hear, sentence by sentence, in each
language -- the server's own voice or the owner's recording in its place.

The owner picks a language (each by its own name) and sees its prompts
("Welcome", "Place in line: 5", "Estimated wait: 5 minutes"...), who made
each and how long it lasts; uploads a recording in a prompt's place, saves
a prompt's audio to listen to, or goes back to the made one. A recording
the server refuses is said as what is wrong with it and what to do.
"""

from __future__ import annotations

import mimetypes
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.session import RestError
from callnest.desktop.i18n import translate, translations
from callnest.desktop.models.health import size_text
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.admin.form import AdminEditor, confirmed
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import ErrorCode, rest
from callnest.protocol.languages import LANGUAGE_CODES, LANGUAGE_NAMES

# What a recording may say it is when its file's name does not tell.
OTHER_FILE = "application/octet-stream"
SENT_TYPES = ("audio/", "video/", "application/ogg")


def prompt_description(name: str) -> str:
    """A prompt, as the owner knows it: ``position_05`` is "Place in line: 5"."""
    fixed = {
        "welcome": translate(
            "ui.admin.prompts", "Welcome", "an announcement: the first thing a waiting caller hears"
        ),
        "wait_less_than_a_minute": translate(
            "ui.admin.prompts", "Estimated wait: less than a minute", "an announcement"
        ),
        "wait_more_than_thirty_minutes": translate(
            "ui.admin.prompts", "Estimated wait: more than thirty minutes", "an announcement"
        ),
        "thanks_for_waiting": translate(
            "ui.admin.prompts", "Thanks for waiting", "an announcement: an agent is about to answer"
        ),
        "recording_notice": translate(
            "ui.admin.prompts",
            "Recording notice",
            "an announcement: the call may be recorded; key 9 refuses",
        ),
        "link_lost": translate(
            "ui.admin.prompts",
            "The line to the agent was cut",
            "an announcement: the caller is first in line for the next agent",
        ),
        "callback_offer": translate(
            "ui.admin.prompts",
            "Callback offer",
            "an announcement: press 1 to be called back, keeping your place",
        ),
        "callback_goodbye": translate(
            "ui.admin.prompts",
            "Callback goodbye",
            "an announcement: to a caller who asked to be called back",
        ),
    }
    if name in fixed:
        return fixed[name]
    prefix, _, number = name.rpartition("_")
    if not (number.isascii() and number.isdigit()):
        return name
    n = int(number)
    if prefix == "position":
        return translate(
            "ui.admin.prompts", "Place in line: {number}", "an announcement: 'You are number 5'"
        ).format(number=QLocale().toString(n))
    if prefix == "wait":
        return translate("ui.admin.prompts", "Estimated wait: %n minute(s)", "an announcement", n)
    if prefix == "language_choice":
        return translate(
            "ui.admin.prompts",
            "This language offered on key {key}",
            "an announcement a phone caller hears when the queue offers languages: "
            "'For English, press 1.', said in the language itself",
        ).format(key=QLocale().toString(n))
    return name


def seconds_text(seconds: float) -> str:
    return translate("ui.admin.prompts", "{seconds} s", "a length in seconds").format(
        seconds=QLocale().toString(seconds, "f", 1)
    )


def recording_problem(error: BaseException) -> str | None:
    """What is wrong with a recording the server refused, and what to do;
    None when the refusal is not about the recording."""
    if not isinstance(error, RestError):
        return None
    details = error.details if isinstance(error.details, dict) else {}
    if error.code == ErrorCode.TOO_LARGE:
        limit = details.get("max_bytes")
        return translate(
            "ui.admin.prompts",
            "The file is larger than {size}: save the recording as MP3 or Ogg, which "
            "takes far less room.",
        ).format(size=size_text(limit if isinstance(limit, int | float) else 10_000_000))
    if error.code != ErrorCode.INVALID_REQUEST:
        return None
    try:
        problem = rest.PromptProblem(str(details.get("problem")))
    except ValueError:
        return None
    locale = QLocale()

    def number(key: str, decimals: int = 1) -> str:
        value = details.get(key)
        if not isinstance(value, int | float):
            return "?"
        return locale.toString(float(value), "f", decimals)

    match problem:
        case rest.PromptProblem.NOT_AUDIO:
            return translate(
                "ui.admin.prompts",
                "This is not a sound file the server can read, or it is damaged. Save the "
                "recording as WAV, MP3, Ogg or FLAC and try again.",
            )
        case rest.PromptProblem.NO_AUDIO:
            return translate("ui.admin.prompts", "The file has no sound in it.")
        case rest.PromptProblem.TOO_SHORT:
            return translate(
                "ui.admin.prompts",
                "The recording lasts {seconds} s without the silence around it; it must "
                "last at least {min} s.",
            ).format(seconds=number("seconds"), min=number("min_s"))
        case rest.PromptProblem.TOO_LONG:
            return translate(
                "ui.admin.prompts",
                "The recording lasts {seconds} s without the silence around it; this "
                "announcement may last at most {max} s. Say it shorter.",
            ).format(seconds=number("seconds"), max=number("max_s", 0))
        case rest.PromptProblem.TOO_QUIET:
            return translate(
                "ui.admin.prompts",
                "The recording is too quiet ({level} dBFS; at least {min} dBFS). Record it "
                "closer to the microphone, or turn the microphone up.",
                "dBFS: decibels below the loudest a recording can be; leave it as it is",
            ).format(level=number("dbfs"), min=number("min_dbfs", 0))
        case rest.PromptProblem.MOSTLY_SILENCE:
            return translate(
                "ui.admin.prompts",
                "The recording is mostly silence: there is sound in only {percent} % of it. "
                "Cut the long pauses, or record it again.",
            ).format(percent=number("percent", 0))
        case rest.PromptProblem.CLIPPED:
            return translate(
                "ui.admin.prompts",
                "The recording is distorted: {percent} % of it is as loud as a recording can "
                "be (at most {max} % may be). Record it again less loud.",
            ).format(percent=number("percent", 2), max=number("max_percent"))


class AnnouncementsTab(AdminEditor):
    """The prompts of one language at a time, with their recordings."""

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.listing: rest.Prompts | None = None
        self.shown: list[rest.Prompt] = []  # the table's rows, in order
        self.loaded_once = False
        self._build()

    def _build(self) -> None:
        self.language = QComboBox()
        for code in LANGUAGE_CODES:
            self.language.addItem(LANGUAGE_NAMES[code], code)  # each in its own language
        if translations.language in LANGUAGE_CODES:
            self.language.setCurrentIndex(LANGUAGE_CODES.index(translations.language))
        self.language.currentIndexChanged.connect(lambda _: self._show_language())
        language_label = QLabel(
            translate(
                "ui.admin.prompts", "Language", "a label: the language of the announcements shown"
            )
        )
        language_label.setBuddy(self.language)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        refresh = QPushButton(translate("ui.admin.prompts", "Refresh", "a button"))
        refresh.clicked.connect(self.reload)
        top.addWidget(refresh)

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(
            translate("ui.admin.window", "Announcements", "a tab: what callers hear")
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ui.admin.prompts", "Announcement", "a column: what is said"),
                translate(
                    "ui.admin.prompts",
                    "Source",
                    "a column: the server's voice, or the owner's recording",
                ),
                translate("ui.admin.prompts", "Length", "a column: how long it lasts"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _: self.choose_recording())

        self.upload_button = QPushButton(
            translate("ui.admin.prompts", "Upload recording…", "a button")
        )
        self.upload_button.clicked.connect(self.choose_recording)
        self.save_audio_button = QPushButton(
            translate("ui.admin.prompts", "Save audio…", "a button: the prompt to a file")
        )
        self.save_audio_button.clicked.connect(self.choose_audio_file)
        self.made_button = QPushButton(
            translate("ui.admin.prompts", "Use the made one", "a button: the server's voice again")
        )
        self.made_button.clicked.connect(lambda: self.use_made())
        buttons = QHBoxLayout()
        buttons.addWidget(self.upload_button)
        buttons.addWidget(self.save_audio_button)
        buttons.addStretch(1)
        buttons.addWidget(self.made_button)

        self.hint = plain_label()
        self.hint.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded_once:
            self.loaded_once = True
            self.reload()

    # ------------------------------------------------------------ the list

    def reload(self) -> None:
        self.call(self.client.prompts, self._loaded)

    def _loaded(self, listing: rest.Prompts) -> None:
        self.listing = listing
        self.hint.setText(
            translate(
                "ui.admin.prompts",
                "Your recording takes the server's voice's place for the callers who hear "
                "this language: a sound file (WAV, MP3, Ogg, FLAC…) up to {size}, at least "
                "{min} s long. The silence around it is cut, and it is made as loud as the "
                "other announcements.",
            ).format(
                size=size_text(listing.max_bytes),
                min=QLocale().toString(listing.min_seconds, "f", 1),
            )
        )
        self._show_language()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _show_language(self) -> None:
        chosen = self.selected()
        language = self.chosen_language()
        prompts = self.listing.prompts if self.listing is not None else ()
        self.shown = [p for p in prompts if p.language == language]
        self.table.setRowCount(len(self.shown))
        for row, prompt in enumerate(self.shown):
            self._show_row(row, prompt)
        if chosen is not None:
            for row, prompt in enumerate(self.shown):
                if prompt.name == chosen.name:
                    self.table.selectRow(row)
        self._selection_changed()

    def _show_row(self, row: int, prompt: rest.Prompt) -> None:
        if prompt.own:
            source = translate("ui.admin.prompts", "Your recording", "who made an announcement")
            length = seconds_text(prompt.seconds or 0.0)
        else:
            source = translate("ui.admin.prompts", "Made by the server", "who made an announcement")
            length = seconds_text(prompt.made_seconds)
        made = translate(
            "ui.admin.prompts",
            "The server's own lasts {length}; a recording may last up to {max}.",
        ).format(length=seconds_text(prompt.made_seconds), max=seconds_text(prompt.max_seconds))
        for column, text in enumerate((prompt_description(prompt.name), source, length)):
            item = QTableWidgetItem(text)
            item.setToolTip(made)
            self.table.setItem(row, column, item)

    def selected(self) -> rest.Prompt | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def _selection_changed(self) -> None:
        prompt = self.selected()
        self.upload_button.setEnabled(prompt is not None)
        self.save_audio_button.setEnabled(prompt is not None)
        self.made_button.setEnabled(prompt is not None and prompt.own)

    def _replace(self, changed: rest.Prompt) -> None:
        """The listing, with the server's answer for one prompt in its place."""
        if self.listing is None:
            return
        prompts = tuple(
            changed if (p.language, p.name) == (changed.language, changed.name) else p
            for p in self.listing.prompts
        )
        self.listing = self.listing.model_copy(update={"prompts": prompts})
        self._show_language()

    def _named(self, prompt: rest.Prompt) -> str:
        """ "Welcome (Slovenščina)": a prompt and its language, for a sentence."""
        return translate(
            "ui.admin.prompts",
            "{announcement} ({language})",
            "an announcement and, in brackets, the language it is said in",
        ).format(
            announcement=prompt_description(prompt.name),
            language=LANGUAGE_NAMES.get(prompt.language, prompt.language),
        )

    # ------------------------------------------------------------ a recording

    def choose_recording(self) -> None:
        if self.selected() is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ui.admin.prompts", "Upload a recording", "a file dialog's title"),
            "",
            translate(
                "ui.admin.prompts",
                "Sound files (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff)"
                ";;All files (*)",
                "a file dialog's filters: translate the words, keep the patterns",
            ),
        )
        if path:
            self.upload_file(path)

    def upload_file(self, path: str | Path) -> None:
        """Sends the file as the chosen prompt's recording."""
        prompt = self.selected()
        if prompt is None:
            return
        file = Path(path)
        try:
            data = file.read_bytes()
        except OSError as exc:
            self.show_problem(
                translate(
                    "ui.admin.prompts",
                    "{file} could not be read: {reason}",
                    "{reason}: the system's own words",
                ).format(file=file.name, reason=exc.strerror or exc)
            )
            return
        limit = self.listing.max_bytes if self.listing is not None else None
        if limit is not None and len(data) > limit:
            self.show_problem(
                translate(
                    "ui.admin.prompts",
                    "The file is larger than {size}: save the recording as MP3 or Ogg, which "
                    "takes far less room.",
                ).format(size=size_text(limit))
            )
            return
        kind = mimetypes.guess_type(file.name)[0] or OTHER_FILE
        if not kind.startswith(SENT_TYPES):
            kind = OTHER_FILE
        self.upload_button.setEnabled(False)
        self.status.emit(
            translate("ui.admin.prompts", "Sending {file}…").format(file=file.name), False
        )
        self.call(
            lambda: self.client.upload_prompt(prompt.language, prompt.name, data, kind),
            self._uploaded,
            self._selection_changed,
        )

    def _uploaded(self, prompt: rest.Prompt) -> None:
        self._replace(prompt)
        self.report(
            translate(
                "ui.admin.prompts",
                "{announcement}: callers now hear your recording ({length}).",
            ).format(announcement=self._named(prompt), length=seconds_text(prompt.seconds or 0.0))
        )

    def show_refusal(self, error: BaseException) -> None:
        sentence = recording_problem(error)
        if sentence is None:
            super().show_refusal(error)
        else:
            self.show_problem(sentence)

    def use_made(self, *, confirm: bool = True) -> None:
        """The server's voice again for the chosen prompt (the recording is deleted)."""
        prompt = self.selected()
        if prompt is None or not prompt.own:
            return
        if confirm and not confirmed(
            self,
            translate("ui.admin.prompts", "Use the made one", "a dialog's title"),
            translate(
                "ui.admin.prompts",
                "Delete your recording of {announcement}? Callers will hear the server's "
                "voice again.",
            ).format(announcement=self._named(prompt)),
        ):
            return
        self.call(lambda: self.client.remove_prompt(prompt.language, prompt.name), self._made_again)

    def _made_again(self, prompt: rest.Prompt) -> None:
        self._replace(prompt)
        self.report(
            translate(
                "ui.admin.prompts", "{announcement}: callers hear the server's voice again."
            ).format(announcement=self._named(prompt))
        )

    # ------------------------------------------------------------ listening

    def choose_audio_file(self) -> None:
        prompt = self.selected()
        if prompt is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ui.admin.prompts", "Save the announcement's audio", "a file dialog's title"),
            f"{prompt.language}-{prompt.name}.ogg",  # a file's name: not translated
            translate("ui.admin.prompts", "Ogg audio (*.ogg)", "a file dialog's filter"),
        )
        if path:
            self.save_audio(path)

    def save_audio(self, path: str | Path) -> None:
        """Downloads the chosen prompt as callers hear it now into ``path``."""
        prompt = self.selected()
        if prompt is None:
            return
        future = self.client.prompt_audio(prompt.language, prompt.name)
        self.in_flight += 1
        self.bridge.resolve(future, lambda f: self._audio_saved(Path(path), prompt, f))

    def _audio_saved(self, path: Path, prompt: rest.Prompt, future: Future[bytes]) -> None:
        self.in_flight -= 1
        error = future.exception()
        if error is not None:
            self.show_problem(describe(error))
            return
        try:
            path.write_bytes(future.result())
        except OSError as exc:
            self.show_problem(
                translate(
                    "ui.admin.prompts",
                    "{file} could not be written: {reason}",
                    "{reason}: the system's own words",
                ).format(file=path.name, reason=exc.strerror or exc)
            )
            return
        self.report(
            translate("ui.admin.prompts", "{announcement} saved to {file}.").format(
                announcement=self._named(prompt), file=path.name
            )
        )
