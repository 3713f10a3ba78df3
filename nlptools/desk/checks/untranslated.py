"""English that is still Swedish: the source returned as its own "translation".

Document translators that fail silently hand back the source text.  A rendering
is flagged when it equals the source (ignoring case, spaces and punctuation)
or when Swedish function words outnumber English ones in it.  Short items
(names, numbers, addresses) are allowed to stay as they are.
"""

from __future__ import annotations

import re

from .base import Flag, words

SV_FUNCTION = frozenset(
    """och att det som är på för med har inte av ett till om den jag vi var men från kan ska också eller när
    efter sina sitt sin de dem där här vad hur detta denna dessa mycket blir blev skulle finns hade inom
    under mellan sedan utan vid alla andra även bara nu vara varit får kommer""".split()
)
EN_FUNCTION = frozenset(
    """the and that is are was were of to in for with has have not it this these on by from be been will
    would can could also or when after its their there here what how which very all other only now they we""".split()
)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def swedish_share(text: str) -> tuple[int, int]:
    """How many Swedish and English function words ``text`` has."""
    ws = words(text)
    return sum(w in SV_FUNCTION for w in ws), sum(w in EN_FUNCTION for w in ws)


def check_untranslated(source: str, english: str) -> list[Flag]:
    """Flag an English rendering that is (still) Swedish."""
    sv_src, _ = swedish_share(source)
    ordinary = sum(w.islower() for w in re.findall(r"[^\W\d_]+", source))
    if _norm(source) == _norm(english) and (sv_src >= 2 or ordinary >= 4):
        return [Flag("untranslated", "the English is the Swedish source, unchanged")]
    if sv_src < 2:  # a heading, a name, a number: may legitimately stay as it is
        return []
    sv, en = swedish_share(english)
    if sv >= 2 and sv > en:
        return [Flag("untranslated", f"the English still reads as Swedish ({sv} Swedish function words, {en} English)")]
    return []
