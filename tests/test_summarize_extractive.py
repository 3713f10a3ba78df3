"""The extractive default: central, non-redundant sentences; furniture skipped; length control."""

from __future__ import annotations

import dataclasses

import pytest

from nlptools.errors import ConfigError
from nlptools.segment import split_sentences
from nlptools.summarization import extractive
from nlptools.summarization.api import summarize
from nlptools.summarization.filters import content_offset, junk_reason

ENGLISH = """Harbour bridge to close for six months

By Maria Jensen, Staff Reporter

Photo: The bridge at dusk (Getty Images)

The Northport harbour bridge will close for six months from June so that engineers can replace its corroded steel cables, the city council said on Monday.

The harbour bridge will close for six months from June so engineers can replace corroded steel cables, the council said.

About 40,000 vehicles cross the harbour bridge every day, and the council expects long queues on the ring road while the bridge is closed.

A ferry service will run every 15 minutes during the bridge closure to carry cyclists and pedestrians across the harbour.

The weather on Monday was mild and sunny.

Local shop owners fear that the closure of the bridge will keep customers away during the busy summer season.

The repairs of the bridge cables will cost 120 million kronor and are paid for by the state.

For more information: press@northport.example, phone +46 40 123 45 67
"""

SWEDISH = """Ny vindkraftpark norr om Skellefteå

Av Anna Svensson

Skellefteå kommun har beslutat att bygga en ny vindkraftpark med 40 vindkraftverk norr om staden.

Vindkraftparken ska stå klar 2027 och kostar 3,5 miljarder kronor enligt kommunen.

Beslutet om vindkraftparken togs på tisdagen efter en lång debatt i kommunfullmäktige.

Vädret var fint under dagen.

Kritikerna menar att vindkraftparken hotar renskötseln i området norr om Skellefteå.

Kontakt: anna.svensson@example.se, tel 070-123 45 67
"""


def _sentences(summary):
    return [s.text for s in summary.sentences]


def test_picks_central_lead_sentence_and_skips_furniture():
    s = summarize(ENGLISH, sentences=3, language="en")
    texts = _sentences(s)
    assert len(texts) == 3
    assert texts[0].startswith("The Northport harbour bridge will close")
    joined = " ".join(texts)
    for furniture in ("Maria Jensen", "Getty", "press@northport", "+46", "weather"):
        assert furniture not in joined
    assert s.method == "extractive" and s.language == "en" and s.model is None
    assert s.faithfulness is not None and not s.faithfulness.flagged


def test_near_duplicate_is_not_picked_twice():
    texts = _sentences(summarize(ENGLISH, sentences=4, language="en"))
    assert not any(t.startswith("The harbour bridge will close for six months") for t in texts)


def test_offsets_index_the_source_text():
    s = summarize(ENGLISH, sentences=3, language="en")
    for sent in s.sentences:
        assert ENGLISH[sent.source_start : sent.source_end] == sent.source_text
        assert sent.text == sent.source_text.strip()


def test_centrality_without_lead_bias_prefers_the_sentence_others_elaborate():
    texts = [
        "The weather was mild and sunny in the morning.",
        "The council will close the bridge for cable repairs in June.",
        "Closing the bridge means long queues for drivers.",
        "Cable repairs on the bridge cost 120 million kronor.",
        "Drivers and cyclists must find another way while the bridge is closed.",
    ]
    config = dataclasses.replace(extractive.DEFAULT_CONFIG, lead=0.0, length=0.0)
    scores, _ = extractive.rank(texts, config)
    order = list(scores.argsort()[::-1])
    assert order[0] == 1
    assert order.index(0) >= 2  # the off-topic sentence is not among the top two


def test_every_sentence_is_considered_even_far_down():
    # 60 unrelated sentences (no shared words) before the one the article is about
    filler = "\n\n".join(" ".join(f"kw{i}{c}" for c in "abcdefg") + "." for i in range(60))
    key = "The budget for the museum renovation is finally approved by the museum board and the city."
    echoes = "\n\n".join(
        f"Later the museum board said the renovation budget for the museum was approved ({i})." for i in range(3)
    )
    text = f"{filler}\n\n{key}\n\n{echoes}"
    config = dataclasses.replace(extractive.DEFAULT_CONFIG, lead=0.0)

    cands = [extractive.Candidate(text[a:b], a, b) for a, b in split_sentences(text, "en")]
    picked = extractive.summarize_candidates(cands, sentences=1, config=config)
    assert "museum" in picked[0].text


@pytest.mark.parametrize("n", [1, 2, 4])
def test_sentence_count(n):
    assert len(summarize(ENGLISH, sentences=n, language="en").sentences) == n


def test_word_budget():
    s = summarize(ENGLISH, words=45, language="en")
    total = sum(len(t.split()) for t in _sentences(s))
    assert 0 < total <= 45
    assert len(s.sentences) >= 1


def test_word_budget_never_returns_nothing():
    s = summarize(ENGLISH, words=3, language="en")
    assert len(s.sentences) == 1


def test_lede_is_one_sentence():
    s = summarize(ENGLISH, lede=True, language="en")
    assert len(s.sentences) == 1
    assert "bridge" in s.text


def test_lede_prefers_a_short_sentence():
    long_lead = (
        "The Northport harbour bridge, which was opened in 1962 by the then mayor and has carried traffic between "
        "the old town, the port and the new residential districts on the southern shore ever since, will close "
        "for six months from June so that engineers can replace its corroded steel cables, the council said."
    )
    text = ENGLISH.replace(
        "The Northport harbour bridge will close for six months from June so that engineers can replace its "
        "corroded steel cables, the city council said on Monday.",
        long_lead,
    )
    assert summarize(text, sentences=1, language="en").text == long_lead
    lede = summarize(text, lede=True, language="en")
    assert len(lede.sentences) == 1 and len(lede.text.split()) <= 40 and "bridge" in lede.text


def test_bad_length_is_a_typed_error():
    with pytest.raises(ConfigError):
        summarize(ENGLISH, sentences=0)
    with pytest.raises(ConfigError):
        summarize(ENGLISH, method="magic")


def test_swedish_article_summary_is_swedish_and_skips_byline_and_contact():
    s = summarize(SWEDISH, sentences=2, language="sv")
    assert s.language == "sv"
    assert s.sentences[0].text.startswith("Skellefteå kommun har beslutat")
    joined = s.text
    assert "Anna Svensson" not in joined and "070-123" not in joined and "Vädret" not in joined
    assert not s.faithfulness.flagged


def test_filters_recognise_furniture_and_datelines():
    assert junk_reason("By Maria Jensen, Staff Reporter") == "byline"
    assert junk_reason("Av Anna Svensson") == "byline"
    assert junk_reason("PUBLISHED: 12:01 EST, 3 April 2015") == "byline"
    assert junk_reason("Kontakt: Per Olsson, tel. 040-123 45 67.") == "contact"
    assert junk_reason("Mail anna@example.org for tickets.") == "contact"
    assert junk_reason("Scroll down for video") == "teaser"
    assert junk_reason("The crowd at the match (Photo: AFP/Getty Images)") == "caption"
    assert junk_reason("Background") == "heading"
    assert junk_reason("The council met on Monday to discuss the bridge.") is None
    text = "LONDON, England (CNN) -- The council met on Monday."
    assert text[content_offset(text) :] == "The council met on Monday."
    text = "STOCKHOLM (TT) Regeringen presenterade budgeten."
    assert text[content_offset(text) :] == "Regeringen presenterade budgeten."
    assert content_offset("The council met.") == 0


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = st.sampled_from(
    "the council bridge kommunen bron Skellefteå 40 3,5 By Av Kontakt: – ” « tel 070-123 45 67 . ! ? \n \n\n".split(" ")
    + ["a@b.se", "(CNN) --", "LONDON", "Mr.", "kl.", "\n\n", "Foto:", "## Rubrik\n\n"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=120), st.integers(min_value=1, max_value=5))
def test_any_text_gives_spans_that_index_the_source(tokens, n):
    text = " ".join(tokens)
    if not any(ch.isalnum() for ch in text):
        return
    s = summarize(text, sentences=n, language="sv")
    assert len(s.sentences) <= n
    for sent in s.sentences:
        assert text[sent.source_start : sent.source_end] == sent.source_text
        assert sent.text.strip() and sent.text in sent.source_text
    assert s.faithfulness is not None


def test_nlptools_summarize_is_callable_even_after_the_package_is_imported():
    import nlptools
    import nlptools.summarization.step  # noqa: F401
    import nlptools.translation.step  # noqa: F401

    assert callable(nlptools.translate) and nlptools.translate.__module__ == "nlptools.translation.api"

    s = nlptools.summarize(ENGLISH, sentences=1, language="en")
    assert s.method == "extractive" and len(s.sentences) == 1
    with pytest.raises(TypeError):
        nlptools.summarize(ENGLISH, sentence=1)  # a typo is not swallowed
