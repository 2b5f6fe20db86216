"""Speed round 10 (docs/decisions.md): patterns opening on a word boundary compiled so that a search can skip
ahead (extract/rx_boundary.py), and enum members read from a plain object (extract/members.py). Both change
how fast, never what is found: every rewritten pattern of the package finds the same matches as the plain
compile on random texts made of its own words; the members are the enum's own objects."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import doingoai.extract as extract_pkg
from doingoai.extract import trigger_scan
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import compile_fast
from doingoai.extract.vi_regex import Cue
from doingoai.model import EventKind, Status

_SRC = Path(extract_pkg.__file__).parent


def _modules():
    for info in pkgutil.iter_modules(extract_pkg.__path__):
        yield importlib.import_module(f"doingoai.extract.{info.name}")


def _rewritten() -> list[re.Pattern[str]]:
    """Every module-level pattern (and cue) of the package whose code differs from the plain compile's."""
    out, seen = [], set()
    for mod in _modules():
        for value in vars(mod).values():
            rx = value.rx if isinstance(value, Cue) else value
            if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str) and id(rx) not in seen:
                seen.add(id(rx))
                if rx != re.compile(rx.pattern, rx.flags):
                    out.append(rx)
    for entries in trigger_scan.head_entries().values():  # the lexicon's triggers, "(?<![\\w])" first
        for _, rx, *_ in entries:
            if id(rx) not in seen and rx != re.compile(rx.pattern, rx.flags):
                seen.add(id(rx))
                out.append(rx)
    return out


def _texts(pattern: str, rng: random.Random, n: int) -> list[str]:
    """Random texts of the pattern's own words and letters, with word characters, digits and punctuation beside
    them (so that each word occurs at, inside and after word boundaries)."""
    words = re.findall(r"[^\W\d_]+", pattern) or ["a"]
    pieces = [*words, *words, "x", "á", "_", "7", " ", " ", ",", ".", "(", "\n", "-", "ấ"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _same(a: re.Pattern[str], b: re.Pattern[str], texts: list[str], rng: random.Random) -> bool:
    for s in texts:
        i = rng.randint(0, len(s))
        j = rng.randint(i, len(s))
        spans = [(m.span(), m.groups()) for m in a.finditer(s, i, j)]
        if spans != [(m.span(), m.groups()) for m in b.finditer(s, i, j)]:
            return False
        ma, mb = a.search(s, i, j), b.search(s, i, j)
        if (ma and (ma.span(), ma.groups())) != (mb and (mb.span(), mb.groups())):
            return False
    return True


def test_the_package_has_rewritten_patterns():
    found = {rx.pattern for rx in _rewritten()}
    assert len(found) >= 20
    assert r"\bhợp tác\b" in found  # events_parties._HOP_TAC
    assert any(
        p.startswith(r"(?<!\w)(?<!\w-)(?:") for p in found
    )  # trigger_scan's triggers that start before their head (rx_boundary.WORD_START, session 9)


def test_every_rewritten_pattern_finds_what_the_plain_one_finds():
    patterns = _rewritten()
    for index, rx in enumerate(patterns):
        rng = random.Random(index)
        plain = re.compile(rx.pattern, rx.flags)
        assert rx.groups == plain.groups and rx.groupindex == plain.groupindex and rx.flags == plain.flags
        assert _same(plain, rx, _texts(rx.pattern, rng, 300), rng), rx.pattern


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bcùng\s+(?:\d+|hai)",
        r"\b(?:nếu như|giả sử|nếu)\s+x",
        r"\b(?P<a>xy|z)b",
        r"(?<![\w])(?:ab|cd)e?",
        r"\b(?:lời|sự|việc|hành động)\s+$",
        r"\bkéo dài\b",
        r"\b(?:a(?:b|c)|d)\b",
    ],
)
def test_listed_patterns_are_rewritten_and_equal(pattern):
    rng = random.Random(pattern)
    fast = compile_fast(pattern)
    assert fast != re.compile(pattern) and fast.pattern == pattern
    assert _same(re.compile(pattern), fast, _texts(pattern, rng, 3000), rng)


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"\b(?:a|)b", 0),  # an empty alternative: no first word
        (r"\b[A-Z]x", 0),  # a first class
        (r"\b(?:các )?nước", 0),  # an optional first item
        (r"\bnước", re.IGNORECASE),
        (r"\bnước", re.ASCII),
        (r"\b,x", 0),  # not a word character after the boundary
        (r"x\by", 0),
    ],
)
def test_what_it_does_not_recognise_is_compiled_as_it_is(pattern, flags):
    assert compile_fast(pattern, flags) == re.compile(pattern, flags)


def test_a_wrong_rewrite_is_caught():
    """The harness tells a boundary dropped (the rewrite's one risk) from a kept one."""
    rng = random.Random(3)
    pattern = r"\bcùng\s+hai"
    assert not _same(re.compile(pattern), re.compile(pattern[2:]), _texts(pattern, rng, 3000), rng)


def test_members_are_the_enum_objects():
    for enum_class in (EventKind, Status):
        ns = members(enum_class)
        for name, member in enum_class.__members__.items():
            assert getattr(ns, name) is member


_K_READERS = (
    *("events_draft", "events_no_event", "events_same_time", "events_standing", "events_inner_parties"),
    *("events_roles", "events_kind", "events_span", "events_sides"),
    *("events_parties", "events_signing", "events_unstated", "events_status_date"),
)


@pytest.mark.parametrize("module", _K_READERS)
def test_every_k_read_names_a_member(module):
    """``K`` is typed Any there: a misspelt member would fail at run time only, so the sources are checked."""
    source = (_SRC / f"{module}.py").read_text(encoding="utf-8")
    assert "K = members(EventKind)" in source
    names = set(re.findall(r"(?<![\w.])K\.([A-Za-z_]\w*)", source))
    assert names and names <= set(EventKind.__members__)


def test_without_the_internals_everything_compiles_as_it_is(monkeypatch):
    """Python 3.10 (no ``re._parser``) or internals that fail the import-time check: plain compiles."""
    from doingoai.extract import rx_boundary

    monkeypatch.setattr(rx_boundary, "_READY", False)
    assert compile_fast(r"\bcùng\s+hai") == re.compile(r"\bcùng\s+hai")
    assert rx_boundary._works()  # (this Python's internals pass the check)
