"""Person names: detection, fullest mention, pronoun and role-noun resolution.

Without a NER model a person's name is a run of capitalised words that is not
an organisation, a place or a capitalised common word (a word the article also
uses in lower case, or a sentence-initial function word).  The speaker of a
quote is always reported at the *fullest* mention in the article
(``says Ylva`` → ``Ylva Berner-Kallin``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import CONTACT_LABELS, NAME_PARTICLES
from .lexicon import (
    COMMON_CAPITALISED,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_WORDS,
    PLACES,
    PRONOUNS,
    is_role_word,
)

_TOKEN = re.compile(r"[^\W\d_][\w’'.:&-]*", re.UNICODE)
_PARTICLES = NAME_PARTICLES
_GENITIVE = re.compile(r"(?:['’]s|['’])$")


def clean_token(tok: str) -> str:
    """A token without trailing punctuation or an English possessive (``Svensson's`` → ``Svensson``)."""
    tok = tok.rstrip(".:,;")
    return _GENITIVE.sub("", tok)


def is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


def _first_name(tok: str) -> bool:
    low = tok.lower().split("-")[0]
    return low in FEMALE_NAMES or low in MALE_NAMES


def looks_like_title(tok: str) -> bool:
    """A capitalised title glued to a name: a Swedish definite noun (``Festivalgeneralen``) or an
    English agent noun (``Superintendent``, ``Councillor``), never a known first name."""
    low = tok.lower()
    if low in FEMALE_NAMES or low in MALE_NAMES or "-" in tok:
        return False
    if len(low) >= 8 and low.endswith(("en", "et", "rn")):
        return True
    return len(low) >= 8 and low.endswith(("or", "ist", "ian", "ent", "ant"))


# bounded local part: an unbounded \S+ before @ backtracks quadratically on a long run without spaces
_ADDRESSES = re.compile(r"[^\s@]{1,64}@\S+|https?://\S+|www\.\S+")


_CONTACT_LABELS = CONTACT_LABELS


def _wrapped_line(text: str, end: int) -> bool:
    """Does the line ending at ``end`` look hard-wrapped (long, no sentence end), so a name may go on
    on the next line ("Chief Executive Kim\nBerglund"), unlike a short contact line ("Kim Berglund\nTelefon")?"""
    line_start = text.rfind("\n", 0, end) + 1
    return end - line_start >= 40


@dataclass(slots=True)
class Run:
    """A run of capitalised tokens (with name particles) in the article text."""

    start: int
    end: int
    tokens: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


_MIDDLE_INITIAL = re.compile(r"[A-ZÅÄÖ]\.")
_NAME_NEXT = re.compile(r" [A-ZÅÄÖ][a-zåäöéü]")


def capital_runs(text: str, start: int = 0, end: int | None = None) -> list[Run]:
    """Runs of capitalised words separated by single spaces (no punctuation between them)."""
    end = len(text) if end is None else end
    runs: list[Run] = []
    cur: Run | None = None
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group(0)
        tok = raw.rstrip(".:")
        tok_end = m.start() + len(tok)
        gap = text[cur.end : m.start()] if cur else ""
        joinable = cur is not None and (
            gap == " " or gap == "\n" and _wrapped_line(text, cur.end) and tok.lower() not in _CONTACT_LABELS
        )
        if joinable and cur is not None and _MIDDLE_INITIAL.fullmatch(raw) and _NAME_NEXT.match(text, m.end()):
            cur.tokens.append(raw)  # "Kim H. Berglund": a middle initial keeps the name together
            cur.end = m.end()
            continue
        if is_cap(tok) or (joinable and tok in _PARTICLES):
            if joinable and cur is not None and not re.search(r"['’]s?$", cur.tokens[-1]):
                cur.tokens.append(tok)
                cur.end = tok_end
            else:
                cur = Run(m.start(), tok_end, [tok])
                runs.append(cur)
            if raw != tok or tok.endswith(("’s", "'s")):
                cur = None  # "Name." or "Name's" ends the run
        else:
            cur = None
    for r in runs:  # particles never end a name
        while r.tokens and r.tokens[-1] in _PARTICLES:
            r.tokens.pop()
            r.end = r.start + len(" ".join(r.tokens))
    return [r for r in runs if r.tokens]


@dataclass(slots=True)
class NameIndex:
    """Every capitalised run of an article, for fullest-mention and antecedent look-ups."""

    text: str
    runs: list[Run] = field(default_factory=list)
    lower_vocab: frozenset[str] = frozenset()
    _token_cache: dict[tuple[str, bool], bool] = field(default_factory=dict)
    _names: dict[int, tuple[Run, list[str]]] = field(default_factory=dict)
    _fullest: dict[str, str] = field(default_factory=dict)
    _by_token: dict[str, list[list[str]]] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str) -> NameIndex:
        plain = _ADDRESSES.sub(" ", text)  # "hans.ek@umu.se" says nothing about "Ek"
        vocab = frozenset(m.group(0) for m in re.finditer(r"\b[^\W\d_A-ZÅÄÖÆØÉÜ][\w-]*", plain) if m.group(0).islower())
        index = cls(text, capital_runs(text), vocab)
        for run in index.runs:  # person-name parts of every run, by first and last token
            toks = index.name_tokens(run)
            if toks:
                index._by_token.setdefault(toks[0], []).append(toks)
                if toks[-1] != toks[0]:
                    index._by_token.setdefault(toks[-1], []).append(toks)
        return index

    def is_name_token(self, tok: str, *, first: bool = True) -> bool:
        """Could ``tok`` be part of a person's name?  Place names only as a surname (``Anna Lund``)."""
        key = (tok, first)
        hit = self._token_cache.get(key)
        if hit is None:
            hit = self._token_cache[key] = self._is_name_token(tok, first)
        return hit

    def _is_name_token(self, tok: str, first: bool) -> bool:
        t = clean_token(tok)
        low = t.lower()
        if t and is_cap(t) and (low in FEMALE_NAMES or low in MALE_NAMES):
            return True  # "Hans Ek": a first name even where the word is also a pronoun
        if not t or not is_cap(t) or low in COMMON_CAPITALISED or low in ORG_WORDS or (first and low in PLACES):
            return False
        if is_role_word(t) or low in PRONOUNS:
            return False
        if t.isupper() and len(t) > 1:  # acronyms: SISP, IVA, WIN
            return False
        if any(ch.isdigit() for ch in t):
            return False
        return low not in self.lower_vocab or low in FEMALE_NAMES or low in MALE_NAMES

    def name_tokens(self, run: Run) -> list[str]:
        """The person-name part of a run: role words and common words at the edges removed."""
        cached = self._names.get(id(run))
        if cached is not None and cached[0] is run:
            return list(cached[1])
        out = self._name_tokens(run)
        if not out and len(run.tokens) == 1:  # "Lund said" after "Anders Lund": a place name used as a surname
            tok = clean_token(run.tokens[0])
            if is_cap(tok) and any(len(t) >= 2 and t[-1] == tok for t in self._by_token.get(tok, [])):
                out = [tok]
        self._names[id(run)] = (run, out)
        return list(out)

    def _name_tokens(self, run: Run) -> list[str]:
        toks = [clean_token(t) for t in run.tokens]
        cut = [i for i, t in enumerate(toks) if 0 < i < len(toks) - 2 and is_role_word(t) and not _first_name(t)]
        if cut:  # "Local MP Claire Hughes", "Labour councillor Jo Reed": the name follows the title
            tail = toks[cut[-1] + 1 :]
            if all(self.is_name_token(t, first=(n == 0)) for n, t in enumerate(tail[:2])):
                toks = tail
        while toks and not self.is_name_token(toks[0]):
            toks.pop(0)
        out: list[str] = []
        for t in toks:
            if self.is_name_token(t, first=not out) or (out and t in _PARTICLES):
                out.append(t)
            else:
                break
        while out and out[-1] in _PARTICLES:
            out.pop()
        if len(out) >= 3 and looks_like_title(out[0]):
            out.pop(0)  # "Festivalgeneralen Johanna Ek", "Superintendent Mary Cole"
        elif (
            len(out) >= 2 and _first_name(out[1]) and not _first_name(out[0]) and "-" not in out[0]
            and not (len(out) >= 3 and self.text[max(0, run.start - 2) : run.start] == ", ")  # "chief executive, Siobhan Marie Kearney"
            and (len(out[0]) >= 7 or out[0].lower().endswith(("or", "er", "ist", "ent", "ant", "ian", "en", "et")))
        ):
            out.pop(0)  # "Councillor Helen Hayden": a known first name follows an unknown word
        out = out[:4]
        # a middle initial is written with its full stop ("Kim H. Berglund"), as the run kept it
        return [t + "." if len(t) == 1 and t.isupper() and 0 < i < len(out) - 1 else t for i, t in enumerate(out)]

    def fullest(self, name: str) -> str:
        """The fullest mention in the text that extends ``name`` (first name or surname)."""
        if name in self._fullest:
            return self._fullest[name]
        result = self._compute_fullest(name)
        self._fullest[name] = result
        return result

    def _compute_fullest(self, name: str) -> str:
        want = name.split()
        if not want:
            return name
        best = want
        for toks in self._by_token.get(want[0], []) + self._by_token.get(want[-1], []):
            if len(toks) <= len(best):
                continue
            n = len(want)
            if toks[:n] == want or toks[-n:] == want:
                extra = toks[n:] if toks[:n] == want else toks[:-n]
                if all(self.is_name_token(t, first=False) for t in extra if t not in _PARTICLES and not _MIDDLE_INITIAL.fullmatch(t)):
                    best = toks
        result = " ".join(best)
        return result if self._occurs(result) else name

    def _occurs(self, name: str) -> bool:
        return re.search(re.escape(name).replace(r"\ ", r"\s+"), self.text) is not None

    def last_mention(self, names: list[str], before: int, gender: str | None = None) -> str | None:
        """The person among ``names`` mentioned last before offset ``before`` (by any of their name tokens)."""
        best: tuple[int, str] | None = None
        for full in names:
            if gender in ("f", "m") and guess_gender(full) not in (gender, None):
                continue
            toks = [t for t in full.split() if t not in _PARTICLES]
            pattern = r"\b(?:" + "|".join(re.escape(t) for t in toks) + r")\b"
            for m in re.finditer(pattern, self.text[:before]):
                if best is None or m.start() > best[0]:
                    best = (m.start(), full)
        return best[1] if best else None


def guess_gender(full_name: str) -> str | None:
    """``"f"``/``"m"`` from a common first name, ``None`` when unknown."""
    first = full_name.split()[0].lower() if full_name.split() else ""
    first = first.split("-")[0]
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


def role_matches(noun: str, role: str | None) -> bool:
    """Does a role noun in an attribution (``vd:n``, ``drottningen``, ``the CEO``) fit a person's role?"""
    if not role:
        return False
    n = noun.lower().removeprefix("the ").replace(":n", "").strip()
    r = role.lower()
    stems = {n, n.removesuffix("en"), n.removesuffix("n"), n.removesuffix("et")}
    return any(len(s) >= 2 and (s in r.split() or r.endswith(s) or s.endswith(r.split()[-1])) for s in stems)
