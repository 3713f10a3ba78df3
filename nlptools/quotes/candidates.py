"""Finding quote candidates in the units of an article (before speakers are resolved).

Each :class:`Candidate` holds the quote's parts (offsets into ``Article.text``),
the speaker reference as written (or ``None`` when only context tells), the
cue label and the attribution's own role/organisation.
"""

from __future__ import annotations

from .lexicon import FIRST_PERSON_EN, FIRST_PERSON_SV  # noqa: I001

import re
from dataclasses import dataclass

from . import attribution as attr
from . import context as ctx
from .attribution import SpeakerRef
from .lexicon import SPEECH_VERBS, SPEECH_VERBS_EN
from .mentions import plausible_person
from .organisations import parse_apposition
from .marks import DOUBLE_MARKS, MarkSpan, find_mark_spans
from .speakers import NameIndex, capital_runs
from .structure import Unit

_PAREN_SPEAKER = re.compile(r"\(\s*([^()]{3,90})\)\s*$")


@dataclass(slots=True)
class Candidate:
    """A quote found in the text, speaker not yet resolved."""

    parts: list[tuple[int, int]]
    ref: SpeakerRef | None
    cue: str
    inherit: bool = False  # speaker from the previous quote (continuation)
    context_unit: int | None = None  # speaker from this unit's first person (quote-marks-context)
    unit: int = 0


def trim_part(text: str, s: int, e: int, *, attributed: bool) -> tuple[int, int]:
    """Strip spaces, a trailing comma, and a final full stop when an attribution follows."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    if attributed and e > s and text[e - 1] == "." and text[e - 3 : e] != "...":
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    return s, e


def _is_speechlike(text: str, s: int, e: int) -> bool:
    words = text[s:e].split()
    return len(words) >= 4 or text[s:e].rstrip().endswith(("?", "!"))


def _speech_like(text: str) -> bool:
    """A sentence rather than a list item: final punctuation, or at least eight words."""
    t = text.rstrip().rstrip("”\"»")
    return t.endswith((".", "!", "?", "…")) or len(t.split()) >= 8


def _is_lone_question(text: str) -> bool:
    """One short question (an interviewer's), e.g. ``Hur känns det?``."""
    t = text.strip()
    return t.endswith("?") and len(t.split()) <= 12 and not re.search(r"[.!?]\s", t[:-1])


def _first_closing_mark(text: str, start: int, end: int) -> int | None:
    """The first quote mark in closing position in ``text[start:end]``, before any opening one."""
    for j in range(start, end):
        if text[j] in DOUBLE_MARKS:
            before = text[j - 1] if j > start else " "
            after = text[j + 1] if j + 1 < end else " "
            if not before.isspace() and (after.isspace() or after in ",.;:!?"):
                return j
            return None
    return None


def _sentence_bounds(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int]:
    """The sentence of ``text[lo:hi]`` around the span ``s..e``."""
    start = lo
    for m in re.finditer(r"[.!?]\s+", text[lo:s]):
        start = lo + m.end()
    m = re.search(r"[.!?](?:\s|$)", text[e + 1 : hi])
    end = e + 1 + m.end() if m else hi
    return start, end


_THIRD_PERSON_START = re.compile(r"^(?:Han|Hon|Hen|De|He|She|They)\s+[a-zåäö]")


def _narration_after(text: str, att_end: int, resume: int, end: int) -> bool:
    """Is what follows a mid attribution narration rather than the quote going on?

    Narration: it starts on a new line, with a third-person pronoun (``Han ansåg …``), or in lower
    case without a first-person word (``, och fortsätter:``; but ``, så får vi …`` goes on).
    """
    rest = text[resume:end].strip()
    if not rest or "\n" in text[att_end:resume] or _THIRD_PERSON_START.match(rest):
        return True
    clause = re.split(r"[,.:;!?]", rest, maxsplit=1)[0]
    return rest[:1].islower() and not (FIRST_PERSON_SV.search(clause) or FIRST_PERSON_EN.search(clause))


class Walker:
    """Walks the body units in order and collects candidates."""

    def __init__(self, text: str, units: list[Unit], index: NameIndex) -> None:
        self.text = text
        self.units = units
        self.index = index
        self.out: list[Candidate] = []
        self.consumed: set[int] = set()

    # -- helpers ---------------------------------------------------------
    def _intro_before(self, k: int) -> SpeakerRef | None:
        """The speaker introduced by the unit before unit ``k`` when it ends in a colon or comma."""
        if k == 0:
            return None
        prev = self.units[k - 1]
        if prev.is_dash or prev.is_title:
            return None
        tail = prev.text.rstrip()
        if not tail.endswith((":", ",")):
            return None
        return ctx.intro(self.text, prev.start, prev.end, self.index)

    def _narrated_subject(self, lo: int, open_: int, inner_s: int, inner_e: int) -> SpeakerRef | None:
        """The person a paragraph's narration is about, for a first-person quote closing the paragraph:
        the previous sentence must start with the full name and the quote must follow a full stop."""
        text = self.text
        before = text[lo:open_].rstrip()
        if not before.endswith((".", "!", "?")) or not (
            FIRST_PERSON_SV.search(text[inner_s:inner_e]) or FIRST_PERSON_EN.search(text[inner_s:inner_e])
        ):
            return None
        start = lo
        for m in re.finditer(r"[.!?]\s+(?=[A-ZÅÄÖ])", text[lo : lo + len(before) - 1]):
            start = lo + m.end()
        runs = capital_runs(text, start, lo + len(before))
        if not runs or runs[0].start != start:
            return None
        toks = self.index.name_tokens(runs[0])
        if len(toks) < 2 or text.find(toks[0], runs[0].start) != start:
            return None
        ns = start
        ne = text.find(toks[-1], ns) + len(toks[-1])
        return SpeakerRef("name", text[ns:ne], ns, ne)

    def _context_allows(self, k: int) -> bool:
        """A bare quote-mark paragraph is speech only after narration naming someone (not "Motiveringen lyder:")."""
        if k == 0 or self.units[k - 1].is_title:
            return False
        prev = self.units[k - 1]
        if prev.text.rstrip().endswith(":"):
            return False  # a colon without a speaker introduces a document, a motivation, a list
        if self.out and self.out[-1].unit == k - 1:
            return True  # right after someone's quote
        q = prev.text.strip()
        if q.endswith("?") and len(q.split()) <= 20 and not any(c in q for c in DOUBLE_MARKS):
            return True  # an interviewer's question, then the answer in quote marks
        first = prev.text.split()[:1]
        if first and first[0] in ("Hon", "Han", "Hen", "She", "He") and self.out and self.out[-1].unit == k - 2:
            return True  # quote, "Hon tror att …", quote: the same speaker goes on
        return any(len(self.index.name_tokens(r)) >= 2 for r in capital_runs(self.text, prev.start, prev.end))

    def _next_sentence_at(self, k: int):
        """``Det säger X`` / ``That is how X describes it`` opening unit ``k`` (a narration unit)."""
        if k >= len(self.units) or self.units[k].is_dash or self.units[k].is_title:
            return None
        u = self.units[k]
        return ctx.next_sentence(self.text, u.start, u.end, self.index)

    def _speaker_line_at(self, k: int) -> SpeakerRef | None:
        if k >= len(self.units) or self.units[k].is_title:
            return None
        u = self.units[k]
        return ctx.speaker_line(self.text, u.start - len(u.dash), u.end, self.index)

    # -- dash quotes -----------------------------------------------------
    def walk(self) -> list[Candidate]:
        units = self.units
        pending: list[int] = []
        k = 0
        while k < len(units):
            u = units[k]
            if u.is_title or k in self.consumed:
                k += 1
                continue
            if u.is_dash:
                if pending and (ref := self._speaker_line_at(k)) is not None:
                    self._emit_run(pending, None, ref, "speaker-line")
                    pending = []
                    k += 1
                    continue
                k = self._dash(k, pending)
                continue
            self._marks(k)
            k += 1
        return self.out

    def _emit_run(self, run: list[int], last: tuple[int, int] | None, ref: SpeakerRef | None, cue: str, **kw: object) -> None:
        parts = [trim_part(self.text, self.units[i].start, self.units[i].end, attributed=False) for i in run]
        if last is not None:
            parts.append(last)
        parts = [p for p in parts if p[0] < p[1]]
        if parts:
            self.out.append(Candidate(parts, ref, cue, unit=run[0] if run else 0, **kw))  # type: ignore[arg-type]

    def _dash(self, k: int, pending: list[int]) -> int:
        text, u = self.text, self.units[k]
        if not pending and self._speaker_line_at(k) is not None and k > 0 and not self.units[k - 1].is_dash:
            return k + 1  # "— Lisa Holm, inköpschef, Byggbolaget Norr" under a testimonial
        run_start = pending[0] if pending else k
        intro = self._intro_before(run_start)
        # "(Nivi Holm från Grönfjord)" closing the quote
        pm = _PAREN_SPEAKER.search(u.text)
        if pm:
            ps = u.start + pm.start()
            ref = ctx.speaker_line(text, ps, u.end, self.index)
            if ref is not None:
                last = trim_part(text, u.start, ps, attributed=False)
                self._emit_run(list(pending), last, ref, "speaker-line")
                pending.clear()
                return k + 1
        found = attr.find_in_dash(text, u.start, u.end, self.index)
        if found is not None:
            qend, att = found
            last = trim_part(text, u.start, qend, attributed=True)
            mid = att.resume is not None and att.resume < u.end
            cue = "dash-mid" if mid else "pronoun" if att.ref.kind in ("pronoun", "rolenoun") else "dash-after"
            if mid and _narration_after(text, att.end, att.resume or u.end, u.end):
                mid, cue = False, "pronoun" if att.ref.kind in ("pronoun", "rolenoun") else "dash-after"
            self._emit_run(list(pending), last, att.ref, cue)
            pending.clear()
            if mid:
                self._resume(att.resume or u.end, u.end, att.ref)
            return k + 1
        # attribution in the next sentence: "Det säger Maria Sandell, …" (same unit or the next)
        for m in re.finditer(r"[.!?…]\s+", u.text):
            ns = ctx.next_sentence(text, u.start + m.end(), u.end, self.index)
            if ns is not None:
                last = trim_part(text, u.start, u.start + m.end(), attributed=False)
                self._emit_run(list(pending), last, ns.ref, "dash-next-sentence")
                pending.clear()
                return k + 1
        nxt = self.units[k + 1] if k + 1 < len(self.units) else None
        if nxt is not None and not nxt.is_dash:
            ns = ctx.next_sentence(text, nxt.start, nxt.end, self.index)
            if ns is not None:
                self._emit_run(pending + [k], None, ns.ref, "dash-next-sentence")
                pending.clear()
                return k + 1
            ref = self._speaker_line_at(k + 1)
            if ref is not None:
                self._emit_run(pending + [k], None, ref, "speaker-line")
                pending.clear()
                return k + 2
        if nxt is not None and nxt.is_dash and nxt.block == u.block + 1 and self._speaker_line_at(k + 1) is None:
            if not pending and _is_lone_question(u.text) and attr.find_in_dash(text, nxt.start, nxt.end, self.index):
                return k + 1  # "– Hur känns det?" / "– Det känns bra, säger X.": an interviewer's question
            pending.append(k)
            return k + 1
        if nxt is not None and nxt.is_dash and self._speaker_line_at(k + 1) is not None:
            pending.append(k)
            return k + 1
        run = pending + [k]
        pending.clear()
        if not all(_speech_like(self.units[i].text) for i in run):
            return k + 1  # a bulleted list with dashes ("– Bättre kvalitet"), not speech
        if intro is not None:
            self._emit_run(run, None, intro, "dash-before-colon")
        elif not self._after_bare_colon(run[0]):  # "Målen är:" + dashes is a list, not speech
            self._emit_run(run, None, None, "dash-continuation", inherit=True)
        return k + 1

    def _after_bare_colon(self, k: int) -> bool:
        prev = self.units[k - 1] if k > 0 else None
        return prev is not None and not prev.is_dash and not prev.is_title and prev.text.rstrip().endswith(":")

    def _resume(self, s: int, e: int, ref: SpeakerRef) -> None:
        """The quote continuing after a mid attribution, possibly with its own attribution."""
        found = attr.find_in_dash(self.text, s, e, self.index)
        if found is not None:
            qend, att = found
            part = trim_part(self.text, s, qend, attributed=True)
            self.out.append(Candidate([part], att.ref, "dash-mid"))
            if att.resume is not None and att.resume < e:
                self._resume(att.resume, e, att.ref)
            return
        part = trim_part(self.text, s, e, attributed=False)
        if part[0] < part[1]:
            self.out.append(Candidate([part], ref, "dash-mid"))

    # -- unmarked speech ----------------------------------------------------
    def _unmarked(self, k: int) -> None:
        """``Jag har aldrig sett något liknande, säger Karl Berg.``: first-person speech whose dash was lost."""
        text, u = self.text, self.units[k]
        found = attr.find_in_dash(text, u.start, u.end, self.index)
        if found is None:
            return
        qend, att = found
        if att.resume is not None or att.ref.kind == "group" or text[att.end : u.end].strip():
            return
        if att.verb in ("enligt", "according to"):
            return  # "enligt X" reports, it does not quote
        part = trim_part(text, u.start, qend, attributed=True)
        first_person = FIRST_PERSON_EN if att.verb in SPEECH_VERBS_EN else FIRST_PERSON_SV
        if first_person.search(text[part[0] : part[1]]) and len(text[part[0] : part[1]].split()) >= 4:
            self.out.append(Candidate([part], att.ref, "unmarked-verb", unit=k))

    # -- quote marks -----------------------------------------------------
    def _chain(self, k: int, parts: list[tuple[int, int]]) -> tuple[int, int, list[MarkSpan]] | None:
        """Follow a quote left open at the end of unit ``k`` into the next paragraphs.

        English style re-opens each paragraph (``“…`` / ``“… ,” she said``); Swedish style
        may only close it in the last one (``Nu tar vi nästa steg”, säger …``).  Appends the
        parts and returns ``(last unit, closing mark offset or -1, spans of the last unit)``.
        """
        text = self.text
        kk, close, spans = k, -1, None
        while close < 0 and kk + 1 < len(self.units) and not self.units[kk + 1].is_dash:
            nu = self.units[kk + 1]
            nspans = find_mark_spans(text, nu.start, nu.end)
            if nspans and nspans[0].open == nu.start:
                first = nspans[0]
                parts.append((first.inner_start, first.inner_end(nu.end)))
                kk, close, spans = kk + 1, first.close, nspans
            else:
                j = _first_closing_mark(text, nu.start, nu.end)
                if j is None or (nspans and nspans[0].open < j):
                    break
                parts.append((nu.start, j))
                kk, close, spans = kk + 1, j, [MarkSpan(nu.start, j)] + find_mark_spans(text, j + 1, nu.end)
            self.consumed.add(kk)
        return None if spans is None else (kk, close, spans)

    def _name_after(self, pos: int, end: int) -> SpeakerRef | None:
        """A person's full name right after a closing quote mark, with a short source note and no verb."""
        tail = self.text[pos:end]
        if len(tail.split()) > 14 or any(w.strip(",.") in SPEECH_VERBS for w in tail.split()):
            return None
        lead = len(tail) - len(tail.lstrip(" –—-,"))
        runs = capital_runs(self.text, pos + lead, min(end, pos + lead + 60))
        if not runs or runs[0].start != pos + lead:
            return None
        toks = self.index.name_tokens(runs[0])
        if len(toks) < 2 or not plausible_person(" ".join(toks)):
            return None
        ns = self.text.find(toks[0], runs[0].start)
        ne = self.text.find(toks[-1], ns) + len(toks[-1])
        return SpeakerRef("name", self.text[ns:ne], ns, ne, parse_apposition(self.text[ne:end]))

    def _marks(self, k: int) -> None:
        text, u = self.text, self.units[k]
        spans = find_mark_spans(text, u.start, u.end)
        if not spans:
            self._unmarked(k)
            return
        prev_end = u.start
        i = 0
        cur = k  # the unit the spans belong to: a chained quote moves it forward, never back
        while i < len(spans):
            sp = spans[i]
            inner_s, inner_e = sp.inner_start, sp.inner_end(u.end)
            parts = [(inner_s, inner_e)]
            close = sp.close
            kk = cur
            if close < 0:  # a quote running over paragraphs
                chained = self._chain(cur, parts)
                if chained is not None:
                    kk, close, spans = chained
                    cur, u, i, sp = kk, self.units[kk], 0, chained[2][0]
            after = close + 1 if close >= 0 else u.end
            att = attr.attribution_at(text, after, u.end, self.index) if close >= 0 else None
            if att is not None and att.ref.kind == "group" and len(text[inner_s:inner_e].split()) < 4:
                att = None
            if att is not None:
                cue = "pronoun" if att.ref.kind in ("pronoun", "rolenoun") else "quote-marks-verb"
                ps = [trim_part(text, s, e, attributed=(n == len(parts) - 1)) for n, (s, e) in enumerate(parts)]
                self.out.append(Candidate(ps, att.ref, cue, unit=k))
                prev_end = att.end
                # "A," said X. "B."  →  B is the same speaker (quote-marks-mid)
                if i + 1 < len(spans) and text[att.end : spans[i + 1].open].strip(" ,\n") == "":
                    nsp = spans[i + 1]
                    n_after = nsp.close + 1 if nsp.close >= 0 else u.end
                    if nsp.close < 0 or attr.attribution_at(text, n_after, u.end, self.index) is None:
                        self.out[-1].cue = "quote-marks-mid" if cue != "pronoun" else cue
                        part = trim_part(text, nsp.inner_start, nsp.inner_end(u.end), attributed=False)
                        self.out.append(Candidate([part], att.ref, self.out[-1].cue, unit=k))
                        prev_end = n_after
                        i += 2
                        continue
                i += 1
                continue
            words = len(text[inner_s:inner_e].split())
            if close >= 0 and words >= 4 and not text[u.start : sp.open].strip() and i == len(spans) - 1:
                ref = self._name_after(after, u.end)
                if ref is not None:  # pull quote: '"…" Kim Berglund i artikeln 9 maj'
                    ps = [trim_part(text, s, e, attributed=False) for s, e in parts]
                    self.out.append(Candidate(ps, ref, "speaker-line", unit=k))
                    prev_end = u.end
                    i += 1
                    continue
            before = text[prev_end : sp.open]
            whole = text[u.start : sp.open].strip() == "" and text[after : u.end].strip(" .,") == ""
            if before.rstrip().endswith(":") and words >= 3:
                ref = ctx.intro(text, prev_end, sp.open, self.index)
                if ref is not None:
                    ps = [trim_part(text, s, e, attributed=False) for s, e in parts]
                    self.out.append(Candidate(ps, ref, "quote-marks-colon", unit=k))
                    prev_end = after
                    i += 1
                    continue
            pref = ctx.partial(text, after, u.end, self.index) if close >= 0 else None
            if pref is None and close >= 0 and not whole and words >= 2 and text[inner_s : inner_s + 1].islower():
                lo, hi = _sentence_bounds(text, u.start, u.end, sp.open, close)
                pref = ctx.sentence_speaker(text, lo, sp.open, close + 1, hi, self.index)
            if pref is not None:
                self.out.append(Candidate([trim_part(text, inner_s, inner_e, attributed=False)], pref, "partial-quote", unit=k))
                i += 1
                continue
            tail = close >= 0 and not whole and words >= 6 and text[after : u.end].strip(" .,") == ""
            if tail and (ref := self._narrated_subject(u.start, sp.open, inner_s, inner_e)) is not None:
                # "Jonna Sivertsen fick idén i Norge. ”Svampen gör jobbet … Det tog oss tre år.”"
                self.out.append(Candidate([trim_part(text, inner_s, inner_e, attributed=False)], ref, "quote-marks-context", unit=k))
                i += 1
                continue
            if whole and words >= 6:
                ps = [trim_part(text, s, e, attributed=False) for s, e in parts]
                ref = self._speaker_line_at(kk + 1)
                if ref is not None:
                    self.consumed.add(kk + 1)
                    self.out.append(Candidate(ps, ref, "speaker-line", unit=k))
                elif (intro := self._intro_before(k)) is not None:
                    self.out.append(Candidate(ps, intro, "quote-marks-colon", unit=k))
                elif (ns := self._next_sentence_at(kk + 1)) is not None:  # "”…”" / "That is how X describes it."
                    self.out.append(Candidate(ps, ns.ref, "quote-marks-context", unit=k))
                elif self._context_allows(k):
                    self.out.append(Candidate(ps, None, "quote-marks-context", context_unit=k - 1, unit=k))
            prev_end = after
            i += 1
