"""Which code the gold writers give an entity our gazetteer names with another code (actor code conventions).

    .venv/bin/python bench/actor_codes.py [--all] [--sets DIR ...]

Over the gold events of every set that is not held back (tests/data/probe, heldout, heldout2 ... except the sets
listed in tests/data/held_back.txt, and ../shared/gold), each gold event's evidence strings are read by the
mention finder. A mention whose code (or its entry's ``parent``/``country``) is among the event's gold actors and
recipients agrees with the writers: a vote for our own code. Where, in one evidence string, exactly one gold code
is left unmatched and exactly one code of our mentions is left unused, the two are paired: the writers wrote that
gold code for the entity we call by ours. Votes are counted per set (a set counts once per code, however many
events), and the table lists, per entity (our code), each code written and in how many sets (``^``: its parent, or a
person's country, written for it: a grouping, shown but not weighed against the entity's own code), with a verdict:

* ``rename -> G``: SCHEMA.md is silent on both codes, neither is an ISO country code, G is no other entity of the
  gazetteer, G is written in at least 2 more sets than any other code and ours in fewer sets than G (or none);
* ``fixed`` (SCHEMA.md or ISO code involved), ``other entity`` (G is another gazetteer entry), ``split``.

Only entities where some set writes another code are listed (``--all``: every entity seen).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
if not SHARED.exists():  # (a worktree beside the main checkout)
    SHARED = Path("/work/shared")


def held_back() -> set[str]:
    path = DATA / "held_back.txt"
    names = {x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and x[0] != "#"}
    return names


def gold_sets() -> list[tuple[str, Path]]:
    """(name, events gold file) of every set not held back, in numeric order."""
    skip = held_back()
    out: list[tuple[str, Path]] = []
    for d in DATA.iterdir():
        m = re.fullmatch(r"heldout(\d*)", d.name)
        if not (d.name == "probe" or m) or d.name in skip:
            continue
        gold = d / "gold" / "events.probe.jsonl"
        if gold.exists():
            out.append((d.name, gold))
    out.sort(key=lambda x: (x[0] != "probe", int(re.sub(r"\D", "", x[0]) or 1)))
    seeds = SHARED / "gold" / "events.seeds.jsonl"
    if seeds.exists():
        out.append(("shared/gold", seeds))
    return out


@lru_cache(maxsize=1)
def schema_codes() -> frozenset[str]:
    """The codes SCHEMA.md names (in backquotes, upper-case)."""
    text = (SHARED / "SCHEMA.md").read_text(encoding="utf-8")
    return frozenset(re.findall(r"`([A-Z][A-Z0-9_]+)`", text))


def expansions(code: str) -> set[str]:
    """A mention's code and the codes an event may write for it (its entry's parent, a person's country)."""
    from doingoai.extract import gazetteer

    out = {code}
    e = gazetteer.entry(code)
    if e is not None:
        for key in ("parent", "country"):
            v = e.attr(key)
            if isinstance(v, str) and v:
                out.add(v)
    return out


ACTOR_KINDS = ("organisation", "body", "party", "collective", "country", "person")


def pairs_of(event: dict) -> list[tuple[str, str]]:
    """(our code, gold code) per paired mention of one gold event's evidence strings: a mention whose code the
    gold lists (or its parent's, a person's country) pairs with itself; then, of what is left in one evidence
    string, the one gold code that is no country with the one actor mention (no country, no agreement) unused (of
    several, the one whose code SCHEMA.md does not fix)."""
    from doingoai.extract import gazetteer
    from doingoai.extract.mentions import mentions_in

    gold = set(event.get("actors", [])) | set(event.get("recipients", []))
    out: list[tuple[str, str]] = []
    evidence = event.get("evidence") or []
    for text in [evidence] if isinstance(evidence, str) else evidence:
        ours = {m.code: m.kind for m in mentions_in(text) if m.kind in ACTOR_KINDS}
        used: set[str] = set()
        unused: set[str] = set()
        for code, kind in ours.items():
            hit = expansions(code) & gold
            if code in gold:
                out.append((code, code))
            else:  # (the writers wrote its parent, or a person's country, for it)
                out += [(code, c) for c in sorted(hit)]
            if hit:
                used |= hit
            elif kind not in ("country", "person"):
                unused.add(code)
        left = {c for c in gold - used if not gazetteer.is_country(c)}
        # (a SCHEMA.md code left unused is another mention: the writers write those as fixed)
        if len(unused) > 1:
            unused -= schema_codes()
        if len(left) == 1 and len(unused) == 1:
            out.append((next(iter(unused)), next(iter(left))))
    return out


def tabulate(sets: list[tuple[str, Path]]) -> dict[str, dict[str, set[str]]]:
    """our code -> gold code -> the sets writing it."""
    table: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for ours, theirs in pairs_of(json.loads(line)):
                table[ours][theirs].add(name)
    return table


def verdict(ours: str, counts: dict[str, set[str]], fixed: set[str]) -> str:
    from doingoai.extract import gazetteer

    # (a parent written for the entity — ASEAN for ASEAN+3 — is its grouping, not another name: shown, not weighed)
    names = {c: s for c, s in counts.items() if c == ours or c not in expansions(ours)} or {ours: set()}
    ranked = sorted(names, key=lambda c: (-len(names[c]), c))
    top = ranked[0]
    if top == ours:
        return "ours"
    n_top = len(names[top])
    n_next = max((len(names[c]) for c in ranked[1:]), default=0)
    n_ours = len(names.get(ours, ()))
    if ours in fixed or top in fixed or gazetteer.is_country(ours) or gazetteer.is_country(top):
        return "fixed"
    if gazetteer.entry(top) is not None:
        return "other entity"
    if n_top >= n_next + 2 and n_ours < n_top:
        return f"rename -> {top}"
    return "split"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="every entity seen, not only those written otherwise")
    ap.add_argument("--sets-named", action="store_true", help="also name the sets behind each count")
    ap.add_argument("--sets", nargs="*", type=Path, help="set directories (default: every set not held back)")
    args = ap.parse_args(argv)
    if args.sets:
        skip = held_back()
        sets = [(d.name, d / "gold" / "events.probe.jsonl") for d in args.sets if d.name not in skip]
    else:
        sets = gold_sets()
    fixed = schema_codes()
    table = tabulate(sets)
    print(f"# {len(sets)} sets; per entity (our code): code written by the gold writers (sets; ^ parent)")
    for ours in sorted(table):
        counts = table[ours]
        if not args.all and set(counts) == {ours}:
            continue
        up = expansions(ours) - {ours}
        row = ", ".join(
            f"{c}{'^' if c in up else ''} {len(s)}"
            for c, s in sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        )
        if args.sets_named:
            row += "  [" + "; ".join(f"{c}: {' '.join(sorted(s))}" for c, s in sorted(counts.items())) + "]"
        print(f"{ours:<18} {verdict(ours, counts, fixed):<22} {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
