"""The server's REST API as typed calls: a method (or, for the rows an owner
lists, creates, changes and deletes, a :class:`Rows`) per endpoint the
desktop uses, taking and answering the protocol's models
(:mod:`callnest.protocol.rest`), so no window holds a path or reads a dict.

Underneath is the engine's generic ``rest()``: every call runs on the
engine's thread and answers a ``concurrent.futures.Future``, as the engine
does, for ``bridge.resolve``. The future fails with the engine's
``RestError`` when the server refuses, and with pydantic's ValidationError
when its answer is not what the model says."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote, urlencode

from pydantic import TypeAdapter

from callnest import protocol as p
from callnest.desktop.ports import EnginePort
from callnest.protocol import rest
from callnest.protocol.rest.campaigns import ProspectStatus

T = TypeVar("T")
Fields = TypeVar("Fields", bound=rest.RestModel)
Row = TypeVar("Row", bound=rest.RestModel)

Report = dict[str, Any]
"""A report as ``GET /api/reports`` answers it (read by ``models.report``)."""

CallbackStatusFilter = Literal["open", "done", "failed", "cancelled"]
"""What ``GET /api/callbacks`` lists: the open callbacks (scheduled, waiting or
being dialled), or those that ended one way."""

CampaignFigures = dict[str, Any]
"""A campaign's figures as ``GET /api/campaigns/{id}/figures`` answers them
(read by ``models.campaign_figures``)."""

CampaignAction = Literal["start", "pause", "finish"]
"""What the owner does to a campaign: start (or resume) it, pause it, finish it."""


class Rows(Generic[Fields, Row]):
    """One kind of row at ``/api/<path>``: listed, read, created, changed
    (a change sends only the fields its model was given) and deleted."""

    def __init__(self, engine: EnginePort, path: str, row: type[Row]) -> None:
        self._engine, self._path = engine, f"/api/{path}"
        self._row = row
        # A row type chosen at run time: mypy cannot check list[row] as a type.
        self._rows = TypeAdapter(list[row])  # type: ignore[valid-type]

    def list(self, *, limit: int | None = None) -> Future[list[Row]]:
        query = "" if limit is None else f"?{urlencode({'limit': limit})}"
        return call(self._engine, "GET", self._path + query, None, self._rows.validate_python)

    def get(self, row_id: int) -> Future[Row]:
        return call(self._engine, "GET", self._item(row_id), None, self._row.model_validate)

    def create(self, fields: Fields) -> Future[Row]:
        return call(self._engine, "POST", self._path, fields, self._row.model_validate)

    def change(self, row_id: int, fields: Fields) -> Future[Row]:
        return call(self._engine, "PATCH", self._item(row_id), fields, self._row.model_validate)

    def save(self, row_id: int | None, fields: Fields) -> Future[Row]:
        """What an editor's Save does: creates the row when it is new (None)."""
        return self.create(fields) if row_id is None else self.change(row_id, fields)

    def delete(self, row_id: int) -> Future[rest.Deleted]:
        return call(self._engine, "DELETE", self._item(row_id), None, rest.Deleted.model_validate)

    def _item(self, row_id: int) -> str:
        return f"{self._path}/{row_id}"


class RestClient:
    """The REST calls of the admin window, the set-up wizard, the agent's
    window and the wallboard."""

    def __init__(self, engine: EnginePort) -> None:
        self._engine = engine
        self.teams = Rows[rest.TeamFields, rest.Team](engine, "teams", rest.Team)
        self.skills = Rows[rest.SkillFields, rest.Skill](engine, "skills", rest.Skill)
        self.queues = Rows[rest.QueueFields, rest.Queue](engine, "queues", rest.Queue)
        self.scripts = Rows[rest.ScriptFields, rest.Script](engine, "scripts", rest.Script)
        self.dispositions = Rows[rest.DispositionFields, rest.Disposition](
            engine, "dispositions", rest.Disposition
        )
        self.break_reasons = Rows[rest.BreakReasonFields, rest.BreakReason](
            engine, "break-reasons", rest.BreakReason
        )
        self.customers = Rows[rest.CustomerFields, rest.Customer](
            engine, "customers", rest.Customer
        )
        # Phone calls (the owner's): a trunk's answer says has_password, never
        # the password; a change without one keeps it.
        self.trunks = Rows[rest.TrunkFields, rest.Trunk](engine, "trunks", rest.Trunk)
        self.phone_numbers = Rows[rest.PhoneNumberFields, rest.PhoneNumber](
            engine, "phone-numbers", rest.PhoneNumber
        )
        self.campaigns = Rows[rest.CampaignFields, rest.Campaign](
            engine, "campaigns", rest.Campaign
        )

    # ------------------------------------------------------------ people

    def users(self) -> Future[list[rest.User]]:
        return self._get("/api/users", _USERS.validate_python)

    def create_user(self, fields: rest.NewUserFields) -> Future[rest.User]:
        """The new user; with the password the server made up, if ``fields`` had none."""
        return self._send("POST", "/api/users", fields, rest.User.model_validate)

    def change_user(self, user_id: int, fields: rest.UserFields) -> Future[rest.User]:
        return self._send("PATCH", f"/api/users/{user_id}", fields, rest.User.model_validate)

    def reset_password(
        self, user_id: int, fields: rest.NewPassword | None = None
    ) -> Future[rest.PasswordReset]:
        """A new password: the one given, or (by default) one the server makes up."""
        return self._send(
            "POST",
            f"/api/users/{user_id}/password",
            fields or rest.NewPassword(),
            rest.PasswordReset.model_validate,
        )

    def deactivate_user(self, user_id: int) -> Future[rest.Deactivated]:
        return self._send("DELETE", f"/api/users/{user_id}", None, rest.Deactivated.model_validate)

    def directory(self) -> Future[list[rest.DirectoryEntry]]:
        """The active agents a call can be transferred to (any role may ask)."""
        return self._get("/api/directory", _DIRECTORY.validate_python)

    # ------------------------------------------------------------ queues

    def hold_music(self) -> Future[list[str]]:
        """The music a queue may play to waiting callers, by name."""
        return self._get("/api/hold-music", _NAMES.validate_python)

    def set_queue_script(self, queue_id: int, script_id: int | None) -> Future[rest.Queue]:
        """Gives the queue's agents this script to read (None: no script)."""
        fields = rest.QueueScript(script_id=script_id)
        return self._send("PATCH", f"/api/queues/{queue_id}", fields, rest.Queue.model_validate)

    # ------------------------------------------------------------ announcements

    def prompts(self) -> Future[rest.Prompts]:
        """Every prompt callers hear, in every language: the owner's recording or the made one."""
        return self._get("/api/prompts", rest.Prompts.model_validate)

    def upload_prompt(
        self, language: str, name: str, content: bytes, content_type: str
    ) -> Future[rest.Prompt]:
        """The owner's recording (a sound file) in the prompt's place; a
        refusal names its problem in its details (``rest.PromptProblem``)."""
        future = self._engine.upload(_prompt(language, name), content, content_type, "PUT")
        return then(future, rest.Prompt.model_validate)

    def remove_prompt(self, language: str, name: str) -> Future[rest.Prompt]:
        """The made prompt again, in the owner's recording's place."""
        return self._send("DELETE", _prompt(language, name), None, rest.Prompt.model_validate)

    def prompt_audio(self, language: str, name: str) -> Future[bytes]:
        """The prompt as callers hear it now, as an Ogg/Opus file."""
        return self._engine.download(f"{_prompt(language, name)}/audio")

    # ------------------------------------------------------------ phones

    def trunks_status(self) -> Future[rest.EdgeStatus]:
        """The SIP edge: whether it runs (why not), each registering trunk's
        registration, and the transports it cannot serve yet."""
        return self._get("/api/trunks/status", rest.EdgeStatus.model_validate)

    # ------------------------------------------------------------ customers

    def find_customers(self, text: str) -> Future[list[rest.Customer]]:
        """The customers whose name, phone (written any way) or e-mail match ``text``."""
        path = f"/api/customer-search?{urlencode({'q': text})}"
        return self._get(path, _CUSTOMERS.validate_python)

    def customer_card(self, customer_id: int) -> Future[p.CustomerCard]:
        """The customer as an offer's screen pop shows them, with their latest contacts."""
        path = f"/api/customers/{customer_id}/card"
        return self._get(path, p.CustomerCard.model_validate)

    def confirm_identity(self, contact_id: str) -> Future[rest.IdentityConfirmed]:
        """The agent has checked the caller is the contact's customer: the whole
        card, and the script filled in with it."""
        path = f"/api/contacts/{contact_id}/confirm-identity"
        return self._send("POST", path, None, rest.IdentityConfirmed.model_validate)

    def import_customers(self, csv: bytes) -> Future[rest.CustomersImported]:
        """Creates and updates customers from a CSV file: all of it, or (refused) none."""
        future = self._engine.upload("/api/customers/import", csv, "text/csv")
        return then(future, rest.CustomersImported.model_validate)

    def export_customers(self) -> Future[bytes]:
        """Every customer, as a CSV file."""
        return self._engine.download("/api/customers.csv")

    def export_customer(self, customer_id: int) -> Future[bytes]:
        """Everything kept about one customer, as a zip (an access request)."""
        return self._engine.download(f"/api/customers/{customer_id}/export")

    def erase_customer(self, customer_id: int) -> Future[rest.CustomerErased]:
        """Erases the customer: card, personal fields, transcripts, recordings."""
        path = f"/api/customers/{customer_id}/erase"
        return self._send("POST", path, None, rest.CustomerErased.model_validate)

    # ------------------------------------------------------------ callbacks

    def schedule_callback(self, fields: rest.CallbackFields) -> Future[rest.Callback]:
        """A callback for ``fields.queue_id`` at ``fields.at`` (any role may ask)."""
        return self._send("POST", "/api/callbacks", fields, rest.Callback.model_validate)

    def callbacks(self, status: CallbackStatusFilter = "open") -> Future[list[rest.Callback]]:
        """The callbacks of one status (the open ones by default), the soonest due first."""
        path = f"/api/callbacks?{urlencode({'status': status})}"
        return self._get(path, _CALLBACKS.validate_python)

    def cancel_callback(self, callback_id: str) -> Future[rest.Callback]:
        """Calls the callback off: the server refuses (409) while it is being dialled."""
        path = f"/api/callbacks/{quote(callback_id)}"
        return self._send("DELETE", path, None, rest.Callback.model_validate)

    # ------------------------------------------------------------ campaigns

    def change_campaign(self, campaign_id: int, action: CampaignAction) -> Future[rest.Campaign]:
        """Starts (or resumes), pauses or finishes the campaign: the server
        refuses (409) any of them once it is finished."""
        path = f"/api/campaigns/{campaign_id}/{action}"
        return self._send("POST", path, None, rest.Campaign.model_validate)

    def add_prospects(
        self, campaign_id: int, people: rest.ProspectsIn
    ) -> Future[rest.ProspectsAdded]:
        """Adds people to the campaign's list: those listed, or the customers a search finds."""
        path = f"/api/campaigns/{campaign_id}/prospects"
        return self._send("POST", path, people, rest.ProspectsAdded.model_validate)

    def prospects(
        self,
        campaign_id: int,
        status: ProspectStatus | None = None,
        *,
        limit: int,
        offset: int = 0,
    ) -> Future[list[rest.Prospect]]:
        """One page of the campaign's people (of one status, or all), in the order added."""
        query = {"limit": limit, "offset": offset} | ({"status": status} if status else {})
        path = f"/api/campaigns/{campaign_id}/prospects?{urlencode(query)}"
        return self._get(path, _PROSPECTS.validate_python)

    def campaign_figures(self, campaign_id: int) -> Future[CampaignFigures]:
        return self._get(f"/api/campaigns/{campaign_id}/figures", _FIGURES.validate_python)

    def do_not_call(self) -> Future[list[rest.DoNotCallEntry]]:
        """Every number never to call: the whole center's and each campaign's."""
        return self._get("/api/do-not-call", _DO_NOT_CALL.validate_python)

    def add_do_not_call(self, fields: rest.DoNotCallFields) -> Future[bool]:
        """Lists a number never to call; whether it is new (False: listed already)."""
        return self._send("POST", "/api/do-not-call", fields, lambda answer: answer["added"] > 0)

    def remove_do_not_call(self, entry_id: int) -> Future[rest.Deleted]:
        path = f"/api/do-not-call/{entry_id}"
        return self._send("DELETE", path, None, rest.Deleted.model_validate)

    # ------------------------------------------------------------ history

    def interactions(self, query: rest.InteractionFilter) -> Future[list[rest.Interaction]]:
        """The interactions ``query`` asks for, newest first."""
        path = f"/api/interactions?{_query(query)}"
        return self._get(path, _INTERACTIONS.validate_python)

    def recording(self, interaction_id: str) -> Future[bytes]:
        """The interaction's recording, as the file the server keeps."""
        return self._engine.download(f"/api/interactions/{quote(interaction_id)}/recording")

    def transcript(self, interaction_id: str) -> Future[rest.Transcript]:
        """What was written in the interaction: a chat's messages, an e-mail thread's."""
        path = f"/api/interactions/{quote(interaction_id)}/transcript"
        return self._get(path, rest.Transcript.model_validate)

    def report(self, query: rest.ReportQuery) -> Future[Report]:
        return self._get(f"/api/reports?{_query(query)}", _REPORT.validate_python)

    def report_settings(self) -> Future[rest.ReportSettings]:
        return self._get("/api/settings/reports", rest.ReportSettings.model_validate)

    def set_report_settings(self, settings: rest.ReportSettings) -> Future[rest.ReportSettings]:
        return self._send(
            "PUT", "/api/settings/reports", settings, rest.ReportSettings.model_validate
        )

    # ------------------------------------------------------------ supervision

    def monitor(self, contact_id: str, mode: rest.MonitorMode) -> Future[rest.Monitoring]:
        """Listens to a live call, whispers into it, barges in, or (``OFF``) stops."""
        path = f"/api/calls/{quote(contact_id)}/monitor"
        fields = rest.MonitorCall(mode=mode)
        return self._send("POST", path, fields, rest.Monitoring.model_validate)

    def set_agent_state(
        self, agent_id: int, change: rest.AgentStateChange
    ) -> Future[rest.AgentStateChanged]:
        path = f"/api/agents/{agent_id}/state"
        return self._send("POST", path, change, rest.AgentStateChanged.model_validate)

    def log_agent_out(self, agent_id: int) -> Future[rest.AgentLoggedOut]:
        """Closes the agent's desktop and ends their logins."""
        path = f"/api/agents/{agent_id}/logout"
        return self._send("POST", path, None, rest.AgentLoggedOut.model_validate)

    def live_chats(self) -> Future[list[rest.LiveChat]]:
        """The chats under way that this supervisor may read."""
        return self._get("/api/chats", _LIVE_CHATS.validate_python)

    # ------------------------------------------------------------ maintenance

    def doctor(self) -> Future[rest.DoctorReport]:
        """Runs the server's checks (a few seconds: some ask the network)."""
        return self._get("/api/doctor", rest.DoctorReport.model_validate)

    def alarms(self) -> Future[list[rest.Alarm]]:
        return self._get("/api/alarms", _ALARMS.validate_python)

    def backups(self) -> Future[rest.Backups]:
        return self._get("/api/backups", rest.Backups.model_validate)

    def set_backup_schedule(self, schedule: rest.BackupSchedule) -> Future[rest.Backups]:
        # Every field: a field left at its default is still the owner's choice.
        body = schedule.model_dump(mode="json")
        return then(
            self._engine.rest("PUT", "/api/backups/schedule", body), rest.Backups.model_validate
        )

    def back_up_now(self) -> Future[rest.BackupRun]:
        return self._send("POST", "/api/backups", None, rest.BackupRun.model_validate)

    def alarm_email(self) -> Future[rest.AlarmEmail | None]:
        return self._get("/api/settings/alarm-email", _ALARM_EMAIL.validate_python)

    def set_alarm_email(self, fields: rest.AlarmEmailFields) -> Future[rest.AlarmEmail]:
        return self._send(
            "PUT", "/api/settings/alarm-email", fields, rest.AlarmEmail.model_validate
        )

    def stop_alarm_email(self) -> Future[Any]:
        return self._send("DELETE", "/api/settings/alarm-email", None, lambda answer: answer)

    def test_alarm_email(self) -> Future[dict[str, Any]]:
        """Sends a test message: ``{"sent": bool, "problem": str}``."""
        return self._send("POST", "/api/settings/alarm-email/test", None, dict)

    # ------------------------------------------------------------ underneath

    def _get(self, path: str, read: Callable[[Any], T]) -> Future[T]:
        return call(self._engine, "GET", path, None, read)

    def _send(
        self, method: str, path: str, fields: rest.RestModel | None, read: Callable[[Any], T]
    ) -> Future[T]:
        return call(self._engine, method, path, fields, read)


_USERS = TypeAdapter(list[rest.User])
_DIRECTORY = TypeAdapter(list[rest.DirectoryEntry])
_NAMES = TypeAdapter(list[str])
_CUSTOMERS = TypeAdapter(list[rest.Customer])
_INTERACTIONS = TypeAdapter(list[rest.Interaction])
_REPORT = TypeAdapter(Report)
_LIVE_CHATS = TypeAdapter(list[rest.LiveChat])
_ALARMS = TypeAdapter(list[rest.Alarm])
_ALARM_EMAIL = TypeAdapter(rest.AlarmEmail | None)
_CALLBACKS = TypeAdapter(list[rest.Callback])
_PROSPECTS = TypeAdapter(list[rest.Prospect])
_FIGURES = TypeAdapter(CampaignFigures)
_DO_NOT_CALL = TypeAdapter(list[rest.DoNotCallEntry])


def call(
    engine: EnginePort,
    method: str,
    path: str,
    fields: rest.RestModel | None,
    read: Callable[[Any], T],
) -> Future[T]:
    """One REST call: ``fields`` as its JSON body (only the fields they were
    given, so a change leaves the rest as they are), its answer read by ``read``."""
    body = None if fields is None else fields.model_dump(mode="json", exclude_unset=True)
    return then(engine.rest(method, path, body), read)


def then(future: Future[Any], read: Callable[[Any], T]) -> Future[T]:
    """A future of ``read(answer)``: it fails as ``future`` does, or as reading does."""
    answer: Future[T] = Future()

    def done(source: Future[Any]) -> None:
        if source.cancelled():
            answer.cancel()
            return
        error = source.exception()
        if error is not None:
            answer.set_exception(error)
            return
        try:
            answer.set_result(read(source.result()))
        except Exception as exc:
            answer.set_exception(exc)

    future.add_done_callback(done)
    return answer


def every(futures: Sequence[Future[T]]) -> Future[list[T]]:
    """A future of every answer, in the order asked: one list made of several
    calls. It fails as the first of them to fail does."""
    answer: Future[list[T]] = Future()
    answered: dict[int, T] = {}
    lock = threading.Lock()  # the futures may finish on different threads

    def done(index: int, source: Future[T]) -> None:
        error = None if source.cancelled() else source.exception()
        with lock:
            if answer.done():
                return
            if source.cancelled():
                answer.cancel()
            elif error is not None:
                answer.set_exception(error)
            else:
                answered[index] = source.result()
                if len(answered) == len(futures):
                    answer.set_result([answered[i] for i in range(len(futures))])

    if not futures:
        answer.set_result([])
    for index, future in enumerate(futures):
        future.add_done_callback(functools.partial(done, index))
    return answer


def _prompt(language: str, name: str) -> str:
    return f"/api/prompts/{quote(language, safe='')}/{quote(name, safe='')}"


def _query(query: rest.RestModel) -> str:
    """A query model as a query string: what it leaves out (None) is not asked."""
    return urlencode(query.model_dump(mode="json", exclude_none=True))
