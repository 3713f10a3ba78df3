"""Turning speaker references into full names, roles and organisations.

* names → the fullest mention in the article (``Matilda`` → ``Matilda Berner-Kallin``);
* pronouns (``hon``, ``he``) → the last person mentioned before the quote, outside
  other quotes, agreeing in gender when the first name tells;
* role nouns (``drottningen``, ``vd:n``, ``the CEO``) → the person with that role;
* continuations → the previous quote's speaker;
* role and organisation: the attribution's own apposition first, then what the
  rest of the article says about the person (captions, leads, other attributions).
"""

from __future__ import annotations

from .lexicon import HONORIFICS  # noqa: I001

import bisect
import re
from dataclasses import dataclass

from . import attribution as attr
from . import context as ctx
from .candidates import Candidate
from .lexicon import ORG_WORDS, PRONOUNS
from .mentions import plausible_person
from .organisations import Profile, copula_profile, parse_apposition
from .orgnames import article_places
from .speakers import NameIndex, guess_gender, role_matches
from .structure import Unit


_WHERE = re.compile(r"([A-ZÅÄÖ][\w&-]*(?:\s+[A-ZÅÄÖ0-9][\w&-]*)*),\s+(?:där|where)\s+\Z")




@dataclass(slots=True)
class Resolved:
    speaker: str | None
    speakers: list[str] | None
    profile: Profile


class Resolver:
    """Speaker resolution over one article."""

    def __init__(self, text: str, units: list[Unit], index: NameIndex, candidates: list[Candidate]) -> None:
        self.text = text
        self.units = units
        self.index = index
        self.candidates = candidates
        self.quoted = [p for c in candidates for p in c.parts]
        self.quoted.sort()
        self._quoted_starts = [s for s, _e in self.quoted]
        self.profiles: dict[str, Profile] = {}
        self.first_seen: dict[str, int] = {}
        self._confirmed_cache: list[str] | None = None
        self._places: set[str] | None = None
        self._name_parts: set[str] | None = None
        self._build_profiles()

    # -- profiles --------------------------------------------------------
    def _add(self, name: str, prof: Profile, pos: int) -> str:
        full = self.index.fullest(name)
        self.profiles[full] = self.profiles.get(full, Profile()).merged(prof)
        self.first_seen.setdefault(full, pos)
        return full

    def _build_profiles(self) -> None:
        text = self.text
        mentions: list[tuple[int, str, Profile]] = []
        for u in self.units:  # caption / speaker lines
            ref = ctx.speaker_line(text, u.start - len(u.dash), u.end, self.index)
            if ref is not None and not u.is_title:
                mentions.append((ref.start, ref.text, ref.profile))
        for c in self.candidates:  # attributions
            ref = c.ref
            if ref is None:
                continue
            if ref.kind == "name":
                mentions.append((ref.start, ref.text, ref.profile))
            elif ref.kind == "joint":
                for n, p in zip(ref.names, ref.profiles, strict=True):
                    mentions.append((ref.start, n, p))
        for run in self.index.runs:  # narration: "researcher Martin Svedberg", "Torgerd Janning (S)"
            toks = self.index.name_tokens(run)
            if not toks or attr.is_org_run(text, run):
                continue
            if self._in_quote(run.start):
                continue
            ns = text.find(toks[0], run.start)
            ne = text.find(toks[-1], ns) + len(toks[-1])
            lo = max(text.rfind("\n", 0, ns) + 1, text.rfind(". ", 0, ns) + 2 if text.rfind(". ", 0, ns) >= 0 else 0, ns - 100)
            hi = min(len(text), ne + 160)
            nl = text.find("\n", ne)
            if nl >= 0:
                hi = min(hi, nl)
            if re.search(r"\b0\d{1,3}[-\s]\d{2,3}\s?\d{2}\s?\d{2}\b|\+\d{2}\s?\d|@\w", text[lo:hi]):
                continue  # contact blocks: phone numbers and e-mail addresses
            stop = re.search(r"(?<!\b[A-ZÅÄÖa-zåäö])[.!?]\s+(?=[A-ZÅÄÖ])", text[ne:hi])
            if stop:  # the apposition ends with its sentence
                hi = ne + stop.start() + 1
            pre, app = attr.prenominal(text, ns, lo), parse_apposition(text[ne:hi])
            if pre.organisation and not text[ne:hi].lstrip().startswith((",", "(")):
                app = Profile(app.role, None, app.party)  # "Hallbo IF:s tränare X vid Tallmovallen": where, not who
            prof = app.merged(pre).merged(copula_profile(text[ne:hi]))
            where = _WHERE.search(text, max(0, ns - 80), ns)
            if where and prof.role and not prof.organisation:  # "Automation Nord, där Peter Ljung är teknisk chef"
                prof.organisation = where.group(1)
            if len(toks) >= 2 or prof.role:
                mentions.append((ns, " ".join(toks), prof))
        for pos, name, prof in sorted(mentions, key=lambda m: m[0]):
            self._add(name, prof, pos)

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return any(s <= pos < e for s, e in self.quoted[max(0, i - 3) : i + 1])

    def _confirmed(self) -> list[str]:
        """Names we trust to be people: a role, party or organisation was seen, or they were quoted."""
        if self._confirmed_cache is None:
            quoted = {self.index.fullest(c.ref.text) for c in self.candidates if c.ref is not None and c.ref.kind == "name"}
            self._confirmed_cache = [
                n for n, p in self.profiles.items()
                if (not p.empty() or n in quoted or guess_gender(n) is not None) and self._person(n)
            ]
        return self._confirmed_cache

    def _person(self, name: str) -> bool:
        """Only plausible people are antecedents of pronouns and role nouns (no place, event or adjective)."""
        if self._places is None:
            self._places = article_places(self.text)
        if self._name_parts is None:  # words of the article's full names, computed once
            self._name_parts = {w for other in self.profiles if " " in other for w in other.split()}
        if " " not in name and guess_gender(name) is None and name not in self._name_parts:
            return False  # one word that is no known first name and no part of a full name: a place or a thing
        return plausible_person(name, self._places, ())

    def _last_person(self, before: int, gender: str | None = None) -> str | None:
        """The trusted person mentioned last before ``before``, outside quotes (else any two-word name)."""
        found = self._last_of(self._confirmed(), before, gender)
        if found is None:  # any full name that starts with a known first name
            found = self._last_of([n for n in self.profiles if len(n.split()) >= 2 and guess_gender(n) and self._person(n)], before, gender)
        if found is None and gender is None:  # else any two- or three-word proper name that is no organisation
            people = [
                n for n in self.profiles
                if 2 <= len(n.split()) <= 3 and self._person(n)
                and not any(t.lower() in ORG_WORDS or t.lower() in self.index.lower_vocab for t in n.split())
                and not re.search(rf"\b(?:i|in|från|from|till|to|på|at|vid|mot|towards|of)\s+{re.escape(n)}", self.text)
            ]  # never a place ("farmers in East Africa")
            found = self._last_of(people, before, None)
        return found

    def _last_of(self, names: list[str], before: int, gender: str | None) -> str | None:
        best: tuple[int, bool, str] | None = None  # (position, the whole name is written there, name)
        for full in names:
            if gender in ("f", "m") and guess_gender(full) not in (gender, None):
                continue
            toks = full.split()
            for n, tok in enumerate(toks):
                end = before
                while (i := self.text.rfind(tok, 0, end)) >= 0:
                    end = i + len(tok) - 1
                    if best is not None and (i < best[0] or i == best[0] and best[1]):
                        break
                    if self._in_quote(i):
                        continue
                    ok_left = i == 0 or not self.text[i - 1].isalnum()
                    j = i + len(tok)
                    ok_right = j >= len(self.text) or not self.text[j].isalnum() or self.text[j : j + 2] in ("s ", "’s", "'s")
                    if ok_left and ok_right:
                        # a shared surname ("Ritva Karlberg", "Viktor Karlberg") belongs to the name written in full there
                        lead = " ".join(toks[:n])
                        exact = self.text[max(0, i - len(lead) - 1) : i].strip() == lead if lead else True
                        best = (i, exact, full)
                        break
        return best[2] if best else None

    def _introduced_before(self, k: int) -> str | None:
        """A person presented (with role or organisation) at the start of the narration unit before unit ``k``."""
        if k <= 0 or self.units[k - 1].is_dash or self.units[k - 1].is_title:
            return None
        u = self.units[k - 1]
        sentences = [x for x in re.split(r"(?<=[.!?])\s+", u.text.strip()) if x]
        heads = [" ".join(sentences[0].split()[:8])] if sentences else []
        if len(sentences) > 1:  # "Alla är inte förtjusta. Per Andersson, som bor vid ån, oroar sig …"
            heads.append(" ".join(sentences[-1].split()[:3]))
        for n, head in enumerate(heads):
            best: tuple[int, str] | None = None
            for full in self._confirmed():
                if len(full.split()) < 2 or (self.profile_of(full).empty() and (n == 0 or guess_gender(full) is None)):
                    continue
                for tok in full.split():
                    i = re.search(rf"\b{re.escape(tok)}\b", head)
                    if i and (best is None or i.start() < best[0]):
                        best = (i.start(), full)
            if best is not None:
                return best[1]
        return None

    def _first_person_in(self, unit: Unit) -> str | None:
        names = self._confirmed()
        best: tuple[int, str] | None = None
        for full in names:
            for tok in full.split():
                i = self.text.find(tok, unit.start, unit.end)
                if i >= 0 and (best is None or i < best[0]):
                    best = (i, full)
        return best[1] if best else None

    def profile_of(self, name: str | None) -> Profile:
        return self.profiles.get(name, Profile()) if name else Profile()

    # -- resolution ------------------------------------------------------
    def resolve(self, cand: Candidate, previous: Resolved | None) -> Resolved:
        ref = cand.ref
        start = cand.parts[0][0]
        if ref is None:
            if cand.context_unit is not None and cand.context_unit >= 0:
                name = self._first_person_in(self.units[cand.context_unit]) or self._last_person(start)
                return Resolved(name, None, self.profile_of(name))
            introduced = self._introduced_before(cand.unit)
            if introduced is not None and (previous is None or introduced != previous.speaker):
                return Resolved(introduced, None, self.profile_of(introduced))
            if previous is not None and previous.speaker:
                return Resolved(previous.speaker, previous.speakers, previous.profile)
            name = self._last_person(start)
            return Resolved(name, None, self.profile_of(name))
        if ref.kind == "name":
            full = self.index.fullest(ref.text)
            if len(full.split()) == 1:
                full = self._match_known(full)
            own = ref.profile
            known = self.profile_of(full)
            if own.role and own.role.lower().rstrip(".") in HONORIFICS and known.role:
                own = Profile(None, own.organisation, own.party)  # "Dr Shah said" after "…, the co-founder, …"
            return Resolved(full, None, own.merged(known))
        if ref.kind == "joint":
            names = [self.index.fullest(n) for n in ref.names]
            profs = [(p.role, p.organisation, p.party) for p in ref.profiles]
            shared = Profile()
            if profs and all(p == profs[-1] for p in profs) or (len(profs) == 2 and profs[0] == (None, None, None) and "(" not in ref.text):
                shared = ref.profiles[-1]  # "säger Elin Vass och Tomas Öhrn, projektledare på X": both of them
            return Resolved(ref.text, names, shared)
        if ref.kind == "group":
            return Resolved(ref.text, None, ref.profile)
        if ref.kind == "rolenoun":
            holders = [n for n, p in self.profiles.items() if role_matches(ref.text, p.role)]
            if len(holders) == 1:
                return Resolved(holders[0], None, self.profile_of(holders[0]))
            if holders:
                pick = self._last_person(start) if self._last_person(start) in holders else holders[-1]
                return Resolved(pick, None, self.profile_of(pick))
        gender = PRONOUNS.get(ref.text.lower()) if ref.kind == "pronoun" else None
        if previous is not None and previous.speaker and previous.speakers is None:
            g = guess_gender(previous.speaker)
            last = self._last_person(start, gender)
            if last is None or last == previous.speaker or (gender in ("f", "m") and g == gender and last not in self._confirmed()):
                return Resolved(previous.speaker, None, previous.profile)
            return Resolved(last, None, self.profile_of(last))
        last = self._last_person(start, gender)
        return Resolved(last, None, self.profile_of(last))

    def _match_known(self, single: str) -> str:
        """A lone first name or surname → the one trusted full name that contains it."""
        hits = [n for n in self._confirmed() if single in n.split() and n != single]
        return hits[0] if len(hits) == 1 else single
