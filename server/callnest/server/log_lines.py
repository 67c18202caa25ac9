"""Every log message on one line, as written.

Log messages carry what clients sent -- a request's decoded path, a name, a
SIP header -- and ``%0a`` in a URL becomes a newline there: an attacker
could write a line of their own into the log ("log forging"). The server's
handler escapes control characters in each message (a traceback, which is
added after the message, keeps its lines).
"""

from __future__ import annotations

import logging
import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def one_line(text: str) -> str:
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


class OneLine(logging.Filter):
    """Formats each record's message and escapes it; the record keeps no args."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        escaped = one_line(message)
        if escaped != message or record.args:
            record.msg, record.args = escaped, None
        return True
