"""Events (round 25): the organisation a seat or a membership belongs to when the sentence leaves it unstated.

Vietnamese news and reports name the organisation once and then report its elections and admissions
without repeating it: "Đại hội đồng Liên hợp quốc đã bầu Kenya làm ủy viên Hội đồng Bảo an ... Trong vòng bỏ
phiếu ngày 17/6, Ấn Độ ... đã trúng cử"; "... của SCO. Năm ngoái, Iran được kết nạp tại hội nghị ...".
:func:`unstated_seat` gives that organisation: the one international organisation or body named in the
sentence or in the text from the start of the previous block, when it is the only one in play (two -> no
guess); the body that elects ("Đại hội đồng ... bầu") and a state's own organs ("Quốc hội") are no seat.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_context import Context
from doingoai.model import BlockType, Document

_SEAT_KINDS: Final = frozenset({"organisation", "body"})
_RIVALS: Final = frozenset(
    {"agreement"}
)  # a treaty in the sentence is another thing one may be party or member of
# a group the sentence describes after the trigger: "được kết nạp vào nhóm các nước xuất khẩu cà phê" (stated, though
# unrecognised: another group, not the organisation named before; a bare "vào nhóm." is that organisation)
_DESCRIBED: Final = re.compile(
    r"\s*(?:vào\s+|làm\s+)?(?:nhóm|khối|tổ chức|hiệp hội|liên minh|diễn đàn|cộng đồng|câu lạc bộ|liên đoàn)\s+"
    r"(?!(?:năm|tháng|ngày|vào|từ|kể từ|hồi|sau|khi|do|vì)\b)[^\W\d_]"
)
_AT: Final = re.compile(r"(?:tại|ở) $")  # "Phái đoàn ... tại Liên hợp quốc": a place, not a seat
# an organisation that is the subject of the election or admission: the elector, not the seat
_ELECTS: Final = re.compile(
    r"\s*(?:\([^)]{1,20}\)\s*)?(?:đã |sẽ |vừa |chính thức )?(?:bầu|bỏ phiếu|kết nạp|chấp thuận|thông qua)\b"
)


# "... thành viên (đầy đủ) của khối / tổ chức (này)": the organisation is the one the sentence named
_OF_HEAD: Final = re.compile(
    r"\s+của\s+(?:khối|tổ chức|liên minh|hiệp hội|cộng đồng|nhóm|liên đoàn)(?: này| đó)?(?![^\W\d_])"
)


def unstated_seat(
    doc: Document, ctx: Context, text: str, block: int, after: int, end: int, actors: list[str]
) -> str:
    """The one organisation in play around an election or admission whose sentence names none, or "".
    ``text``: the lower-cased document text; ``after``: the trigger's end; ``end``: the end of its sentence."""
    if _DESCRIBED.match(text, after):
        return ""
    if not doc.mentions or block >= len(doc.blocks) or not all(is_state(c) for c in actors):
        return ""  # (an organisation elected or admitted into another: "ECOSOC ... của Liên hợp quốc")
    lo = doc.blocks[block - 1].start if block > 0 else doc.blocks[block].start
    starts = ctx.cache.get("mention starts")
    if starts is None:
        starts = ctx.cache["mention starts"] = [m.start for m in doc.mentions]
    sentence = doc.sentence_at(end - 1)
    sent = sentence.start if sentence is not None else end
    found: set[str] = set()
    own: set[str] = set()  # those of the trigger's own sentence
    for i in range(bisect_left(starts, lo), bisect_left(starts, end)):
        m = doc.mentions[i]
        if m.kind in _RIVALS and m.start >= sent:
            return ""
        if m.kind not in _SEAT_KINDS or m.code in actors or country_of(m.code) != m.code:
            continue  # (a state's organ: "Quốc hội Việt Nam", "Bộ Chính trị")
        if _AT.search(text, max(0, m.start - 4), m.start) or _ELECTS.match(text, m.end):
            continue  # "Đại hội đồng Liên hợp quốc đã bầu Kenya ...": the elector
        if i > 0 and _listed_with_state(doc, text, i):
            continue  # "gồm Đan Mạch, ..., Thụy Điển và Ủy ban châu Âu": a member listed, no seat (round 35)
        found.add(m.code)
        if m.start >= sent:
            own.add(m.code)
    if len(found) > 1 and len(own) == 1 and _OF_HEAD.match(text, after):
        return (
            own.pop()
        )  # "Nghị định thư gia nhập O ..., song X mới trở thành thành viên của khối" (round 31)
    return found.pop() if len(found) == 1 else ""


_LIST_GAP: Final = re.compile(r"\s*(?:,|và|, và)\s*")


def _listed_with_state(doc: Document, text: str, i: int) -> bool:
    """Is the ``i``-th mention coordinated right after a state's name (a member in a list of states)?"""
    prev, m = doc.mentions[i - 1], doc.mentions[i]
    return (
        prev.kind == "country"
        and prev.end <= m.start
        and _LIST_GAP.fullmatch(text, prev.end, m.start) is not None
    )


# an abbreviation closing the defined subject: "(ECO)" or "– GUAM" right before " là " (round 59)
_SHORT_BEFORE_IS: Final = re.compile(r"(?:\(|[–-] )([A-Z][A-Z0-9]{1,9})\)?\s*$")


def topic_organisation(doc: Document, ctx: Context) -> str:
    """The organisation a text is about, which an admission with no organisation in play joins (round 27; not an
    election: a seat's body is another than the text's subject): the one named in its title ("Liên đoàn Ả-rập", "Ô-man trở
    thành thành viên thứ 139 của WTO"), else the one its first paragraph opens by defining ("Cộng đồng ... (viết
    tắt CPLP) là tổ chức ..."); "" when none or more than one. An encyclopedia entry or a report names its subject
    there once and then tells its admissions without repeating it."""
    cached = ctx.cache.get("topic organisation")
    if isinstance(cached, str):
        return cached
    found: set[str] = set()
    title = next((b for b in doc.blocks[:3] if b.type is BlockType.TITLE), None)
    first = next((b for b in doc.blocks if b.type is BlockType.PARAGRAPH), None)
    spans = [(title.start, title.end)] if title is not None else []
    if first is not None:
        defined = doc.text.find(" là ", first.start, first.end)
        spans.append((first.start, defined if defined >= 0 else first.start))
    for lo, hi in spans:
        found = {m.code for m in doc.mentions if lo <= m.start < hi and m.kind in _SEAT_KINDS}
        if found:
            break
    topic = found.pop() if len(found) == 1 else ""
    if not found and not topic and first is not None and defined > first.start:
        # round 59: a name the gazetteer lacks, defined with its abbreviation ("Tổ chức Hợp tác Kinh tế (ECO) là
        # tổ chức ...", "Tổ chức ... – GUAM là ..."): the abbreviation is its code
        short = _SHORT_BEFORE_IS.search(doc.text, first.start, defined)
        topic = short.group(1) if short is not None else ""
    ctx.cache["topic organisation"] = topic
    return topic


# the head noun of the text's own organisation after a join or a leave, closing its clause (round 38): "Về sau, X và Y
# rút khỏi Kế hoạch." under the title "Kế hoạch Colombo", "rút khỏi Hiệp ước ngày ..." under "Tổ chức Hiệp ước ..."
_HEAD_AFTER: Final = re.compile(
    r"\s*(?:vào\s+)?(?P<head>[^\W\d_]+ [^\W\d_]+)(?:\s+(?:này|đó|trên))?"
    r"(?=\s*(?:[,.;:)]|$|năm\b|vào\b|(?:kể )?từ\b|ngày\b|tháng\b|hồi\b|sau\b|trước\b|do\b|vì\b|khi\b))"
)


def topic_head(doc: Document, ctx: Context, text: str, te: int) -> str:
    """The text's organisation (:func:`topic_organisation`) when the two words right after ``te`` (in the lower-cased
    ``text``) are the head of the name its title gives (its first two words, or the two after "Tổ chức") and close
    the clause, or ""."""
    org = topic_organisation(doc, ctx)
    m = _HEAD_AFTER.match(text, te) if org else None
    if m is None:
        return ""
    heads = ctx.cache.get("topic heads")
    if not isinstance(heads, set):
        heads = ctx.cache["topic heads"] = _title_heads(doc)
    return org if m.group("head") in heads else ""


def _title_heads(doc: Document) -> set[str]:
    title = next((b for b in doc.blocks[:3] if b.type is BlockType.TITLE), None)
    words = doc.text[title.start : title.end].lower().split() if title is not None else []
    heads = {" ".join(words[:2])} if len(words) > 2 else set()
    if words[:2] == ["tổ", "chức"] and len(words) > 4:
        heads.add(" ".join(words[2:4]))
    return heads


# a meeting a state hosts (round 52): "Hội nghị Lao động quốc tế đầu tiên do Hoa Kỳ đăng cai", "Diễn đàn lần thứ tư do X
# đăng cai", "COP28 do UAE đăng cai"
_PARTY_KINDS: Final = frozenset({"country", *_SEAT_KINDS, *_RIVALS})
# (round 151: "đăng cai thượng đỉnh tại X", "Thượng đỉnh năm sau sẽ do X đăng cai")
_HOSTED_MEETING: Final = re.compile(
    r"\b(?:hội nghị|diễn đàn|cuộc họp|phiên họp|kỳ họp|thượng đỉnh|cop\s?\d+)\b(?! về\b)"
)


def hosted_meeting_org(doc: Document, ctx: Context, text: str, c0: int, c1: int, actors: list[str]) -> str:
    """The text's organisation (:func:`topic_organisation`) as the body whose meeting the states ``actors`` host in the
    clause ``c0``-``c1`` of the lower-cased ``text`` (an entry on an organisation tells the summits its members hosted
    without naming it again), or "": only when the clause names a meeting (not one "về" a topic) and no one but them."""
    org = topic_organisation(doc, ctx)
    if (
        not org
        or not actors
        or not all(is_state(c) for c in actors)
        or not _HOSTED_MEETING.search(text, c0, c1)
    ):
        return ""
    lo = bisect_left(doc.mentions, c0, key=lambda m: m.start)
    for m in doc.mentions[lo:]:
        if m.start >= c1:
            break
        if m.kind in _PARTY_KINDS and country_of(m.code) not in actors and m.code != org:
            # (round 151: the text's organisation itself named there is its own meeting's: "X gia nhập APPF năm Y
            # và đã hai lần đăng cai Hội nghị thường niên")
            return ""  # "... Hội nghị lần thứ 30 các bên tham gia Công ước ...", "Hội nghị Mê Công – Nhật Bản": another's
    return org


def own_bare_noun(doc: Document, left: re.Match[str] | None) -> bool:
    """Is ``left`` (a bare group noun after a join or a leave, closing its clause) "tổ chức" or the first word(s) of
    the title, the text's own organisation ("rút khỏi Khối năm 1961" under "Khối Thịnh vượng chung", round 43)?"""
    if left is None:
        return False
    words = left.group(0).split()
    noun = " ".join(
        words[:2] if words[:2] in (["tổ", "chức"], ["liên", "minh"], ["cộng", "đồng"]) else words[:1]
    )
    if noun == "tổ chức" or words[-1] in ("này", "đó"):
        return True  # (round 83: "rút khỏi cơ quan này": the body just named, the text's own)
    title = next((b for b in doc.blocks[:3] if b.type is BlockType.TITLE), None)
    if title is None:
        return False
    head = doc.text[title.start : title.end].lower()
    if head.startswith(noun + " "):
        return True
    # round 83: the title names the organisation later ("VIỆT NAM TẠI HỘI ĐỒNG NHÂN QUYỀN ...": "rút khỏi Hội đồng")
    return any(
        m.kind in _SEAT_KINDS and doc.text[m.start : m.end].lower().startswith(noun + " ")
        for m in doc.mentions
        if title.start <= m.start < title.end
    )


def is_state(code: str) -> bool:
    e = gazetteer.entry(code)
    return e is not None and e.kind == "country"


_NOTES: Final = (BlockType.FOOTNOTE, BlockType.REFERENCE, BlockType.SOURCE)
# a meeting attended whose name holds no party (round 36): "Tổng thống X đã dự Hội nghị cấp cao.", "đoàn Việt Nam
# tham dự hội nghị tại Cu-a-la Lăm-pơ": in a text about one organisation, that organisation's meeting
_BARE_MEETING: Final = re.compile(
    r"\s*(?:hội nghị(?: thượng đỉnh| cấp cao)?|thượng đỉnh)(?:\s+(?:lần (?:thứ )?\w+|thường niên|bất thường|đặc biệt))*"
    r"(?=\s*(?:[,.;:]|$|(?:tại|ở|ngày|tháng|năm|vào|diễn ra|do|và)\b))"
)


def attended_topic(doc: Document, ctx: Context, text: str, te: int) -> list[str]:
    """The text's organisation (:func:`topic_organisation`) for a bare meeting attended after ``te`` (the
    lower-cased ``text``), or []; not in a note ("Tác giả phỏng vấn một thành viên đoàn X dự Hội nghị": a source)."""
    if _BARE_MEETING.match(text, te) is None:
        return []
    block = ctx.block_index(te)
    if block is None or doc.blocks[block].type in _NOTES:
        return []
    org = topic_organisation(doc, ctx)
    return [org] if org else []


# after a chair's handover with no organisation named: the clause closes, or "từ X" / "cho X" / a date follows (not
# "... chuyển giao chức chủ tịch COP23": another body's name) (round 48)
_CHAIR_CLOSES: Final = re.compile(
    r"(?:\s+luân phiên)?(?:\s+(?:đầu tiên|của (?:khối|tổ chức|hiệp hội|hội đồng|diễn đàn|nhóm|liên minh)))?"
    r"\s*(?:$|[,.;:)]|(?:từ|cho|năm|vào|tháng|ngày|nhiệm kỳ)\b)"
)
_REFUSED: Final = re.compile(r"\btừ chối\b")


def handover_seat(doc: Document, ctx: Context, text: str, c0: int, ts: int, te: int) -> str:
    """The text's organisation (:func:`topic_organisation`) for a chair's handover at ``text[ts:te]`` (lower-cased;
    its clause from ``c0``) that names no organisation ("Tại lễ bế mạc ..., Việt Nam chuyển giao vai trò Chủ tịch cho
    Bru-nây." in a text about ASEAN), not one refused ("từ chối chuyển giao ..."), else ""."""
    if _CHAIR_CLOSES.match(text, te) is None or _REFUSED.search(text, max(c0, ts - 20), ts) is not None:
        return ""
    return topic_organisation(doc, ctx)


# an agreement signed with no party named, in a text about one organisation (round 60): "Nghị định thư thứ hai được ký
# năm 1998", "Nghị định thư sửa đổi thứ nhất, ký ngày 15/12/1987", "Hiến chương của nhóm được ký tại X năm 2001": the
# text's organisation signs it (not "được ba nước ký", "do A ký", "giữa hai bên": an agent or a pair told)
_ORG_SIGNED: Final = re.compile(
    r"(?<!\w)(?:bản\s+)?(?:nghị định thư|hiệp định|hiệp ước|hiến chương|công ước|định ước|điều lệ|thỏa thuận"
    r"|bản ghi nhớ)\b(?:(?!\b(?:được|do|bởi|hai bên|hai nước|ba nước)\b)[^.;:()]){0,100}?"
    r"(?:,\s*)?(?:(?:đã|mới|chính thức|cuối cùng)\s+)*(?:được\s+)?(?:ký|ký kết)$"
)
_INSTRUMENT: Final = re.compile(
    r"\b(?:với|theo|căn cứ|dựa trên|trên cơ sở)\s+$"
)  # "Với Nghị định thư X ký ...,": a means
_SIGNED_DATE: Final = re.compile(
    r"(?:\s+tại\s+[^\W\d_][^,.;:\d]{0,40}?)?,?\s+(?:vào\s+)?(?:ngày|tháng|năm)\s+\d"
)


def org_signing(doc: Document, ctx: Context, text: str, c0: int, ts: int, te: int) -> str:
    """The text's organisation (:func:`topic_organisation`) as the party of an agreement signed at ``text[ts:te]``
    (lower-cased; its clause from ``c0``) in the passive or a participle with no party named and a date told right
    after ("Nghị định thư thứ hai được ký năm 1998" in an entry on ASEAN), else ""."""
    if _SIGNED_DATE.match(text, te) is None:
        return ""
    m = _ORG_SIGNED.search(text, max(c0, ts - 140), te)
    if m is None or _INSTRUMENT.search(text, max(c0, m.start() - 16), m.start()) is not None:
        return ""  # (an agreement a state of things rests on: its signers are told elsewhere)
    return topic_organisation(doc, ctx)
