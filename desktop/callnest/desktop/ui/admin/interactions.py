"""The Interactions tab: find contacts by date, queue, agent, customer and
outcome; read one in detail (its times, disposition, notes, the agent's link
quality over the call); play its recording on a chosen speaker; export the
list as CSV.

A recording is downloaded over REST, decoded off the GUI thread (PyAV) and
played through its own PortAudio stream (:mod:`callnest.desktop.audio.playback`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import numpy as np
from PySide6.QtCore import QDate, QDateTime, QModelIndex, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.audio import devices
from callnest.desktop.audio.playback import PlaybackError, RecordingPlayer, decode_recording
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.models.format import duration, moment
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.admin.table_csv import write_csv
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.setup import error_text

Row = dict[str, Any]

LIMIT = 1000  # the server's most per request
OUTCOMES = ("answered", "abandoned", "voicemail", "callback", "rejected", "lost")
DEFAULT_SPEAKER = "System default"
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
        self.chosen: Row | None = None
        self.pcm: np.ndarray | None = None  # the chosen interaction's recording, decoded
        # Interaction ids are text; the table keys rows by an int, so by position.
        self.results = StatsTable[Row](self._columns(), key=lambda r: int(r["_row"]), parent=self)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._build()
        self.reload()

    def _columns(self) -> tuple[Column[Row], ...]:
        def name(kind: str, key: str) -> Any:
            return lambda r, _: self.names[kind].get(r.get(key) or -1, "—")

        return (
            Column("When", lambda r, _: moment(float(r["entered_at"]))),
            Column("Channel", lambda r, _: str(r["channel"])),
            Column("Queue", name("queues", "queue_id")),
            Column("Agent", name("users", "agent_id")),
            Column("Caller", lambda r, _: str(r.get("caller_name") or "")),
            Column("Outcome", lambda r, _: str(r.get("outcome") or r.get("state") or "")),
            Column("Wait", lambda r, _: duration(r.get("wait_s"))),
            Column("Talk", lambda r, _: duration(r.get("talk_s"))),
            Column("Disposition", name("dispositions", "disposition_id")),
            Column("Recording", lambda r, _: "Yes" if r.get("recording") else ""),
        )

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-7))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.queue = QComboBox()
        self.agent = QComboBox()
        self.outcome = QComboBox()
        self.outcome.addItem("Any outcome", None)
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome.capitalize(), outcome)
        self.customer_text = QLineEdit()
        self.customer_text.setPlaceholderText("Customer: name, phone or e-mail")
        self.customer_text.returnPressed.connect(self.find_customers)
        self.customer = QComboBox()
        self.customer.addItem("Any customer", None)
        find = QPushButton("Find customer")
        find.clicked.connect(self.find_customers)
        self.search_button = QPushButton("Search")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton("Export CSV…")
        self.export_button.clicked.connect(self._choose_export)
        first = QHBoxLayout()
        for label, widget in (("From", self.since), ("to", self.until)):
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

        self.table = rows_view(self.results)
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
            ("when", "Entered"),
            ("queue", "Queue"),
            ("agent", "Agent"),
            ("caller", "Caller"),
            ("customer", "Customer"),
            ("outcome", "Outcome"),
            ("times", "Wait / ring / talk"),
            ("after", "Hold / wrap-up"),
            ("disposition", "Disposition"),
            ("notes", "Notes"),
            ("link", "Agent's link"),
        ):
            value = plain_label()
            self.detail_labels[key] = value
            self.detail.addRow(f"{title}:", value)
        self.speaker = QComboBox()
        self.play_button = QPushButton("Play")
        self.play_button.clicked.connect(self.play)
        self.stop_button = QPushButton("Stop")
        self.stop_button.clicked.connect(self.stop)
        self.position = plain_label("—", wrap=False)
        self.position.setObjectName("clock")
        player = QHBoxLayout()
        player.addWidget(self.play_button)
        player.addWidget(self.stop_button)
        player.addWidget(self.position)
        player.addStretch(1)
        recording = QGroupBox("Recording")
        recording_layout = QFormLayout(recording)
        recording_layout.addRow("Speaker", self.speaker)
        recording_layout.addRow(player)
        self.recording_box = recording
        details = QGroupBox("Interaction")
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(self.detail)
        details_layout.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(details, 1)
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
        for kind, path in (
            ("queues", "/api/queues"),
            ("users", "/api/users"),
            ("dispositions", "/api/dispositions"),
        ):
            self.call("GET", path, None, self._names_loader(kind))
        self.fill_speakers()
        self.search()

    def _names_loader(self, kind: str) -> Callable[[list[Row]], None]:
        return lambda rows: self._names_loaded(kind, rows)

    def _names_loaded(self, kind: str, rows: list[Row]) -> None:
        field = {"queues": "display_name", "users": "display_name"}.get(kind, "name")
        self.names[kind] = {int(r["id"]): str(r[field]) for r in rows}
        combo = {"queues": self.queue, "users": self.agent}.get(kind)
        if combo is not None:
            chosen = combo.currentData()
            combo.clear()
            combo.addItem("Any queue" if kind == "queues" else "Any agent", None)
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
        self.speaker.addItem(DEFAULT_SPEAKER, None)
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

        def found(rows: list[Row]) -> None:
            self.customer.clear()
            self.customer.addItem("Any customer" if not rows else "Choose a customer…", None)
            for row in rows:
                self.customer.addItem(str(row["name"]), int(row["id"]))
            self.customer.setCurrentIndex(1 if rows else 0)
            if not rows:
                self.show_problem(f"No customer matches “{text}”.")

        self.call("GET", f"/api/customer-search?{urlencode({'q': text})}", None, found)

    def filters(self) -> dict[str, Any]:
        """The query the form asks for: whole local days, from the first to the last."""
        since = QDateTime(self.since.date(), QTime(0, 0)).toSecsSinceEpoch()
        until = QDateTime(self.until.date().addDays(1), QTime(0, 0)).toSecsSinceEpoch()
        query: dict[str, Any] = {"since": since, "until": until, "limit": LIMIT}
        for name, combo in (
            ("queue_id", self.queue),
            ("agent_id", self.agent),
            ("customer_id", self.customer),
            ("outcome", self.outcome),
        ):
            if combo.currentData() is not None:
                query[name] = combo.currentData()
        return query

    def search(self) -> None:
        query = self.filters()
        if query["until"] <= query["since"]:
            self.show_problem("The first day is after the last one.")
            return

        def found(rows: list[Row]) -> None:
            self.clear_problem()
            # The server answers newest first.
            self.results.replace([r | {"_row": i} for i, r in enumerate(rows)])
            more = " (the latest 1000: narrow the search)" if len(rows) >= LIMIT else ""
            self.count.setText(f"{len(rows)} interaction(s){more}.")
            self._show_detail(None)

        self.call("GET", f"/api/interactions?{urlencode(query)}", None, found)

    def _rows(self) -> list[Row]:
        return [r for r in (self.results.at(i) for i in range(self.results.rowCount())) if r]

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.results.at(current.row()) if current.isValid() else None)

    # ------------------------------------------------------------ detail

    def _show_detail(self, row: Row | None) -> None:
        self.stop()
        self.chosen, self.pcm = row, None
        labels = self.detail_labels
        if row is None:
            for label in labels.values():
                label.setText("")
            labels["when"].setText("Choose an interaction.")
        else:
            names = self.names
            labels["when"].setText(moment(float(row["entered_at"])) + f"  ({row['channel']})")
            labels["queue"].setText(names["queues"].get(row.get("queue_id") or -1, "—"))
            labels["agent"].setText(names["users"].get(row.get("agent_id") or -1, "—"))
            caller = " ".join(
                str(v) for v in (row.get("caller_name"), row.get("caller_address")) if v
            )
            labels["caller"].setText(caller or "—")
            labels["customer"].setText("—")
            labels["outcome"].setText(str(row.get("outcome") or row.get("state") or ""))
            labels["times"].setText(
                " / ".join(duration(row.get(k)) for k in ("wait_s", "ring_s", "talk_s"))
            )
            labels["after"].setText(" / ".join(duration(row.get(k)) for k in ("hold_s", "wrap_s")))
            labels["disposition"].setText(
                names["dispositions"].get(row.get("disposition_id") or -1, "—")
            )
            labels["notes"].setText(str(row.get("notes") or "—"))
            labels["link"].setText(link_text((row.get("data") or {}).get("link")))
            if row.get("customer_id") is not None:
                path = f"/api/customers/{row['customer_id']}"
                self.call("GET", path, None, self._customer_loader(row))
        has_recording = bool(row and row.get("recording"))
        self.recording_box.setEnabled(has_recording)
        self.position.setText("—" if has_recording else "No recording")
        self._buttons()

    def _customer_loader(self, wanted: Row) -> Callable[[Row], None]:
        return lambda customer: self._customer_loaded(wanted, customer)

    def _customer_loaded(self, wanted: Row, customer: Row) -> None:
        if self.chosen is wanted:
            self.detail_labels["customer"].setText(str(customer["name"]))

    # ------------------------------------------------------------ playback

    def play(self) -> None:
        """Plays the chosen interaction's recording (downloading it first)."""
        row = self.chosen
        if row is None or not row.get("recording"):
            return
        if self.pcm is not None:
            self._start(self.pcm)
            return
        self.position.setText("Downloading…")
        self.play_button.setEnabled(False)
        future = self.engine.download(f"/api/interactions/{row['id']}/recording")
        self.bridge.resolve(future, lambda f: self._downloaded(row, f))

    def _downloaded(self, row: Row, future: Future[bytes]) -> None:
        if row is not self.chosen:
            return  # another interaction was chosen meanwhile
        error = future.exception()
        if error is not None:
            self._failed(error_text(error))
            return
        self.position.setText("Decoding…")
        decoded = self._decoder.submit(decode_recording, future.result())
        self.bridge.resolve(decoded, lambda f: self._decoded(row, f))

    def _decoded(self, row: Row, future: Future[np.ndarray]) -> None:
        if row is not self.chosen:
            return
        error = future.exception()
        if error is not None:
            self._failed(error_text(error))
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
        has = bool(self.chosen and self.chosen.get("recording"))
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
            "Export interactions",
            f"interactions-{time.strftime('%Y%m%d')}.csv",
            "CSV (*.csv)",
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int:
        """Writes the result table, as shown, to ``path``; returns the rows written."""
        try:
            written = write_csv(self.results, path)
        except OSError as exc:
            self.show_problem(f"{Path(path).name} could not be written: {exc.strerror or exc}")
            return 0
        self.report(f"Exported {written} interaction(s) to {Path(path).name}.")
        return written


def link_text(link: Any) -> str:
    """The agent's home link over the call, as the interaction stored it."""
    if not isinstance(link, dict) or not link.get("samples"):
        return "not measured"
    mos = f"MOS {link.get('mos_avg')} (worst {link.get('mos_min')})"
    loss = f"loss {link.get('loss_pct_avg')}% (worst {link.get('loss_pct_max')}%)"
    jitter = f"jitter {link.get('jitter_ms_avg')} ms"
    rtt = f"rtt {link['rtt_ms_avg']} ms" if link.get("rtt_ms_avg") is not None else ""
    return " · ".join(part for part in (mos, loss, jitter, rtt) if part)
