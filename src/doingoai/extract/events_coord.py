"""Coordinated objects of one verb, each with its own date (see docs/decisions.md, "Events").

"nước ta đã đăng cai Hội nghị Cấp cao Pháp ngữ tháng 11/1997 và Hội nghị Cấp cao ASEAN lần thứ 6 tháng
12/1998": one verb, two objects, two dates -> two events, each object with its own date.
:func:`coordinated` also keeps :func:`events_coord_dates.coordinated_dates` ("Chủ tịch ASEAN năm 2010 và năm
2020": one object, two dates).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_bilateral import BILATERAL, bilateral_pairs
from doingoai.extract.events_context import ELIDED_AND, ELIDED_UP, Context
from doingoai.extract.events_coord_dates import coordinated_dates, fronted_dates
from doingoai.extract.events_dated_places import placed_dates
from doingoai.extract.events_gapped_signers import gapped_signers
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import is_state
from doingoai.extract.events_roles import DATED_OBJECT_KINDS, MentionIndex, as_actor
from doingoai.extract.members import members
from doingoai.extract.triggers import scan
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

# kinds whose object is an organisation, a meeting or a country that a second object may replace
# ("ký hiệp định với Hàn Quốc năm 2015 và với Mê-hi-cô năm 2018", "thiết lập quan hệ với A năm X và với B năm Y")
OBJECT_KINDS: Final = DATED_OBJECT_KINDS | {
    K.RELATIONS_UPGRADE
}  # "nâng cấp quan hệ với A năm X và với B năm Y"
_OBJECT_MENTION: Final = ("organisation", "body", "country")
# what lies between the first object's date and the second one's: ") và <object> (tháng|năm|ngày|vào ...)"
_NEXT_OBJECT: Final = re.compile(
    r"\s*\)?\s*(?:,\s*(?:và\s+)?|và\s+)(?P<obj>[^,;:.()]{3,160}?)\s*\(?\s*(?:(?:vào|trong|ngày|tháng|năm|từ)\s+)*$"
)
_REACH: Final = 320  # characters after the trigger a coordinated object may end
_GAPPED_KINDS: Final = frozenset({K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE})
_ORG_GAPPED: Final = frozenset(
    {K.MEMBERSHIP_JOIN, K.MEMBERSHIP_ELECT, K.CHAIR, K.HOST, K.MEMBERSHIP_LEAVE}
)  # an organisation's seat, then states ("X sẽ đăng cai APEC năm 2026 và Y năm 2027": round 159;
# one left, "A rút khỏi tổ chức năm X và B năm Y": round 158)
_DATE_RIGHT_AFTER: Final = re.compile(r"\s*(?:(?:vào|từ|trong)\s+)?")  # "gia nhập (vào) năm 2016"


def coordinated(ctx: Context, low: str, index: MentionIndex, d: Draft, te: int, s1: int) -> list[Draft]:
    """Further drafts for the event ``d`` of the trigger ending at ``te``: coordinated dates of the same
    object, else coordinated objects with their own dates."""
    # (or "năm 2006 tại Hà Nội và năm 2017 tại Đà Nẵng": each date with its place, events_dated_places)
    more = coordinated_dates(ctx, low, d.date, te, s1) or placed_dates(ctx, low, d.date, te, s1)
    more = more or fronted_dates(ctx, low, d.date, te)  # "Năm 2014 và năm 2016, X ..." (round 109)
    if more:
        return [d._replace(date=v) for v in more]
    if d.kind is K.RELATIONS_UPGRADE:
        elided = _elided_upgrades(ctx, low, te, s1) or _next_levels(ctx, low, d.date, te, s1)
        if elided:
            return [d._replace(date=v) for v in elided]
    out = _dated_objects(ctx, low, index, d, te, s1) or _dated_instruments(ctx, low, d, te, s1)
    out = out or gapped_signers(
        ctx, low, index, d, te, s1
    )  # "A phê chuẩn X năm 1995, B năm 2011" (round 151)
    # "A và B cùng đặt quan hệ ngoại giao với C": one relation each (events_bilateral)
    return out or bilateral_pairs(d, index, low)[1:]


def _dated_objects(ctx: Context, low: str, index: MentionIndex, d: Draft, te: int, s1: int) -> list[Draft]:
    """ "ký hiệp định với Hàn Quốc năm 2015 và với Mê-hi-cô năm 2018": an event per object with its date."""
    # (round 158: a leaving too, "A rút khỏi tổ chức năm 2020 và B từ ngày 1/1/2024": each subject with its date)
    if d.kind not in OBJECT_KINDS and d.kind is not K.MEMBERSHIP_LEAVE or not d.date or not d.explicit:
        return []
    ds = ctx.dates_in(te, min(s1, te + _REACH))
    i = next((j for j, x in enumerate(ds) if x.value == d.date), -1)
    if i < 0:
        return []
    out: list[Draft] = []
    prev = ds[i]
    # "A gia nhập năm 2016, B năm 2022 và C năm 2024": the date right after the verb, so each later name with its
    # date is a subject whose verb is left out (gapping), not a second object
    gapped = d.kind in _GAPPED_KINDS and _DATE_RIGHT_AFTER.fullmatch(low, te, ds[i].start) is not None
    # "A gia nhập khu vực này ngày X, B năm Y": an organisation joined by states, then a state with its date: that
    # state is a subject whose verb is left out too, never a second organisation joined (round 81)
    org_joined = (
        d.kind in _ORG_GAPPED
        and bool(d.recipients)
        and not any(is_state(c) for c in d.recipients)
        and bool(d.actors)
        and all(is_state(c) for c in d.actors)
    )
    for nd in ds[i + 1 :]:
        m = _NEXT_OBJECT.fullmatch(low, prev.end, nd.start)
        if m is None or scan(ctx.doc.text[prev.end : nd.start]):
            break  # another verb phrase, or not an object followed by its date
        o0, o1 = m.span("obj")
        codes = [
            x.code
            for x in index.between(o0, o1)
            if x.end <= o1 and x.kind in _OBJECT_MENTION and x.via != "anaphora"
        ]
        if not codes:
            break
        if org_joined and not out and is_state(codes[0]) and codes[0] not in d.actors:
            gapped = True
        if gapped:
            if not is_state(codes[0]) or codes[0] in d.actors:
                break
            out.append(d._replace(actors=(codes[0],), recipients=(), date=nd.value))
            prev = nd
            continue
        recips = tuple(
            c for c in (as_actor(codes[:1]) if d.kind is K.HOST else codes[:1]) if c not in d.actors
        )
        if not recips:
            break
        out.append(d._replace(recipients=recips, date=nd.value))
        prev = nd
    if gapped and out:  # each subject joins what the first joins (not one another)
        moved = {x.actors[0] for x in out}
        joined = tuple(c for c in d.recipients if c not in moved)
        return [x._replace(recipients=joined) for x in out] if joined else []
    return out


# (round 109) "ký Hiệp định CPTPP ... ngày 8/3/2018 và Hiệp định RCEP ngày 15/11/2020": a second instrument with its
# date after the first one's date, signed (ratified) by the same parties
_INSTRUMENT_KINDS: Final = frozenset({K.AGREEMENT_SIGN, K.AGREEMENT_RATIFY})
_NEXT_INSTRUMENT: Final = re.compile(
    r"\s*\)?\s*(?:,\s*(?:và\s+)?|và\s+)(?:(?:cả|các)\s+)?(?P<head>hiệp định|hiệp ước|công ước|nghị định thư|bản ghi nhớ"
    r"|tuyên bố|thỏa thuận|thoả thuận|hiến chương|văn kiện|bản thỏa thuận)\b[^,;:.()]{0,120}?"
    r"\s*\(?\s*(?:(?:vào|trong|ngày|tháng|năm)\s+)*$"
)


_OWN_VERB: Final = re.compile(r"\b(?:được|đã|sẽ|đang|là|có hiệu lực)\b")


def _dated_instruments(ctx: Context, low: str, d: Draft, te: int, s1: int) -> list[Draft]:
    """ "ký Hiệp định CPTPP ngày 8/3/2018 và Hiệp định RCEP ngày 15/11/2020": a draft per further instrument
    coordinated after the first one's date, each with its own date (and its name, when it is a known agreement)."""
    if d.kind not in _INSTRUMENT_KINDS or not d.date or not d.explicit:
        return []
    ds = ctx.dates_in(te, min(s1, te + _REACH))
    i = next((j for j, x in enumerate(ds) if x.value == d.date), -1)
    if i < 0:
        return []
    first = next((v for k, v in d.attrs if k == "agreement"), "")
    out: list[Draft] = []
    for j in range(i + 1, len(ds)):
        m = _NEXT_INSTRUMENT.fullmatch(low, ds[j - 1].end, ds[j].start)
        if m is None or ctx.in_name(ds[j]) or _OWN_VERB.search(low, m.end("head"), ds[j].start):
            break  # (no verb of its own: "và Tuyên bố ... được thông qua năm ..." is another act)
        named = [a.code for a in ctx.agreements_between(m.start("head"), ds[j].start)]
        code = named[0] if named else ""
        attrs = tuple((k, v) for k, v in d.attrs if k != "agreement") + (
            (("agreement", code),) if code else ()
        )
        recips = tuple(c for c in d.recipients if c != first) + (
            (code,) if code and first in d.recipients else ()
        )
        out.append(d._replace(date=ds[j].value, attrs=attrs, recipients=recips))
    return out


def split_off(d: Draft, more: list[Draft]) -> Draft:
    """The first draft without the objects split off into drafts of their own ("thăm Nhật Bản năm 2008 và Chile
    năm 2011": Chile is the second visit's, not the first's). Drafts of the same object with other dates
    ("năm 2010 và năm 2020") take nothing away; a draft keeps at least one recipient."""
    moved = {c for m in more if m.actors != d.actors for c in m.actors if c in d.recipients}
    if moved:  # "A gia nhập năm 2016, B năm 2022": B is the second to join, not what A joins (gapping)
        keep = tuple(c for c in d.recipients if c not in moved)
        return d._replace(recipients=keep) if keep else d
    gone = {c for m in more if m.recipients != d.recipients for c in m.recipients}
    keep = tuple(c for c in d.recipients if c not in gone)
    if more and d.kind in BILATERAL and all(m.recipients == d.recipients for m in more):
        gone = {
            c for m in more if m.actors != d.actors for c in m.actors
        }  # (the other states of a listed side)
        acting = tuple(c for c in d.actors if c not in gone)
        return d._replace(actors=acting) if acting and len(acting) < len(d.actors) else d
    return d._replace(recipients=keep) if keep and len(keep) < len(d.recipients) else d


def _elided_upgrades(ctx: Context, low: str, te: int, s1: int) -> list[str]:
    """Dates of further upgrades written "..., và <date> lên Đối tác ..." after an upgrade."""
    out = []
    for x in ctx.dates_in(te, min(s1, te + _REACH)):
        if ELIDED_AND.search(low, max(te, x.start - 16), x.start) and ELIDED_UP.match(low, x.end):
            out.append(x.value)
    return out


# (round 109) "được nâng lên Đối tác chiến lược năm 2001 và Đối tác chiến lược toàn diện năm 2012": a second level
# coordinated with the first, each with its date (the level's words, then the date's)
_NEXT_LEVEL: Final = re.compile(
    r"\s*\)?\s*(?:,\s*(?:và\s+)?|và\s+|rồi\s+)(?:(?:lên|thành)\s+)?(?:quan hệ\s+)?[“\"«]?đối tác\b[^,;:.()\d]{0,60}?"
    r"\s*\(?\s*(?:(?:vào|từ|trong|năm|tháng|ngày)\s+)*$"
)


def _next_levels(ctx: Context, low: str, value: str, te: int, s1: int) -> list[str]:
    """Dates of further levels an upgrade reached, written "... năm 2001 và Đối tác chiến lược toàn diện năm
    2012" after the first level's date ``value``."""
    if not value or "đối tác" not in low[te:s1]:
        return []
    ds = ctx.dates_in(te, min(s1, te + _REACH))
    i = next((j for j, x in enumerate(ds) if x.value == value), -1)
    out: list[str] = []
    for j in range(i + 1, len(ds)) if i >= 0 else ():
        if _NEXT_LEVEL.fullmatch(low, ds[j - 1].end, ds[j].start) is None:
            break
        out.append(ds[j].value)
    return out


# "đàm phán Hiệp định TPP và Hiệp định RCEP": agreements coordinated right after the one negotiated, each with
# its own negotiation (what lies between two of them: "và", "," and the head noun again)
_NEXT_AGREEMENT: Final = re.compile(
    r"\s*(?:,\s*(?:và\s+)?|và\s+)(?:(?:các |cả )?(?:hiệp định|hiệp ước|công ước)\s+)?"
)


def coordinated_agreements(ctx: Context, low: str, d: Draft, te: int, s1: int) -> list[Draft]:
    """Further negotiations for ``d`` (a negotiation of the agreement named first after the trigger at ``te``)."""
    if d.kind is not K.AGREEMENT_NEGOTIATE or not d.recipients:
        return []
    named = next((v for k, v in d.attrs if k == "agreement"), d.recipients[0])
    ags = ctx.agreements_between(te, min(s1, te + _REACH))
    first = next((i for i, a in enumerate(ags) if a.code == named), -1)
    if first < 0:
        return []
    out: list[Draft] = []
    prev = ags[first]
    for a in ags[first + 1 :]:
        if _NEXT_AGREEMENT.fullmatch(low, prev.end, a.start) is None:
            break
        if a.code not in d.recipients and all(a.code not in x.recipients for x in out):
            attrs = tuple(("agreement", a.code) if k == "agreement" else (k, v) for k, v in d.attrs)
            out.append(d._replace(recipients=(a.code,), attrs=attrs))
        prev = a
    return out


# "Gioóc-đa-ni, Gru-di-a và An-ba-ni đã lần lượt được kết nạp": one after another, each state's own act (round 29)
_ONE_BY_ONE: Final = re.compile(r"\blần lượt\b[^,;:.]{0,24}$")
# (memberships only: "A, B và C lần lượt phê chuẩn Hiệp định" is one ratification of the agreement, heldout8's gold)
_ONE_BY_ONE_KINDS: Final = frozenset({K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE, K.MEMBERSHIP_ELECT})

# "A (192 phiếu) và B cùng được Đại hội đồng ... bầu làm ủy viên ...": two states each elected (round 31)
_ELECTED_TOGETHER: Final = re.compile(r"\b(?:cùng|đều) được\b[^,;:.]{0,50}$")

# "... lần lượt rời tổ chức này vào các năm 2019 và 2020": the years, respectively
_RESPECTIVE_YEARS: Final = re.compile(r"[^,;:.]{0,60}?\bnăm ((?:\d{4}(?:, | và ))+\d{4})\b")


def one_by_one(low: str, d: Draft, s0: int, ts: int, te: int) -> list[Draft]:
    """The draft ``d`` of the trigger at ``ts`` (ending at ``te``) split into one per actor when "lần lượt" stands
    before the verb and its kind is one state's own membership (a joining, a leaving, an election), each with its year
    when as many years follow ("vào các năm 2019 và 2020"); else ``[d]`` (also when the list has no date at all: one
    event of them all, round 122)."""
    if len(d.actors) < 2 or d.kind not in _ONE_BY_ONE_KINDS:
        return [d]
    if d.kind is K.MEMBERSHIP_ELECT and _ELECTED_TOGETHER.search(low, max(s0, ts - 60), ts) is not None:
        return [d._replace(actors=(a,)) for a in d.actors]  # "A và B cùng được ... bầu làm": each its seat
    if "lần lượt" not in low[max(s0, ts - 40) : ts]:
        return [d]
    if _ONE_BY_ONE.search(low, max(s0, ts - 40), ts) is None:
        return [d]
    m = _RESPECTIVE_YEARS.match(low, te)
    years = re.findall(r"\d{4}", m.group(1)) if m is not None else []
    if len(years) == len(d.actors) and d.date[:4] == years[0]:
        return [d._replace(actors=(a,), date=y) for a, y in zip(d.actors, years, strict=True)]
    if not d.date:  # "Về sau, A, B và C lần lượt trở thành thành viên": nothing tells them apart (round 122)
        return [d]
    return [d._replace(actors=(a,)) for a in d.actors]
