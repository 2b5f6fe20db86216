"""Terse dated fragments set as list items: a lecture's slides, a timeline, a fact sheet. "• 18/1/1950: thiết lập quan hệ
ngoại giao", "• 27/11/2023: Nhật Bản – Đối tác chiến lược toàn diện", "• Hiệp định phân định Vịnh Bắc Bộ: ký
25/12/2000", "• Hàn Quốc: lập quan hệ ngoại giao 22/12/1992". A fragment has no subject and often no verb; the
trigger pass, which needs a named party in the clause, reads nothing in it.

A list item reads as an event here when it is short, holds a date, and is one of three shapes:

* ties set up: "(thiết) lập quan hệ ngoại giao", "bình thường hóa quan hệ" -> relations.establish;
* a partnership's rank as the item's whole predicate: "<date>: (<state> –) Đối tác (hợp tác) chiến lược (toàn diện)",
  "<date>: Đối tác toàn diện" -> relations.upgrade;
* an instrument, then ": ký <date>" -> agreement.sign.

A signing of an instrument the gazetteer knows the parties of ("VKFTA: ký 5/5/2015") is by those parties, when Vietnam
is one. Other parties are Vietnam and the one foreign state the item names, else the one foreign state the heading above it
names (a slide's title "1. Trung Quốc: từ bình thường hóa đến đối tác", "1. Việt Nam – Ấn Độ: …"); Vietnam only in a
text whose title names it (the lecture is on Vietnam's relations). An item naming two foreign states or more, or
under a heading naming two, is left alone (whose is it?), as is one whose sentence has a subject of its own: the
trigger pass reads those.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any, Final

from doingoai.extract import gazetteer
from doingoai.extract.dates import dates_in
from doingoai.extract.events_fragment_pairs import ESTABLISH, MAX_PAIRS_ITEM, pair_events
from doingoai.extract.events_merge import Draft
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.model import BlockType, Document, EventKind, Status, by_start

MAX_FRAGMENT = 140  # characters of a list item read as a fragment
_HEAD_BACK = 30  # blocks a slide's items may run under its title

# "<date>: (<state> –) Đối tác …" or "<state>: Đối tác … <date>": the rank is the whole predicate
_RANK: Final = re.compile(
    r"(?:(?:(?:nâng\s+(?:cấp\s+)?(?:quan\s+hệ\s+)?)?lên\s+)?)đối\s+tác\s+(?:hợp\s+tác\s+)?"
    r"(?:chiến\s+lược(?:\s+toàn\s+diện|\s+sâu\s+rộng)?|toàn\s+diện)(?![\w])"
)
_SIGNED: Final = re.compile(r":\s*(?:được\s+)?ký(?:\s+kết)?\s+(?:ngày\s+|năm\s+|tháng\s+)?\d")
_DATE_OPEN: Final = re.compile(r"(?:ngày\s+|năm\s+|tháng\s+)?\d{1,4}(?:/\d{1,4}){0,2}\s*[:–-]\s*")


def fragment_events(doc: Document, low: str, sentences: list[Any], index: Any, ctx: Any) -> list[Draft]:
    """One event per dated fragment list item of the shapes above."""
    blocks = doc.blocks
    items = [
        k for k, b in enumerate(blocks) if b.type is BlockType.LIST_ITEM and b.end - b.start <= MAX_PAIRS_ITEM
    ]
    if not items:
        return []
    title = next((b for b in blocks if b.type is BlockType.TITLE), None)
    if title is None or not any(m.code == "VNM" for m in index.between(title.start, title.end)):
        return []
    starts = [s.start for s in sentences]
    out: list[Draft] = []
    for k in items:
        b = blocks[k]
        kind = _kind(low, b.start, b.end)
        if kind is None or kind is EventKind.RELATIONS_ESTABLISH:
            pairs = pair_events(doc, low, k, index, ctx, sentences, starts)
            if pairs:  # ("• Lào 5/9/1962 – Cu-ba 2/12/1960" under "o lập quan hệ ngoại giao")
                out.extend(pairs)
                continue
        if kind is None or b.end - b.start > MAX_FRAGMENT:
            continue
        dates = ctx.dates_in(b.start, b.end) or dates_in(low[b.start : b.end])  # (a year opening an item)
        if not dates:
            continue
        mentions = index.between(b.start, b.end)
        if any(m.kind in ORG_KINDS for m in mentions):
            continue  # ("EU: thiết lập quan hệ ngoại giao với Lào …": an organisation's ties, not Vietnam's)
        named = [m for m in mentions if m.kind == "country"]
        foreign = list(dict.fromkeys(m.code for m in named if m.code != "VNM"))
        if len(foreign) > 1:
            continue
        parties = (
            _instrument_parties(doc, b.start, b.end)
            if kind is EventKind.AGREEMENT_SIGN and not foreign
            else ()
        )
        if parties:  # "VKFTA: ký 5/5/2015": the parties the instrument is known by
            if "VNM" not in parties:
                continue
            actors = parties
        else:
            partner = foreign[0] if foreign else _heading_partner(doc, k, index)
            if not partner:
                continue
            actors = ("VNM", partner)
        j = bisect_right(starts, b.start) - 1
        if j < 0 or sentences[j].end < b.end - 1:
            continue  # (an item of one sentence)
        sent = sentences[j]
        out.append(Draft(kind, actors, (), dates[0].value, Status.OCCURRED, (sent.start, sent.end)))
    return out


def _instrument_parties(doc: Document, s: int, e: int) -> tuple[str, ...]:
    """The states a bilateral or regional instrument the item (``s``–``e``) names is known to bind (the
    gazetteer's "parties"), when it names one such instrument; else ()."""
    ms = doc.mentions
    k = bisect_left(ms, s, key=by_start)
    codes: list[str] = []
    while k < len(ms) and ms[k].start < e:
        if ms[k].kind == "agreement" and ms[k].code not in codes:
            codes.append(ms[k].code)
        k += 1
    if len(codes) != 1:
        return ()
    entry = gazetteer.entry(codes[0])
    parties = tuple(entry.attr("parties") or ()) if entry else ()
    return parties if len(parties) >= 2 else ()


def _kind(low: str, s: int, e: int) -> EventKind | None:
    # (speed round 28) each pattern searched only when a word all its matches hold is there: "quan" (both of
    # ESTABLISH's phrases), ":" and "ký" (_SIGNED), "đối" (_RANK)
    t = low[s:e]
    if "quan" in t and ESTABLISH.search(t):
        return EventKind.RELATIONS_ESTABLISH
    if "ký" in t and ":" in t and _SIGNED.search(t):
        return EventKind.AGREEMENT_SIGN
    m = _RANK.search(t) if "đối" in t else None
    if m is None:
        return None
    # the rank is the predicate: what comes before it is a date or a state's name, set off by ":" or a dash
    head = t[: m.start()].rstrip()
    if head and head[-1] not in ":–-" and not _DATE_OPEN.fullmatch(t[: m.start()]):
        return None
    return EventKind.RELATIONS_UPGRADE


def _heading_partner(doc: Document, k: int, index: Any) -> str:
    """The one foreign state the heading over block ``k`` names (with Vietnam or alone), or ""."""
    j = k - 1
    while j >= 0 and k - j <= _HEAD_BACK:
        b = doc.blocks[j]
        if b.type is BlockType.TITLE:
            return ""
        if b.type is BlockType.HEADING:
            codes = list(dict.fromkeys(m.code for m in index.between(b.start, b.end) if m.kind == "country"))
            foreign = [c for c in codes if c != "VNM"]
            if len(foreign) == 1:
                return foreign[0]
            return _label_partner(doc, j, k, index, foreign) if foreign else ""
        j -= 1
    return ""


def _label_partner(doc: Document, h: int, k: int, index: Any, named: list[str]) -> str:
    """Under a heading naming two states or more ("2. Nhật Bản và Hàn Quốc"), the one the nearest item above
    ``k`` opens with as its label ("• Nhật Bản: lập quan hệ …", its sub-items "– EPA: ký …" following it), when
    it is one of the heading's; else ""."""
    text = doc.text
    for j in range(k - 1, h, -1):
        b = doc.blocks[j]
        if b.type is not BlockType.LIST_ITEM:
            return ""
        first = index.between(b.start, b.end)
        m = first[0] if first else None
        if m is None or m.start != b.start or m.kind != "country" or text[m.end : m.end + 1] != ":":
            continue
        return m.code if m.code in named else ""
    return ""
