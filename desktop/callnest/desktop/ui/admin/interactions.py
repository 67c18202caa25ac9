"""The Interactions tab: find contacts by date (today's at once), queue,
agent, customer and outcome; read one in detail (its times, disposition,
notes, the agent's link quality over the call, what was written in a chat or
an e-mail thread); play its recording on a chosen speaker; export the list as
CSV.

A recording is downloaded over REST, decoded off the GUI thread (PyAV) and
played through its own PortAudio stream (:mod:`callnest.desktop.audio.playback`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QModelIndex, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.audio import devices
from callnest.desktop.audio.playback import PlaybackError, RecordingPlayer, decode_recording
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.format import channel, duration, moment, outcome
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.problems import describe
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.admin.table_csv import write_csv
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import Channel, rest

LIMIT = 1000  # the server's most per request
OUTCOMES = (
    "answered",
    "abandoned",
    "voicemail",
    "callback",
    "rejected",
    "lost",
    "busy",
    "no_answer",
    "failed",
)
# Translated where shown (``translate("ui.admin.interactions", DEFAULT_SPEAKER)``).
DEFAULT_SPEAKER = str(QT_TRANSLATE_NOOP("ui.admin.interactions", "System default"))
TICK_MS = 200  # how often the position label moves


class InteractionsTab(AdminEditor):
    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        parent: QWidget | None = None,
        *,
        sd: Any = None,  # the sounddevice module (tests may pass a stand-in)
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.player = RecordingPlayer(sd)
        self._sd = sd
        self._decoder = ThreadPoolExecutor(1, thread_name_prefix="recording-decode")
        self.names: dict[str, dict[int, str]] = {"queues": {}, "users": {}, "dispositions": {}}
        self.chosen: rest.Interaction | None = None
        self.pcm: np.ndarray | None = None  # the chosen interaction's recording, decoded
        # The table keys rows by an int; interaction ids are text. Results are
        # only ever replaced, never looked up, so each row's identity will do.
        self.results = StatsTable[rest.Interaction](self._columns(), key=id, parent=self)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._build()
        self.reload()

    def _columns(self) -> tuple[Column[rest.Interaction], ...]:
        yes = translate("ui.admin.interactions", "Yes", "a table's cell: it has a recording")
        return (
            Column(
                translate("ui.admin.interactions", "When", "a column: when it came in"),
                lambda r, _: moment(r.entered_at),
            ),
            Column(
                translate("ui.admin.interactions", "Channel", "a column: call, chat..."),
                lambda r, _: _medium(r),
            ),
            Column(
                translate("ui.admin.interactions", "Queue", "a column"),
                lambda r, _: self.name_of("queues", r.queue_id),
            ),
            Column(
                translate("ui.admin.interactions", "Agent", "a column"),
                lambda r, _: self.name_of("users", r.agent_id),
            ),
            Column(
                translate("ui.admin.interactions", "Caller", "a column: the caller's name"),
                lambda r, _: r.caller_name or "",
            ),
            Column(
                translate("ui.admin.interactions", "Outcome", "a column: how it ended"),
                lambda r, _: outcome(r.outcome) or r.state,
            ),
            Column(
                translate("ui.admin.interactions", "Wait", "a column: time waiting"),
                lambda r, _: duration(r.wait_s),
            ),
            Column(
                translate("ui.admin.interactions", "Talk", "a column: time talking"),
                lambda r, _: duration(r.talk_s),
            ),
            Column(
                translate("ui.admin.interactions", "Disposition", "a column"),
                lambda r, _: self.name_of("dispositions", r.disposition_id),
            ),
            Column(
                translate("ui.admin.interactions", "Recording", "a column: is there one"),
                lambda r, _: yes if r.recording else "",
            ),
        )

    def name_of(self, kind: str, row_id: int | None) -> str:
        """A queue's, user's or disposition's name; a dash for none (or one deleted)."""
        return "—" if row_id is None else self.names[kind].get(row_id, "—")

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        today = QDate.currentDate()  # local: the tab opens on the owner's own today
        self.since = QDateEdit(today)
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.queue = QComboBox()
        self.agent = QComboBox()
        self.outcome = QComboBox()
        self.outcome.addItem(translate("ui.admin.interactions", "Any outcome", "a filter"), None)
        for code in OUTCOMES:
            self.outcome.addItem(outcome(code), code)
        self.customer_text = QLineEdit()
        self.customer_text.setAccessibleName(
            translate("ui.admin.interactions", "Find customer", "a button")
        )
        self.customer_text.setPlaceholderText(
            translate("ui.admin.interactions", "Customer: name, phone or e-mail")
        )
        self.customer_text.returnPressed.connect(self.find_customers)
        self.customer = QComboBox()
        self.customer.addItem(translate("ui.admin.interactions", "Any customer", "a filter"), None)
        find = QPushButton(translate("ui.admin.interactions", "Find customer", "a button"))
        find.clicked.connect(self.find_customers)
        self.search_button = QPushButton(translate("ui.admin.interactions", "Search", "a button"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(
            translate("ui.admin.interactions", "Export CSV…", "a button")
        )
        self.export_button.clicked.connect(self._choose_export)
        first = QHBoxLayout()
        for label, widget in (
            (translate("ui.admin.interactions", "From", "before the first day"), self.since),
            (
                translate("ui.admin.interactions", "to", "between the first and last day"),
                self.until,
            ),
        ):
            first.addWidget(QLabel(label))
            first.addWidget(widget)
        for combo in (self.queue, self.agent, self.outcome):
            # Wide enough for the longest name, not for the first one loaded.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
            first.addWidget(combo)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.customer_text, 1)
        second.addWidget(find)
        second.addWidget(self.customer, 1)
        second.addStretch(1)
        second.addWidget(self.search_button)
        second.addWidget(self.export_button)

        self.table = rows_view(
            self.results,
            translate("ui.admin.window", "Interactions", "a tab: past calls and chats"),
        )
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.count = plain_label()
        self.count.setObjectName("hint")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)

        self.detail = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key, title in (
            (
                "when",
                translate("ui.admin.interactions", "Entered:", "a label: when the contact came in"),
            ),
            ("queue", translate("ui.admin.interactions", "Queue:", "a label")),
            ("agent", translate("ui.admin.interactions", "Agent:", "a label")),
            ("caller", translate("ui.admin.interactions", "Caller:", "a label")),
            ("customer", translate("ui.admin.interactions", "Customer:", "a label")),
            ("outcome", translate("ui.admin.interactions", "Outcome:", "a label")),
            (
                "times",
                translate(
                    "ui.admin.interactions", "Wait / ring / talk:", "a label: three durations"
                ),
            ),
            (
                "after",
                translate("ui.admin.interactions", "Hold / wrap-up:", "a label: two durations"),
            ),
            ("disposition", translate("ui.admin.interactions", "Disposition:", "a label")),
            ("notes", translate("ui.admin.interactions", "Notes:", "a label")),
            (
                "link",
                translate("ui.admin.interactions", "Agent's link:", "a label: the home connection"),
            ),
        ):
            value = plain_label()
            self.detail_labels[key] = value
            self.detail.addRow(title, value)
        self.speaker = QComboBox()
        self.play_button = QPushButton(
            translate("ui.admin.interactions", "Play", "a button: the recording")
        )
        self.play_button.clicked.connect(self.play)
        self.stop_button = QPushButton(
            translate("ui.admin.interactions", "Stop", "a button: the recording")
        )
        self.stop_button.clicked.connect(self.stop)
        self.position = plain_label("—", wrap=False)
        self.position.setObjectName("clock")
        player = QHBoxLayout()
        player.addWidget(self.play_button)
        player.addWidget(self.stop_button)
        player.addWidget(self.position)
        player.addStretch(1)
        recording = QGroupBox(translate("ui.admin.interactions", "Recording", "a box's title"))
        recording_layout = QFormLayout(recording)
        recording_layout.addRow(
            translate("ui.admin.interactions", "Speaker", "a field: where it plays"), self.speaker
        )
        recording_layout.addRow(player)
        self.recording_box = recording
        details = QGroupBox(translate("ui.admin.interactions", "Interaction", "a box's title"))
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(self.detail)
        details_layout.addStretch(1)
        # Plain text only: what a customer typed is never read as markup.
        self.transcript = QPlainTextEdit()
        self.transcript.setReadOnly(True)
        self.transcript_box = QGroupBox(
            translate("ui.admin.interactions", "Conversation", "a box's title: a chat's messages")
        )
        QVBoxLayout(self.transcript_box).addWidget(self.transcript)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(details)
        right_layout.addWidget(self.transcript_box, 1)
        right_layout.addWidget(recording)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self._show_detail(None)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(
            self.client.queues.list,
            lambda rows: self._names_loaded("queues", {q.id: q.display_name for q in rows}),
        )
        self.call(
            self.client.users,
            lambda rows: self._names_loaded("users", {u.id: u.display_name for u in rows}),
        )
        self.call(
            self.client.dispositions.list,
            lambda rows: self._names_loaded("dispositions", {d.id: d.name for d in rows}),
        )
        self.fill_speakers()
        self.search()

    def _names_loaded(self, kind: str, names: dict[int, str]) -> None:
        self.names[kind] = names
        combo = {"queues": self.queue, "users": self.agent}.get(kind)
        if combo is not None:
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(
                translate("ui.admin.interactions", "Any queue", "a filter")
                if kind == "queues"
                else translate("ui.admin.interactions", "Any agent", "a filter"),
                None,
            )
            for row_id, text in sorted(self.names[kind].items(), key=lambda i: i[1].lower()):
                combo.addItem(text, row_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.results.replace(self._rows())  # names changed

    def fill_speakers(self) -> None:
        """The output devices, the operator's headset speaker first chosen."""
        try:
            names = devices.output_names(self._sd)
        except Exception:  # no PortAudio at all: playback will say so
            names = []
        self.speaker.clear()
        self.speaker.addItem(translate("ui.admin.interactions", DEFAULT_SPEAKER), None)
        for name in names:
            self.speaker.addItem(name, name)
        choice = getattr(getattr(self.engine, "headset", None), "choice", None)
        chosen = getattr(choice, "speaker", None)
        if chosen is not None:
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(chosen)))

    def find_customers(self) -> None:
        text = self.customer_text.text().strip()
        if not text:
            return

        def found(rows: list[rest.Customer]) -> None:
            self.customer.clear()
            self.customer.addItem(
                translate("ui.admin.interactions", "Choose a customer…", "a filter")
                if rows
                else translate("ui.admin.interactions", "Any customer", "a filter"),
                None,
            )
            for row in rows:
                self.customer.addItem(row.name, row.id)
            self.customer.setCurrentIndex(1 if rows else 0)
            if not rows:
                self.show_problem(
                    translate("ui.admin.interactions", "No customer matches “{text}”.").format(
                        text=text
                    )
                )

        self.call(lambda: self.client.find_customers(text), found)

    def filters(self) -> rest.InteractionFilter:
        """The query the form asks for: whole local days, from the first to the last."""
        return rest.InteractionFilter(
            since=QDateTime(self.since.date(), QTime(0, 0)).toSecsSinceEpoch(),
            until=QDateTime(self.until.date().addDays(1), QTime(0, 0)).toSecsSinceEpoch(),
            limit=LIMIT,
            queue_id=self.queue.currentData(),
            agent_id=self.agent.currentData(),
            customer_id=self.customer.currentData(),
            outcome=self.outcome.currentData(),
        )

    def search(self) -> None:
        query = self.filters()
        if self.until.date() < self.since.date():
            self.show_problem(
                translate("ui.admin.interactions", "The first day is after the last one.")
            )
            return

        def found(rows: list[rest.Interaction]) -> None:
            self.clear_problem()
            # The server answers newest first.
            self.results.replace(rows)
            if len(rows) >= LIMIT:
                found_text = translate(
                    "ui.admin.interactions",
                    "%n interaction(s) (the latest {limit}: narrow the search).",
                    None,
                    len(rows),
                ).format(limit=QLocale().toString(LIMIT))
            else:
                found_text = translate(
                    "ui.admin.interactions", "%n interaction(s).", None, len(rows)
                )
            self.count.setText(found_text)
            self._show_detail(None)

        self.call(lambda: self.client.interactions(query), found)

    def _rows(self) -> list[rest.Interaction]:
        return [r for r in (self.results.at(i) for i in range(self.results.rowCount())) if r]

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.results.at(current.row()) if current.isValid() else None)

    # ------------------------------------------------------------ detail

    def _show_detail(self, row: rest.Interaction | None) -> None:
        self.stop()
        self.chosen, self.pcm = row, None
        labels = self.detail_labels
        if row is None:
            for label in labels.values():
                label.setText("")
            labels["when"].setText(translate("ui.admin.interactions", "Choose an interaction."))
        else:
            labels["when"].setText(f"{moment(row.entered_at)}  ({row.channel.value})")
            labels["queue"].setText(self.name_of("queues", row.queue_id))
            labels["agent"].setText(self.name_of("users", row.agent_id))
            caller = " ".join(v for v in (row.caller_name, row.caller_address) if v)
            labels["caller"].setText(caller or "—")
            labels["customer"].setText("—")
            labels["outcome"].setText(outcome(row.outcome) or row.state)
            labels["times"].setText(" / ".join(map(duration, (row.wait_s, row.ring_s, row.talk_s))))
            labels["after"].setText(" / ".join(map(duration, (row.hold_s, row.wrap_s))))
            labels["disposition"].setText(self.name_of("dispositions", row.disposition_id))
            labels["notes"].setText(row.notes or "—")
            labels["link"].setText(link_text(row.data.get("link")))
            customer_id = row.customer_id
            if customer_id is not None:
                self.call(
                    lambda: self.client.customers.get(customer_id), self._customer_loader(row)
                )
        self._show_transcript(row)
        has_recording = bool(row and row.recording)
        self.recording_box.setEnabled(has_recording)
        self.position.setText(
            "—" if has_recording else translate("ui.admin.interactions", "No recording")
        )
        self._buttons()

    def _customer_loader(self, wanted: rest.Interaction) -> Callable[[rest.Customer], None]:
        return lambda customer: self._customer_loaded(wanted, customer)

    def _customer_loaded(self, wanted: rest.Interaction, customer: rest.Customer) -> None:
        if self.chosen is wanted:
            self.detail_labels["customer"].setText(customer.name)

    def _show_transcript(self, row: rest.Interaction | None) -> None:
        """A chat's or an e-mail's conversation, asked for when it is chosen."""
        written = row is not None and row.channel in (Channel.CHAT, Channel.EMAIL)
        self.transcript_box.setVisible(written)
        self.recording_box.setVisible(not written)  # a chat has nothing to play
        self.transcript.clear()
        if row is None or not written:
            return
        self.transcript.setPlaceholderText(
            translate("ui.admin.interactions", "Loading the conversation…")
        )
        wanted = row.id
        self.call(lambda: self.client.transcript(wanted), self._transcript_loaded)

    def _transcript_loaded(self, transcript: rest.Transcript) -> None:
        if self.chosen is None or self.chosen.id != transcript.contact_id:
            return  # another interaction was chosen meanwhile
        self.transcript.setPlaceholderText(
            translate("ui.admin.interactions", "Nothing was written.", "an empty conversation")
        )
        self.transcript.setPlainText(transcript_text(transcript))

    # ------------------------------------------------------------ playback

    def play(self) -> None:
        """Plays the chosen interaction's recording (downloading it first)."""
        row = self.chosen
        if row is None or not row.recording:
            return
        if self.pcm is not None:
            self._start(self.pcm)
            return
        self.position.setText(translate("ui.admin.interactions", "Downloading…", "the recording"))
        self.play_button.setEnabled(False)
        future = self.client.recording(row.id)
        self.bridge.resolve(future, lambda f: self._downloaded(row, f))

    def _downloaded(self, row: rest.Interaction, future: Future[bytes]) -> None:
        if row is not self.chosen:
            return  # another interaction was chosen meanwhile
        error = future.exception()
        if error is not None:
            self._failed(describe(error))
            return
        self.position.setText(translate("ui.admin.interactions", "Decoding…", "the recording"))
        decoded = self._decoder.submit(decode_recording, future.result())
        self.bridge.resolve(decoded, lambda f: self._decoded(row, f))

    def _decoded(self, row: rest.Interaction, future: Future[np.ndarray]) -> None:
        if row is not self.chosen:
            return
        error = future.exception()
        if error is not None:
            self._failed(describe(error))
            return
        self.pcm = future.result()
        self._start(self.pcm)

    def _start(self, pcm: np.ndarray) -> None:
        try:
            self.player.play(pcm, self.speaker.currentData())
        except PlaybackError as exc:
            self._failed(str(exc))
            return
        self.clear_problem()
        self._ticker.start()
        self._tick()

    def stop(self) -> None:
        self.player.stop()
        self._ticker.stop()
        if self.pcm is not None:
            self.position.setText(f"0:00 / {duration(self.player.duration_s)}")
        self._buttons()

    def _tick(self) -> None:
        self.position.setText(
            f"{duration(self.player.position_s)} / {duration(self.player.duration_s)}"
        )
        if not self.player.playing:
            self.player.stop()  # lets go of the speaker
            self._ticker.stop()
        self._buttons()

    def _failed(self, message: str) -> None:
        self.position.setText("—")
        self.show_problem(message)
        self._buttons()

    def _buttons(self) -> None:
        playing = self.player.playing
        has = bool(self.chosen and self.chosen.recording)
        self.play_button.setEnabled(has and not playing)
        self.stop_button.setEnabled(playing)

    def closeEvent(self, event: Any) -> None:  # Qt names it
        self.player.stop()
        self._decoder.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)

    # ------------------------------------------------------------ export

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ui.admin.interactions", "Export interactions", "a file dialog's title"),
            f"interactions-{time.strftime('%Y%m%d')}.csv",  # a file's name: not translated
            translate("ui.admin.interactions", "CSV (*.csv)", "a file dialog's filter"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int:
        """Writes the result table, as shown, to ``path``; returns the rows written."""
        try:
            written = write_csv(self.results, path)
        except OSError as exc:
            self.show_problem(
                translate(
                    "ui.admin.interactions",
                    "{file} could not be written: {reason}",
                    "{reason}: the system's own words",
                ).format(file=Path(path).name, reason=exc.strerror or exc)
            )
            return 0
        self.report(
            translate(
                "ui.admin.interactions", "Exported %n interaction(s) to {file}.", None, written
            ).format(file=Path(path).name)
        )
        return written


def transcript_text(transcript: rest.Transcript) -> str:
    """The conversation as plain text: who wrote and when, then what they
    wrote, a blank line between messages."""
    return "\n\n".join(_message_text(line) for line in transcript.lines)


def _message_text(line: rest.TranscriptLine) -> str:
    role = _sender(line.sender)
    who = (
        translate(
            "ui.admin.interactions", "{name} ({role})", "a message's writer: Zoë (customer)"
        ).format(name=line.name, role=role)
        if line.name
        else role
    )
    head = translate(
        "ui.admin.interactions", "{who} · {when}", "who wrote a message, and when"
    ).format(who=who, when=moment(line.at))
    if line.subject:
        head = translate(
            "ui.admin.interactions", "{head} · {subject}", "an e-mail's header, then its subject"
        ).format(head=head, subject=line.subject)
    return f"{head}\n{line.text}"


def _sender(sender: str) -> str:
    if sender == "customer":
        return translate("ui.admin.interactions", "customer", "who wrote a message")
    if sender == "agent":
        return translate("ui.admin.interactions", "agent", "who wrote a message")
    return translate("ui.admin.interactions", "Callnest", "a message the system wrote")


def link_text(link: Any) -> str:
    """The agent's home link over the call, as the interaction stored it."""
    if not isinstance(link, dict) or not link.get("samples"):
        return translate("ui.admin.interactions", "not measured", "the agent's link")
    figure = _figure
    mos = translate(
        "ui.admin.interactions", "MOS {average} (worst {worst})", "call quality, 1 to 5"
    ).format(average=figure(link.get("mos_avg")), worst=figure(link.get("mos_min")))
    loss = translate(
        "ui.admin.interactions", "loss {average}% (worst {worst}%)", "packets lost"
    ).format(average=figure(link.get("loss_pct_avg")), worst=figure(link.get("loss_pct_max")))
    jitter = translate("ui.admin.interactions", "jitter {ms} ms", "the network's jitter").format(
        ms=figure(link.get("jitter_ms_avg"))
    )
    rtt = (
        translate("ui.admin.interactions", "rtt {ms} ms", "the network's round-trip time").format(
            ms=figure(link["rtt_ms_avg"])
        )
        if link.get("rtt_ms_avg") is not None
        else ""
    )
    return " · ".join(part for part in (mos, loss, jitter, rtt) if part)


def _figure(value: Any) -> str:
    """A figure the interaction stored, as the language writes numbers (as many
    decimals as it has, up to six figures); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return QLocale().toString(float(value), "g", 6)


def _medium(row: rest.Interaction) -> str:
    """ "Call", "Call out", "Chat": the channel, and for calls which way."""
    text = channel(row.channel.value)
    if row.direction != "outbound":
        return text
    return translate(
        "ui.admin.interactions", "{channel} out", "an outbound contact: Call out"
    ).format(channel=text)
