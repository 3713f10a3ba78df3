"""Language codes, the default candidate set and the confusion groups.

Codes are ISO 639-1.  Norwegian is split into ``nb`` (Bokmål) and ``nn``
(Nynorsk), as lingua and the benchmark data do; backends that only know a
generic ``no`` (py3langid, fastText, langdetect) have it mapped to ``nb``,
because about nine in ten Norwegian texts are written in Bokmål.  A caller
may pass ``no`` in ``languages``: it means both ``nb`` and ``nn``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..errors import ConfigError

#: Undetermined (ISO 639-2 ``und``).
UND = "und"

#: The default candidate set of :class:`~nlptools.langid.LanguageDetector`:
#: the languages of Europe plus the major world languages that lingua,
#: py3langid and fastText all know.  Restricting the set makes detection
#: faster and more accurate; pass ``languages=`` to use another one.
DEFAULT_LANGUAGES: tuple[str, ...] = (
    # Nordic
    "sv", "da", "nb", "nn", "fi", "is",
    # Western / Southern Europe
    "en", "de", "nl", "fr", "es", "pt", "it", "ca", "eu", "ga", "cy",
    # Central / Eastern Europe and the Baltics
    "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "ro", "bg", "mk", "sq", "el",
    "et", "lv", "lt", "ru", "uk", "be", "tr",
    # Major world languages (and languages common among readers in Sweden)
    "ar", "fa", "he", "hi", "ur", "zh", "ja", "ko", "vi", "th", "id", "ms", "sw", "so",
)  # fmt: skip

#: Groups of languages that detectors confuse with each other.  When the fast
#: model is unsure, the accurate model always compares a whole group, so that
#: e.g. Swedish, Danish, Bokmål and Nynorsk are weighed against each other.
CONFUSION_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"sv", "da", "nb", "nn", "is", "fo"}),
    frozenset({"cs", "sk", "pl"}),
    frozenset({"ru", "uk", "be", "bg", "mk"}),
    frozenset({"hr", "sr", "bs", "sl"}),
    frozenset({"es", "pt", "it", "ca", "gl"}),
    frozenset({"lt", "lv"}),
    frozenset({"fi", "et"}),
    frozenset({"de", "nl", "af"}),
    frozenset({"id", "ms"}),
    frozenset({"ar", "fa", "ur"}),
    frozenset({"zh", "ja"}),
)

_GROUP_OF: dict[str, frozenset[str]] = {}
for _group in CONFUSION_GROUPS:
    for _code in _group:
        _GROUP_OF[_code] = _GROUP_OF.get(_code, frozenset({_code})) | _group

#: Codes that backends emit → our codes.
_ALIASES = {"no": "nb", "zh-cn": "zh", "zh-tw": "zh", "iw": "he", "in": "id", "ji": "yi"}


def normalise_code(code: str) -> str:
    """A backend's language label → our ISO 639-1 code (``no`` → ``nb``, ``zh-cn`` → ``zh``)."""
    code = code.strip().lower().replace("_", "-")
    return _ALIASES.get(code, code)


def known_codes() -> frozenset[str]:
    """Every code some backend can produce (lingua's and py3langid's sets, without importing them)."""
    return _KNOWN


def resolve_languages(languages: Iterable[str] | None) -> tuple[str, ...]:
    """Validate and normalise a candidate set; ``None`` gives :data:`DEFAULT_LANGUAGES`.

    Raises :class:`~nlptools.errors.ConfigError` for an unknown code or an empty set.
    """
    if languages is None:
        return DEFAULT_LANGUAGES
    if isinstance(languages, str):
        languages = [part for part in languages.split(",")]
    out: list[str] = []
    for raw in languages:
        if not raw.strip():
            continue
        codes = ["nb", "nn"] if raw.strip().lower() == "no" else [normalise_code(raw)]
        for code in codes:
            if code not in _KNOWN:
                raise ConfigError(
                    f"unknown language code {raw!r}.",
                    fix="use ISO 639-1 codes such as sv, da, nb, nn, en, de (nb/nn for Norwegian).",
                )
            if code not in out:
                out.append(code)
    if not out:
        raise ConfigError("the language set is empty.", fix="pass at least one ISO 639-1 code, or None for the default set.")
    return tuple(out)


def expand_groups(codes: Iterable[str], allowed: Sequence[str]) -> set[str]:
    """``codes`` plus every member of their confusion groups, within ``allowed``."""
    out: set[str] = set()
    for code in codes:
        out |= _GROUP_OF.get(code) or {code}
    return out.intersection(allowed)


# lingua 2.x (75 languages) ∪ py3langid (97) — as ISO 639-1 codes.
_KNOWN = frozenset(
    """af am an ar as az ba be bg bn br bs ca cs cy da de dz el en eo es et eu fa fi fo fr fy ga gd gl gu
    he hi hr ht hu hy id is it ja jv ka kk km kn ko ku ky la lb lg ln lo lt lv mg mi mk ml mn mr ms mt my
    nb ne nl nn no oc om or pa pl ps pt qu ro ru rw sa se si sk sl sn so sq sr st sv sw ta te tg th tl tk tn
    tr ts tt ug uk ur uz vi vo wa xh yo zh zu""".split()
)
