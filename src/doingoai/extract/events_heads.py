"""Bodies named before, for events: a capitalised head noun alone ("trúng cử vào Hội đồng" after "Hội đồng Nhân
quyền Liên Hợp Quốc") and an election's or admission's seat with no body after it ("được bầu làm thành viên",
"trúng cử nhiệm kỳ 2020 – 2021") -> the organisation or body named before (a synthetic mention, ``via="anaphora"``).
Used by :func:`doingoai.extract.events_demonstratives.demonstrative_mentions`."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_qa import question_before
from doingoai.extract.events_seat import term_body
from doingoai.extract.textscan import matches_at, occurs
from doingoai.model import Document, Mention

# a body or organisation called by its head noun alone, capitalised: "trúng cử vào Hội đồng" after "Hội đồng Nhân quyền"
_HEADS: Final = (
    "Hội đồng",
    "Ủy ban",
    "Uỷ ban",
    "Diễn đàn",
    "Hiệp hội",
    "Liên minh",
    "Liên đoàn",  # "khôi phục tư cách thành viên Liên đoàn" after "Liên đoàn Ả-rập" (round 117)
    "Tổ chức",
    "Nghị viện",
    "Quỹ",
    "Ngân hàng",
    "Phong trào",  # "Hội nghị Cấp cao ... của Phong trào" after "Phong trào Không liên kết"
)
_HEADS_LOW: Final = tuple(h.lower() for h in _HEADS)
_HEAD_PAIRS: Final = tuple((h, h.lower()) for h in _HEADS)  # (lower-cased once, not per name start tested)
_HEAD: Final = re.compile(r"\b(?:" + "|".join(_HEADS) + r")(?![^\W\d_]| [A-ZĐÀ-Ỹ])")
# a seat in an election or admission whose body is not written after it: "được bầu làm thành viên"
_SEAT: Final = re.compile(
    r"(?:thành|ủy|uỷ) viên(?: (?:chính thức|không thường trực|thường trực|đầy đủ))?(?![^\W\d_])"
)
_SEAT_FIRSTS: Final = ("thành viên", "ủy viên", "uỷ viên")
_TERM: Final = re.compile(r"(?:(?<=trúng cử )|(?<=đắc cử )|(?<=tái cử ))nhiệm kỳ(?![^\W\d_])")
_SEAT_BEFORE: Final = re.compile(r"\b(?:bầu|trúng cử|đắc cử|tái cử|trở thành|kết nạp)(?: làm| vào| là)? $")
_ORGS: Final = ("organisation", "body")
_ADMITS: Final = re.compile(
    r"\s+(?:(?:đã|sẽ|dự kiến|đồng ý|nhất trí|quyết định|chính thức|vừa)\s+){0,2}kết nạp\b"
)
_HEAD_REACH: Final = (
    600  # the body it points back to: at most this many characters before, in this or the previous paragraph
)


@lru_cache(maxsize=1024)
def _head_vi(code: str) -> str:
    """The lower-cased Vietnamese name of ``code`` when it starts with a head noun ("hiệp hội các quốc gia ..."),
    else ""."""
    e = gazetteer.entry(code)
    vi = e.vi.lower() if e is not None and e.vi else ""
    return vi if vi.startswith(_ABBR_HEADS) else ""


# the heads an abbreviation's name may be called by ("Tổ chức", "Ủy ban", "Quỹ" are left out: "Tổ chức các hoạt
# động ..." opens many sentences, and a body's head is written with its full name before it)
_ABBR_HEADS: Final = ("hiệp hội", "phong trào", "liên minh", "diễn đàn")
_ABBR_HEADS_CAP: Final = (
    "Hiệp hội",
    "Phong trào",
    "Liên minh",
    "Liên đoàn",  # "khôi phục tư cách thành viên Liên đoàn" after "Liên đoàn Ả-rập" (round 117)
    "Diễn đàn",
)  # (looked for first: most texts lack them)


def head_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic mentions (``via="anaphora"``) of the organisation or body a short reference points back to:
    a capitalised head noun alone ("Hội đồng", "Ủy ban") -> the nearest name before it that starts with it
    ("Hội đồng Nhân quyền Liên Hợp Quốc"); a member seat with no body after it ("Việt Nam được bầu làm thành
    viên.") -> the nearest organisation or body named before it in the sentence or the two sentences before."""
    text = doc.text
    out: list[Mention] = []
    starts = [m.start for m in mentions]
    # only a head word some organisation or body named in the document starts with can point back to it
    named = {
        x.start
        for x in mentions
        if x.kind in _ORGS and x.via != "anaphora" and low.startswith(_HEADS_LOW, x.start)
    }
    # an organisation named by its abbreviation whose Vietnamese name starts with the head ("ASEAN": "Hiệp hội
    # các quốc gia Đông Nam Á"): "trở thành thành viên thứ mười của Hiệp hội" after "Hội nghị Cấp cao ASEAN"
    abbr = (
        {
            x.start: v
            for x in mentions
            if x.kind in _ORGS
            and (v := _head_vi(x.code))
            and x.via != "anaphora"
            and x.start not in named
            and text[x.start : x.end].isupper()
        }
        if any(occurs(text, h) for h in _ABBR_HEADS_CAP)
        else {}
    )
    heads = tuple(
        h
        for h, hl in _HEAD_PAIRS
        if any(low.startswith(hl, i) for i in named) or any(v.startswith(hl) for v in abbr.values())
    )
    for m in matches_at(text, _HEAD, heads) if heads else ():
        s, e = m.span()
        k = bisect_left(starts, s)
        if k < len(mentions) and mentions[k].start == s or k > 0 and mentions[k - 1].end > s:
            continue  # the head word of a name
        head = m.group(0).lower()
        while k > 0 and s - mentions[k - 1].end <= _HEAD_REACH:
            x = mentions[k - 1]
            if (
                x.kind in _ORGS
                and x.via != "anaphora"
                and (low.startswith(head, x.start) or abbr.get(x.start, "").startswith(head))
            ):
                out.append(Mention(s, e, x.code, x.kind, "anaphora"))
                break
            k -= 1
    seats = list(matches_at(low, _SEAT, _SEAT_FIRSTS)) if "viên" in low else []
    if occurs(low, "cử nhiệm kỳ"):  # "trúng cử nhiệm kỳ 2020 – 2021": the seat of the body named before
        seats = sorted(seats + list(matches_at(low, _TERM, ("nhiệm kỳ",))), key=lambda m: m.start())
    sent_starts = [x.start for x in doc.sentences] if seats else []
    for m in seats:
        s, e = m.start(), m.end()
        admits = _ADMITS.match(low, e) is not None  # "các nước thành viên (dự kiến) kết nạp X": the members
        if not admits and _SEAT_BEFORE.search(low, max(0, s - 25), s) is None:
            continue
        k = bisect_left(starts, e)
        nxt = mentions[k] if k < len(mentions) else None
        if (
            not admits
            and nxt is not None
            and nxt.start - e <= 40
            and not any(c in text[e : nxt.start] for c in ".;:")
        ):
            continue  # "thành viên không thường trực Hội đồng Bảo an": the body is named
        j = bisect_left(sent_starts, s + 1) - 1
        lo = doc.sentences[max(0, j - 2)].start if j >= 0 else 0
        if j >= 0:
            block = doc.sentences[j].block
            while j > 0 and doc.sentences[j - 1].block == block and doc.sentences[j - 1].start >= lo:
                j -= 1
            lo = doc.sentences[j].start
        found = _org_before(mentions, starts, lo, s)
        question = (
            question_before(doc, s) if found is None else None
        )  # an answer: the body its question names
        if question is not None:
            found = _org_before(mentions, starts, *question)
        if found is not None and m.group(0) == "nhiệm kỳ":  # a term is a seat on a body (events_seat)
            found = term_body(low, mentions, starts, found, s)
        if found is not None:
            out.append(
                Mention(
                    s,
                    e,
                    country_of(found.code) if found.via != "anaphora" else found.code,
                    found.kind,
                    "anaphora",
                )
            )
    return out


def _org_before(mentions: list[Mention], starts: list[int], lo: int, hi: int) -> Mention | None:
    """The last organisation or body named in ``[lo, hi)``."""
    for x in reversed(mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]):
        if x.kind in _ORGS and x.end <= hi:
            return x
    return None
