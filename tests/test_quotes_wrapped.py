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


def test_english_subject_with_apposition_before_the_verb() -> None:
    text = (
        "Prize for Norrfors\n\nNorrfors Group has won a prize.\n\n"
        "“They have won this year’s prize for their strong work,” jury member Kim Berglund, chairman of the "
        "Västby Trade Society, explained. He added more."
    )
    [q] = extract_quotes(text)
    assert (q.speaker, q.role, q.organisation) == ("Kim Berglund", "chairman", "Västby Trade Society")
