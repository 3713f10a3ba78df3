"""Language identification: :func:`detect`, :class:`LanguageDetector`, :class:`LanguageStep`.

>>> from nlptools.langid import detect
>>> detect("Hej! Det här är en svensk text om vädret.").language
'sv'

The default method is a cascade chosen by ``benchmarks/langid.py``: py3langid
decides when it is sure, lingua (restricted to a few plausible languages and
their confusion groups) together with py3langid and fastText decides the rest.
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
