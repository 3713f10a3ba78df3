"""Direct quotes with speaker attribution (Swedish and English conventions).

>>> from nlptools.quotes import extract_quotes
>>> [q.speaker for q in extract_quotes("Rubrik\\n\\n– Det är bra, säger Eva Ek, vd på Ekbolaget.")]
['Eva Ek']
"""

from __future__ import annotations

from .extract import extract_quotes

__all__ = ["extract_quotes"]
