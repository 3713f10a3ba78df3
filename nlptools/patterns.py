"""Line patterns shared by intake (paragraph kinds) and the summary filters.

One definition of the words that open a contact line ("Kontakt:", "Press
contact", "Tel", "E-post", …), so the paragraph that intake labels as byline or
contact furniture and the sentence the summary filter refuses are recognised by
the same list.  (The quotes package keeps its own, narrower pattern.)
"""

from __future__ import annotations

import re

#: Alternation of the words that open a contact line (Swedish and English), for use inside ``(?:…)\b``.
CONTACT_WORDS = (
    r"contact|kontakt|presskontakt|press contact|media contact|för mer information|for more information|"
    r"mer information|further information|tel|telefon|phone|mobile|mobil|e-?post|e-?mail|fax"
)
#: A line (or sentence) that opens with a contact word.
CONTACT_LINE = re.compile(rf"^\s*(?:{CONTACT_WORDS})\b", re.IGNORECASE)
