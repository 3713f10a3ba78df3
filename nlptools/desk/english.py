"""English press conventions for a translated paragraph.

English never uses the Swedish dialogue dash: ``– Vi är nöjda, säger Anna Berg,
vd.`` translated as ``We are satisfied, says Anna Berg, CEO.`` becomes
``“We are satisfied,” says Anna Berg, CEO.``  Words after the attribution are
the speaker's too and get their own quote marks; a dash quote without an
attribution (the speaker named on the next line) is quoted whole.
"""

from __future__ import annotations

import re

_VERBS = (
    "says|said|adds|added|explains|explained|continues|continued|notes|noted|states|stated|tells|told|"
    "emphasises|emphasized|emphasizes|emphasised|believes|believed|thinks|thought|concludes|concluded|"
    "points out|pointed out|according to"
)
# "<quote>, says <speaker>. <rest>" — the speaker runs to the first sentence end not inside an abbreviation
_ATTRIBUTION = re.compile(
    rf"^(?P<quote>.+?)(?P<punct>[,.!?])\s+(?P<verb>(?:{_VERBS}))\s+(?P<who>[^.!?]+?(?:\([^)]*\))?)(?P<end>[.!?])(?:\s+(?P<rest>.+))?$",
    re.DOTALL,
)
# the speaker before the verb: "<quote>, Anna Berg says. <rest>"
_ATTRIBUTION_NAME_FIRST = re.compile(
    rf"^(?P<quote>.+?)(?P<punct>[,.!?])\s+(?P<who>[A-ZÅÄÖ][\w’'\-. ]{{1,60}}?)\s+(?P<verb>(?:{_VERBS}))(?P<end>[.!?])(?:\s+(?P<rest>.+))?$",
    re.DOTALL,
)
_DASH = re.compile(r"^\s*[–—-]\s*")
MAX_CHARS = 4_000  # a quote paragraph is short; longer text is quoted whole without looking for the attribution


def _quote(text: str, closing: str = "") -> str:
    text = text.strip()
    return f"“{text}{closing}”"


def press_quote(english: str) -> str:
    """Turn a translated dialogue-dash paragraph into English quote-mark form."""
    text = _DASH.sub("", english.strip())
    if not text:
        return text
    if len(text) > MAX_CHARS:  # bounded work: the attribution patterns are not run on huge paragraphs
        return _quote(text)
    for pattern in (_ATTRIBUTION, _ATTRIBUTION_NAME_FIRST):
        m = pattern.match(text)
        if m:
            punct = "," if m["punct"] == "." else m["punct"]
            who_verb = f"{m['verb']} {m['who'].strip()}" if pattern is _ATTRIBUTION else f"{m['who'].strip()} {m['verb']}"
            out = f"{_quote(m['quote'], punct)} {who_verb}{m['end']}"
            if m["rest"]:
                out += " " + _quote(m["rest"])
            return out
    return _quote(text)
