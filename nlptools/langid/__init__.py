"""Language identification: :func:`detect`, :class:`LanguageDetector`, :class:`LanguageStep`.

>>> from nlptools.langid import detect
>>> detect("Hej! Det här är en svensk text om vädret.").language
'sv'

The default method is a cascade chosen by ``benchmarks/langid.py``: fastText
decides longer texts when it is sure (not for Scandinavian languages), py3langid
decides when it is sure, and lingua, restricted to the few languages the fast
models found plausible, together with them decides the rest.
Norwegian is reported as ``nb`` (Bokmål) or ``nn`` (Nynorsk); a generic
Norwegian label from a backend counts as ``nb``.
"""

from __future__ import annotations

from .detector import METHODS, LanguageDetector, detect, get_detector
from .languages import CONFUSION_GROUPS, DEFAULT_LANGUAGES, UND
from .step import ArticleLanguage, LanguageStep

__all__ = [
    "ArticleLanguage",
    "CONFUSION_GROUPS",
    "DEFAULT_LANGUAGES",
    "LanguageDetector",
    "LanguageStep",
    "METHODS",
    "UND",
    "detect",
    "get_detector",
]
