"""Events named without a verb: a dated treaty name and a named conflict.

* "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (1977)": an agreement named with its year is a
  signing in that year by its parties (from the gazetteer entry, else the countries named in it).
  A name without a year in the text ("triển khai EVFTA") is not a signing.
* "chiến tranh biên giới phía Bắc năm 1979": a named conflict is a conflict between the parties the
  gazetteer records for it (a period name like "Chiến tranh Lạnh" has no recipient and is skipped); one named
  without a year as the time of the sentence ("khi cuộc kháng chiến chống Mỹ ...") tells no event.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any, Final

from doingoai.extract.events_block_modes import SKIP_BLOCKS
from doingoai.extract.events_context import Context
from doingoai.extract.events_merge import Draft
from doingoai.extract.textscan import find_all
from doingoai.extract.triggers import NEGATION
from doingoai.model import Document, EventKind, Mention, Status
from doingoai.ordinals import NOT_IN_NUMBER

NAME_KINDS: Final = frozenset({"agreement", "conflict", "congress", "document"})
_YEAR_PAREN: Final = re.compile(r"\(\s*(?:năm\s+)?(\d{4})\s*\)")
_NAME_END: Final = re.compile(r"[.;:!?(]")
# a named war as the time of what the sentence tells ("khi cuộc kháng chiến ...", "Trong những năm kháng chiến ...")
_TIME_FRAME: Final = re.compile(
    r"\b(?:[Kk]hi|[Tt]rong(?: những năm| thời kỳ| thời gian)?|[Nn]hững năm|[Tt]hời(?: kỳ)?)\s+(?:cuộc\s+)?$"
)


_NOUNS: Final = (
    "Hiệp định",
    "Hiệp ước",
    "Công ước",
    "Nghị định thư",
    "Thỏa thuận",
    "Thoả thuận",
    "Bản ghi nhớ",
    "Tuyên bố chung",
    "Hiến chương",
)


def generic_names(doc: Document) -> list[tuple[int, int, int, str]]:
    """Capitalised agreement names followed by "(YEAR)": (start, end of name, end with year, year)."""
    out = []
    text = doc.text
    for noun in _NOUNS:  # where each occurs (the mentions pass's record): no regex pass over the whole text
        for i in find_all(text, noun):
            if i == 0 or not text[i - 1].isalnum():
                stop = _NAME_END.search(text, i + len(noun), i + len(noun) + 160)
                y = _YEAR_PAREN.match(text, stop.start()) if stop and text[stop.start()] == "(" else None
                if y:
                    out.append((i, stop.start(), y.end(), y.group(1)))  # type: ignore[union-attr]
    return sorted(out)


# "với Lào, nước Chủ tịch ASEAN năm 2016, góp phần ...": an appositive describes the name before it; the
# organisation and the year in it are no party and no date of the event around it
_APPOSITIVE: Final = re.compile(
    r", (?:nước|quốc gia|nền kinh tế) (?:[Cc]hủ tịch|[Cc]hủ nhà|[Đđ]iều phối|[Đđ]ăng cai)[^,;.:()\n]{0,60}+,"
)


def name_spans(doc: Document, generic: list[tuple[int, int, int, str]]) -> list[tuple[int, int]]:
    """Spans of names (agreements, conflicts, congresses, documents) and of appositives after a name: no
    trigger or actor inside counts."""
    spans = [(m.start, m.end) for m in doc.mentions if m.kind in NAME_KINDS]
    spans += [(s, e) for s, e, _, _ in generic]
    spans += [m.span() for m in _APPOSITIVE.finditer(doc.text)]
    return sorted(spans)


def named_events(doc: Document, ctx: Context, generic: list[tuple[int, int, int, str]]) -> list[Draft]:
    from doingoai.extract import gazetteer

    e: Any  # an entry, then an end offset
    parties: Any  # a tuple, then a list
    out: list[Draft] = []
    starts = [s.start for s in doc.sentences]
    covered: list[tuple[int, int]] = []
    for m in doc.mentions:
        if m.kind not in ("agreement", "conflict"):
            continue
        sent = _sentence(doc, starts, m)
        if sent is None or not _asserted(doc, ctx, m.start, sent):
            continue
        e = gazetteer.entry(m.code)
        if e is None:
            continue
        year = ctx.attached_date(m.end)
        if m.kind == "agreement":
            parties = tuple(e.attr("parties") or ())
            if len(parties) < 2 or not year:
                continue
            covered.append((m.start, m.end))
            d = Draft(
                EventKind.AGREEMENT_SIGN,
                parties,
                (),
                year,
                Status.OCCURRED,
                sent,
                (("agreement", m.code),),
            )
            out.append(d)
            if under_terms(doc.text, m.start, m.end):
                ctx.cache.setdefault(UNDER_TERMS, []).append(d)
        else:
            actors, recips = tuple(e.attr("actors") or ()), tuple(e.attr("recipients") or ())
            if (
                not actors
                or not recips
                or not year
                and _TIME_FRAME.search(doc.text, max(0, m.start - 24), m.start)
            ):
                continue  # "khi cuộc kháng chiến chống Mỹ ... bước vào giai đoạn quyết liệt": a time, no event told
            out.append(
                Draft(
                    EventKind.CONFLICT, actors, recips, year or e.date, Status.OCCURRED, sent, (), bool(year)
                )
            )
    countries = sorted((m.start, m.end, m.code) for m in doc.mentions if m.kind == "country")
    country_starts = [c[0] for c in countries]
    for s, e, _, year in generic:
        if any(a <= s < b for a, b in covered):
            continue
        parties = []
        for _cs, ce, code in countries[bisect_left(country_starts, s) : bisect_left(country_starts, e)]:
            if ce <= e and code not in parties:
                parties.append(code)
        sent = _sentence(doc, starts, Mention(s, e, "", "agreement"))
        if len(parties) < 2 and sent is not None and _PAIR_IN_NAME.search(doc.text, s, e):
            # "Hiệp định về ... giữa hai nước (2003)": the pair told before (round 22)
            parties = list(_pair_before(doc, s) or parties)
        if len(parties) >= 2 and sent is not None and _asserted(doc, ctx, s, sent, year):
            name = " ".join(doc.text[s:e].split())
            out.append(
                Draft(
                    EventKind.AGREEMENT_SIGN,
                    tuple(parties),
                    (),
                    year,
                    Status.OCCURRED,
                    sent,
                    (("agreement", name),),
                )
            )
    return out


# (round 179) the signings read off a name under "theo", kept in the Context.cache under this key until the
# learned reading has seen their sentence as read (it would read the sentence's names as signers), then dropped by
# :func:`drop_under_terms`
UNDER_TERMS: Final = "nominal: under the terms of"
# "Theo Hiệp định Giơ-ne-vơ năm 1954, sông Bến Hải ...", "cơ quan được lập theo Hiệp định Pa-ri năm
# 1973": the agreement named as the ground of what the sentence tells, under its terms; a mention, no signing
# told ("tiếp theo" is "next", not "under"). Only a name whose year runs on in the sentence ("năm 1954"): one
# labelled with its year in brackets ("theo Hiệp ước Asunción (1991)") is read by the writers as its signing (the
# dated-name convention of the module doc), so it stays
_UNDER: Final = re.compile(r"(?<![^\W\d_])(?<!tiếp )[Tt]heo\s+$")


def under_terms(text: str, start: int, end: int) -> bool:
    """Is the agreement name at ``start``..``end`` the object of "theo" (under its terms), its year not in
    brackets after it?"""
    return _UNDER.search(text, max(0, start - 12), start) is not None and not text[
        end : end + 3
    ].lstrip().startswith("(")


def drop_under_terms(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the signings read off an agreement named under "theo" (kept until now, see above)."""
    under = ctx.cache.pop(UNDER_TERMS, None)
    if not under:
        return drafts
    ids = {id(d) for d in under}
    return [d for d in drafts if id(d) not in ids]


def _sentence(doc: Document, starts: list[int], m: Mention) -> tuple[int, int] | None:
    k = bisect_right(starts, m.start) - 1
    if k < 0 or doc.sentences[k].end < m.end:
        return None
    s = doc.sentences[k]
    block = doc.blocks[s.block] if s.block < len(doc.blocks) else None
    if block is not None and block.type in SKIP_BLOCKS:
        return None
    return (s.start, s.end)


def _asserted(doc: Document, ctx: Context, pos: int, sent: tuple[int, int], year: str = "") -> bool:
    """Not quoted, not in a list of tasks or policies (unless the name's year is before the list's own date and the
    document's: "1. Thực hiện nghiêm Hiệp định X Việt Nam – Trung Quốc (2009)." in a task list), not negated."""
    if ctx.in_quote(pos):
        return False
    k = ctx.block_index(pos)
    if k is not None and k in ctx.modes and not _before(year, ctx.modes[k].date, ctx.period):
        return False
    before = doc.text[max(sent[0], pos - 40) : pos].lower().split()[-4:]
    return not NEGATION.search(" ".join(before))


# "giữa hai nước / hai bên" inside a name: the pair the text is about (events_anaphora.pair_before)
_PAIR_IN_NAME: Final = re.compile(
    r"\b(?:giữa )?" + NOT_IN_NUMBER + r"hai (?:nước|bên|quốc gia)\b"
)  # (not "mười hai")


def _pair_before(doc: Document, pos: int) -> tuple[str, str] | None:
    from doingoai.extract.events_anaphora import pair_before

    actors = sorted((m for m in doc.mentions if m.kind in ("country", "organisation")), key=lambda m: m.start)
    return pair_before(doc, actors, pos)


def _before(year: str, *dates: str) -> bool:
    """Is ``year`` (the name's own) earlier than the year of every date given that has one (at least one)?"""
    years = [int(d[:4]) for d in dates if d[:4].isdigit()]
    return bool(year) and bool(years) and all(int(year) < y for y in years)
