"""Hard-wrapped English news copy (lines broken mid-sentence) — texts written for these tests."""

from __future__ import annotations

from nlptools.quotes import extract_quotes

WRAPPED = (
    "Norrfors to build plant\n\n"
    "Norrfors Group is to open a second warehouse in the north, managing director Kim\n"
    "Berglund told staff in a letter, and hiring will begin after the\n"
    "summer.\n\n"
    '"This has been our plan for years," Berglund said.'
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
        "Film award\n\nA short film from Västby took the main award.\n\n"
        "“It is brave and funny at the same time,” panel member Kim Berglund, head of the "
        "Västby Film Guild, remarked. Voting was close."
    )
    [q] = extract_quotes(text)
    assert (q.speaker, q.role, q.organisation) == ("Kim Berglund", "head", "Västby Film Guild")


def test_interview_answers_in_quote_marks_after_a_question() -> None:
    text = (
        "Meet a researcher\n\nKim Berglund studies forests at Norrfors University.\n\n"
        "What got you started?\n\n"
        "“I grew up next to a forest and spent every summer there, so it was an easy choice for me.”"
    )
    [q] = extract_quotes(text)
    assert (q.speaker, q.cue) == ("Kim Berglund", "quote-marks-context")
