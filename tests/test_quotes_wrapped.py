"""Hard-wrapped English news copy (lines broken mid-sentence) — texts written for these tests."""

from __future__ import annotations

from nlptools.quotes import extract_quotes

WRAPPED = (
    "Norrfors to build plant\n\n"
    "Norrfors Group will invest in a new plant, Chief Executive Kim\n"
    "Berglund said on Monday, adding that work would start in the\n"
    "spring.\n\n"
    '"We have waited a long time for this," Berglund said.'
)


def test_a_name_broken_over_two_lines_is_one_name() -> None:
    [q] = extract_quotes(WRAPPED)
    assert q.speaker == "Kim Berglund"


def test_a_short_contact_line_does_not_run_into_the_next() -> None:
    text = (
        "Nytt avtal\n\n– Det här är bra för alla, säger Alex Norén.\n\n"
        "Presskontakt\n\nPressekreterare hos kommunalrådet Alex Norén och hans kollega Kim\nTelefon 08-123 45 67"
    )
    [q] = extract_quotes(text)
    assert q.speaker == "Alex Norén"
