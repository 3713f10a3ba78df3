"""Offline checks that mark an English sentence "check this", one module per family.

Every check compares a Swedish source with its English rendering and returns
:class:`Flag` objects (the check's name and a reason a communicator can act
on).  None needs a model, except :mod:`.logprob`, which scores a translation
with the CTranslate2 model that produced it when one is at hand.

* :mod:`.numbers` — numbers, dates, times, currency, percentages
* :mod:`.verbatim` — URLs, e-mails, phone numbers and names copied verbatim
* :mod:`.untranslated` — English that is still Swedish (the source returned)
* :mod:`.omission` — sentences per paragraph, length ratio band
* :mod:`.repetition` — repeated output
* :mod:`.negation` — negation polarity
* :mod:`.terms` — glossary compliance and one rendering per term
* :mod:`.quotes` — quote count and the numbers/negation inside each quote
* :mod:`.logprob` — the MT model's length-normalised log-probability
"""

from __future__ import annotations

from .base import Flag
from .run import check_document, check_pair, check_paragraph

__all__ = ["Flag", "check_document", "check_pair", "check_paragraph"]
