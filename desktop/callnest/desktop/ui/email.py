"""An e-mail thread in the agent's window: every message in and out, oldest
first, with who wrote it and when, its attachments, and where each reply
stands (sending, sent, or refused with the mail server's words); and the box
the agent writes the reply in.

The thread is shown as HTML that this module writes: a customer's plain text
is escaped, and a message that only came as HTML shows the server's
sanitised copy. QTextBrowser fetches nothing from the network (it loads only
files and Qt resources), so remote images — a sender's way of seeing that
the mail was read — stay blocked; links open only when clicked.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from callnest.desktop.i18n import translate
from callnest.protocol import rest

ATTACHMENT_SCHEME = "callnest-attachment"
_SAFE_SCHEMES = {"http", "https", "mailto"}
_PICTURE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


def _when(at: float) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(at))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)


def _status(message: rest.EmailMessage) -> str:
    if message.direction == "in":
        return ""
    if message.status == "sent":
        return translate("ui.email", "Sent", "a reply's state")
    if message.status == "failed":
        return translate(
            "ui.email", "Not sent: {reason}", "{reason}: the mail server's words"
        ).format(reason=message.error or "")
    if message.attempts:
        return translate(
            "ui.email", "Waiting to be sent again: {reason}", "{reason}: the mail server's words"
        ).format(reason=message.error or "")
    return translate("ui.email", "Sending…", "a reply's state")


def thread_html(thread: rest.EmailThread, you: str) -> str:
    """The thread as the view shows it; ``you``: how the agent's side is named."""
    parts = []
    for message in thread.messages:
        who = message.from_name or message.from_address
        if message.direction == "out":
            who = you
        header = (
            f"<p style='margin:0'><b>{html.escape(who)}</b>"
            f" &lt;{html.escape(message.from_address)}&gt;"
            f" <span style='color:gray'>· {html.escape(_when(message.at))}</span></p>"
        )
        status = _status(message)
        if status:
            colour = "#c62828" if message.status == "failed" else "gray"
            header += f"<p style='margin:0;color:{colour}'>{html.escape(status)}</p>"
        if message.text.strip() or not message.html:
            body = (
                "<p style='white-space:pre-wrap;margin-top:6px'>"
                + html.escape(message.text.strip())
                + "</p>"
            )
        else:
            # The server's sanitised copy, its pictures named, not fetched.
            picture = html.escape(translate("ui.email", "[picture not shown]"))
            markup = _PICTURE.sub(f"<span style='color:gray'>{picture}</span>", message.html)
            body = f"<div style='margin-top:6px'>{markup}</div>"
        files = []
        for attachment in message.attachments:
            name = html.escape(attachment.filename)
            size = html.escape(_size(attachment.size))
            if attachment.kept:
                files.append(f"<a href='{ATTACHMENT_SCHEME}:{attachment.id}'>{name}</a> ({size})")
            else:
                files.append(
                    html.escape(
                        translate(
                            "ui.email",
                            "{name} ({size}): too large, not kept — ask for a link instead",
                        ).format(name=attachment.filename, size=_size(attachment.size))
                    )
                )
        attached = (
            "<p style='margin-top:4px'>"
            + html.escape(translate("ui.email", "Attachments:", "before a list of files"))
            + " "
            + " · ".join(files)
            + "</p>"
            if files
            else ""
        )
        parts.append(header + body + attached)
    return "<hr>".join(parts)


class EmailThreadView(QTextBrowser):
    """The thread; a click on an attachment asks for it to be saved."""

    attachment_wanted = Signal(int, str)  # attachment id, file name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self._names: dict[int, str] = {}
        self._shown = ""

    def show_thread(self, thread: rest.EmailThread | None, you: str) -> None:
        if thread is None:
            text = html.escape(translate("ui.email", "Reading the e-mail…"))
        else:
            text = thread_html(thread, you)
            self._names = {a.id: a.filename for m in thread.messages for a in m.attachments}
        if text == self._shown:
            return
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self._shown = text
        self.setHtml(text)
        if at_end:
            bar.setValue(bar.maximum())  # the newest message, as a mail client opens

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == ATTACHMENT_SCHEME:
            attachment_id = int(url.path())
            self.attachment_wanted.emit(attachment_id, self._names.get(attachment_id, ""))
        elif url.scheme() in _SAFE_SCHEMES:
            QDesktopServices.openUrl(url)  # a link the agent chose to follow


class ReplyBox(QPlainTextEdit):
    """A reply is several lines: Enter starts a new one; Ctrl+Enter sends."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            translate(
                "ui.email", "Write your reply — Ctrl+Enter sends; the queue's signature is added"
            )
        )
        self.setTabChangesFocus(True)
        self.setMinimumHeight(110)
        self.setMaximumHeight(220)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt names it
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ForwardDialog(QDialog):
    """To whom the customer's last message goes, and the agent's note above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.email", "Forward the e-mail", "a dialog's title"))
        self.to = QLineEdit()
        self.to.setPlaceholderText("name@example.com")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            translate("ui.email", "A note above the forwarded message (optional)")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ui.email", "Forward", "a button: sends the forward")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("ui.email", "To:", "the forward's address"), self.to)
        form.addRow(translate("ui.email", "Note:", "the agent's words above it"), self.note)
        form.addRow(buttons)
        self.resize(460, 260)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.to.text().strip():
            return None
        return dialog.to.text().strip(), dialog.note.toPlainText()
