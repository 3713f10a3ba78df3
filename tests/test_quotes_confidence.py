"""Quote confidence: a fitted success rate per cue and speaker shape, with back-off."""

from __future__ import annotations

from nlptools.quotes import extract_quotes
from nlptools.quotes.confidence import confidence, default_table, feature_keys, fit_table


def test_fit_table_backs_off_to_the_cue_and_to_all() -> None:
    rows = [(feature_keys("dash-after", "Kim Berglund"), True)] * 20 + [(feature_keys("pronoun", "Kim"), False)] * 5
    table = fit_table(rows)
    assert table["dash-after|full"] > table["*"] > table["pronoun|one"]
    # an unseen shape falls back to its cue, an unseen cue to all quotes
    assert confidence("dash-after", "Kim", table=table) == table["dash-after"]
    assert confidence("speaker-line", "Kim Berglund", table=table) == table["*"]


def test_committed_table_is_used_and_is_a_probability() -> None:
    table = default_table()
    assert table and all(0.0 < v < 1.0 for v in table.values())
    [q] = extract_quotes("Rubrik\n\n– Det går bra nu, säger Kim Berglund, vd på Norrfors AB.")
    assert q.confidence == confidence("dash-after", "Kim Berglund")
