"""What the Campaigns tab reads and says, without a screen: people typed a
line each (refused lines named by the line typed, across sends), the
country of a caller ID, a do-not-call file in its usual shapes, the retry
rules and calling hours between the form and the server, and the figures
in words."""

from __future__ import annotations

import pytest

from callnest.desktop.models.campaign_figures import (
    agent_rows,
    disposition_rows,
    headlines,
    outcome_rows,
    progress_rows,
)
from callnest.desktop.models.campaign_lists import (
    RefusedLine,
    Tally,
    batches,
    do_not_call_fields,
    matches_text,
    read_numbers_file,
    read_people,
    region_of,
    tally,
)
from callnest.desktop.models.campaigns import (
    calling_window,
    mode_text,
    progress_text,
    retry_form,
    retry_rules,
    status_text,
)
from callnest.protocol import rest


def test_people_are_read_a_line_each_with_a_name_after_a_comma_semicolon_or_tab() -> None:
    people, refused = read_people(
        "040 111 222, Ana Kovač\n\n  +386 40 111 333 ;Bor, Jr.\n041\t Cene \n, Nobody\n"
        + "1" * 41
        + "\n051 333 555,\n"
    )
    assert [(p.line, p.person.number, p.person.name) for p in people] == [
        (1, "040 111 222", "Ana Kovač"),
        (3, "+386 40 111 333", "Bor, Jr."),
        (4, "041", "Cene"),
        (7, "051 333 555", None),
    ]
    assert refused == [
        RefusedLine(5, ", Nobody", "no number before the name"),
        RefusedLine(6, "1" * 41, "too long to be a phone number"),
    ]


def test_refused_lines_are_the_lines_typed_across_sends() -> None:
    people, _ = read_people("\n".join(["+38640111222", "", "12", "+38640111333", "", "x"]))
    first, second = batches(people, 2)
    assert [p.line for p in first] == [1, 3] and [p.line for p in second] == [4, 6]

    def answer(added: int, refused: list[tuple[int, str]]) -> rest.ProspectsAdded:
        problems = [rest.ProspectProblem(line=n, number=x, problem="no") for n, x in refused]
        return rest.ProspectsAdded(added=added, already_listed=0, refused=problems)

    total = Tally().plus(tally(answer(1, [(2, "12")]), first))
    total = total.plus(tally(answer(1, [(2, "x")]), second))
    assert [(r.line, r.number) for r in total.refused] == [(3, "12"), (6, "x")]
    assert total.text() == "Added 2 · 0 already listed · 2 refused"
    assert tally(answer(0, [(9, "y")])).refused[0].line == 9  # a search's: as the server said


@pytest.mark.parametrize(
    ("caller_id", "region"),
    [
        ("+38612345678", "SI"),
        ("+385112345678", "HR"),
        ("+442079460000", "GB"),
        ("+12025550100", "US"),
        ("+74951234567", "RU"),
        ("+81312345678", None),
        (None, None),
        ("0038612345678", None),  # stored caller IDs are E.164: this is none
    ],
)
def test_the_country_of_a_caller_id(caller_id: str | None, region: str | None) -> None:
    assert region_of(caller_id) == region


def test_customers_found_are_counted_in_words() -> None:
    assert matches_text(0, 0, 50) == "No customer matches."
    assert matches_text(3, 0, 50) == (
        "3 customers match, but none has a phone number: nobody to add."
    )
    assert matches_text(50, 48, 50).startswith("At least 50 customers match")


def test_a_do_not_call_file_is_a_number_column_or_a_number_a_line() -> None:
    found, refused = read_numbers_file(
        "\ufeffName;Number;Reason\nAna;+386 40 111 222;asked\nBor;00386 40 111 333;\n;nope;\n"
    )
    assert found == [(2, "+38640111222", "asked"), (3, "+38640111333", "")]
    assert [(r.line, r.number) for r in refused] == [(4, "nope")]
    found, refused = read_numbers_file("+38640111222\n\n040 111 333\n")
    assert found == [(1, "+38640111222", "")]
    assert refused == [
        RefusedLine(
            3,
            "040 111 333",
            "write the number in international form, with + and the country code "
            "(+386 1 234 5678): a national number cannot be read without its country",
        )
    ]
    fields, too_long = do_not_call_fields(
        [(2, "+38640111222", ""), (3, "+38640111333", "x" * 2001)], 7, "by default"
    )
    assert [(n, f.number, f.campaign_id, f.reason) for n, f in fields] == [
        (2, "+38640111222", 7, "by default")
    ]
    assert [r.line for r in too_long] == [3]


def test_retry_rules_between_the_form_and_the_server() -> None:
    # None: the server's defaults, shown as they will apply.
    assert retry_form(None) == (
        3,
        {"busy": "10", "no_answer": "60", "machine": "120", "failed": "30"},
    )
    # A wait left out of the campaign's rules is not retried: empty in the form.
    assert retry_form({"max_attempts": 5, "spacing_min": {"busy": 2.5}}) == (
        5,
        {"busy": "2.5", "no_answer": "", "machine": "", "failed": ""},
    )
    # The restart's wait is not the form's: kept as it was (or the default).
    assert retry_rules(4, {"busy": " 15 ", "no_answer": ""}) == {
        "max_attempts": 4,
        "spacing_min": {"interrupted": 5, "busy": 15},
    }
    kept = {"max_attempts": 2, "spacing_min": {"interrupted": 9}}
    assert retry_rules(2, {"failed": "1.5"}, kept)["spacing_min"] == {
        "interrupted": 9,
        "failed": 1.5,
    }
    for bad in ("0", "10081", "soon"):
        with pytest.raises(ValueError, match=r"^Failed: wait from 1 to 10080 minutes"):
            retry_rules(3, {"failed": bad})


def test_calling_hours_that_would_never_open_are_said_in_the_forms_words() -> None:
    assert calling_window("09:00", "17:30", ["fri", "mon"]) == {
        "start": "09:00",
        "end": "17:30",
        "days": ["mon", "fri"],
    }
    with pytest.raises(ValueError, match=r"end \(09:00\) before they start \(09:00\)"):
        calling_window("09:00", "09:00", ["mon"])
    with pytest.raises(ValueError, match="at least one day"):
        calling_window("09:00", "10:00", [])


def test_where_a_campaign_stands_in_words() -> None:
    assert status_text("draft") == "Not started"
    assert mode_text("preview", 7.5) == "Preview (7.5 s card)"
    assert mode_text("progressive", 10) == "Progressive"
    assert progress_text(None) == ""
    assert progress_text({}) == "Nobody listed yet"
    assert progress_text({"done": 120, "pending": 370, "exhausted": 10}) == "120 of 500 reached"


def test_figures_in_words_with_names_for_ids() -> None:
    figures = {
        "attempts": 10,
        "reached": 4,
        "outcomes": {"answered": 4, "busy": 3, "machine": 2, "open": 1},
        "dispositions": {"7": 3, "8": 1},
        "converted": 3,
        "conversion": 0.75,
        "abandoned": 0,
        "abandon_pct": 0.0,
        "agents": {"2": {"calls": 6, "talk_s": 600.0, "hold_s": 0.0, "wrap_s": 90.0}},
        "prospects": {"done": 4, "pending": 5, "exhausted": 1},
    }
    assert [(h.title, h.value) for h in headlines(figures, [7])] == [
        ("Calls placed", "10"),
        ("People reached", "4"),
        ("Conversion", "75.0%"),
        ("Abandon rate", "0.0%"),
    ]
    assert headlines(figures, [])[2].note == "tick the dispositions that count as success"
    assert [(r.label, r.count, r.share) for r in outcome_rows(figures)] == [
        ("Answered", 4, "40.0%"),
        ("Busy", 3, "30.0%"),
        ("Answering machine", 2, "20.0%"),
        ("Under way", 1, "10.0%"),
    ]
    assert [(r.label, r.note) for r in disposition_rows(figures, {7: "Sale"}, [7])] == [
        ("Sale", "Yes"),
        ("Disposition #8", ""),
    ]
    assert [(r.label, r.count) for r in progress_rows(figures)] == [
        ("To call", 5),
        ("Reached", 4),
        ("Out of attempts", 1),
    ]
    assert [(a.name, a.calls) for a in agent_rows(figures, {})] == [("Agent #2", 6)]
