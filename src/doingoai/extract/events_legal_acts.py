"""A Vietnamese legal act on a treaty (round 161): "Điều 1. Phê chuẩn Hiệp định …, ký ngày … tại …".

A resolution of the National Assembly or a decision of the President ratifying or approving a treaty, as a
legal-documents database gives it: the issuer and the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") side by side,
"Số: …" beside the dateline "Hà Nội, ngày 28 tháng 11 năm 2024", the title "Về việc phê chuẩn …", the "Căn cứ
…;" lines and "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", then the articles. Its first article "Điều 1. Phê chuẩn <instrument>,
ký ngày <date> tại <place>." is the ratification by Viet Nam, on the act's date (its dateline), of the
instrument, whose partners are the states and organisations the instrument's name holds ("giữa Chính phủ nước
… Việt Nam và Chính phủ nước Cộng hòa In-đô-nê-xi-a", "Hiệp định thành lập Tổ chức Thương mại thế giới",
"Hiến chương của Hiệp hội các quốc gia Đông Nam Á"). The "ký ngày … tại …" that follows is the instrument's
signing by Viet Nam and those partners, told when no signing was read from the article already.

:func:`legal_act_ratifications` replaces the ratifications read from such an article (often without the
partner, or dated by the signing) by this reading, and adds it when none was read. A page may hold several
acts one after another: each article is dated by the dateline of its own act (the last one before it).
Only an article opening "Điều 1." in a text holding "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:" and the motto.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.model import EventKind, Status

_MOTTO: Final = "cộng hòa xã hội chủ nghĩa việt nam"
# the article ratifying or approving an instrument (not "Phê duyệt Đề án / Kế hoạch / Chương trình …": a plan)
_ARTICLE: Final = re.compile(
    r"điều\s+1\s*[.:]\s*(?:phê\s+chuẩn|phê\s+duyệt)\s+(?=(?:hiệp\s+định|hiệp\s+ước|công\s+ước|nghị\s+định\s+thư|"
    r"hiến\s+chương|điều\s+ước|định\s+ước|thỏa\s+thuận|thoả\s+thuận|bản\s+ghi\s+nhớ)\b)"
)
# the act's dateline: "Hà Nội, ngày 28 tháng 11 năm 2024" (a place, a comma, the full date)
_DATELINE: Final = re.compile(
    r"(?:^|\s)[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.M,
)
# "Ngày ban hành: 15/12/2004" of the database's metadata, when the act's head has no dateline
_ISSUED: Final = re.compile(r"ngày ban hành:\s*(\d{1,2})/(\d{1,2})/(\d{4})")
_SIGNED: Final = re.compile(r",\s*(?:được\s+|đã\s+được\s+)?ký\s+(?:kết\s+)?(?:ngày|tại|ở)\b")
_PARTNER_KINDS: Final = frozenset({"country", "organisation"})


def _act_date(low: str, start: int, end: int) -> str:
    """The date of the act between ``start`` and ``end``: the first dateline after its motto ("Độc lập - Tự do
    - Hạnh phúc", the last one there), else the database's issue date."""
    motto = low.rfind("độc lập", start, end)
    found = _DATELINE.search(low, motto if motto >= 0 else start, end)
    if found is None:
        for found in _ISSUED.finditer(low, start, end):  # noqa: B007 - the last one
            pass
    if found is None:
        return ""
    day, month, year = (int(g) for g in found.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def _restated(d: Draft, span: tuple[int, int], act_end: int) -> bool:
    """A ratification read from the article itself, or an undated one told again in the act's later
    articles ("thông báo … về việc Việt Nam đã phê chuẩn Nghị định thư"): the act's own ratification."""
    if d.kind is not EventKind.AGREEMENT_RATIFY:
        return False
    return d.sentence == span or (not d.date and span[1] <= d.sentence[0] < act_end)


def _ordered(d: Draft, span: tuple[int, int], act_end: int) -> Draft:
    """An undated act read from the act's later articles is what the act orders: planned ("Việt Nam trở
    thành thành viên chính thức của Tổ chức sau 30 ngày kể từ ngày thông báo")."""
    if d.status is Status.OCCURRED and not d.date and span[1] <= d.sentence[0] < act_end:
        return d._replace(status=Status.PLANNED)
    return d


# the notice to the partner an article orders: "thông báo cho Chính phủ nước …", "trao đổi thư phê chuẩn với
# phía …", "lưu chiểu văn kiện phê chuẩn tại Tổng Thư ký ASEAN"
_NOTICE: Final = re.compile(
    r"thông\s+báo\s+cho|trao\s+đổi\s+(?:thư|văn\s+kiện)\s+phê\s+chuẩn|lưu\s+chiểu\s+(?:thư|văn\s+kiện)\s+phê\s+chuẩn"
)


def _notices(
    low: str, sentences: list[Any], k: int, act_end: int, index: Any, drafts: list[Draft]
) -> list[Draft]:
    """One planned consultation of the partner per article sentence ordering a notice to it (see above)."""
    out: list[Draft] = []
    while k < len(sentences) and sentences[k].start < act_end:
        sent = sentences[k]
        k += 1
        cue = _NOTICE.search(low, sent.start, sent.end)
        if cue is None:
            continue
        told = tuple(
            dict.fromkeys(
                x.code
                for x in index.between(cue.end(), sent.end)
                if x.kind in _PARTNER_KINDS and x.code != "VNM"
            )
        )
        span = (sent.start, sent.end)
        if told and not any(d.kind is EventKind.CONSULT and d.sentence == span for d in drafts):
            out.append(Draft(EventKind.CONSULT, ("VNM",), told[:1], "", Status.PLANNED, span))
    return out


def legal_act_ratifications(
    low: str, sentences: list[Any], index: Any, ctx: Any, drafts: list[Draft]
) -> list[Draft]:
    """``drafts`` with each legal act's "Điều 1. Phê chuẩn …" read as above (see the module)."""
    if low.find("quyết định:") < 0 and low.find("quyết nghị:") < 0:
        return drafts
    pos = low.find("điều 1")
    if pos < 0 or low.find(_MOTTO) < 0:
        return drafts
    starts = [s.start for s in sentences]
    out = list(drafts)
    previous = 0
    while pos >= 0:
        m = _ARTICLE.match(low, pos)
        nxt = low.find("điều 1", pos + 6)
        if m is None:
            pos = nxt
            continue
        head_start, previous = previous, pos
        k = bisect_right(starts, m.end()) - 1
        if k < 0 or low.find(_MOTTO, head_start, pos) < 0:
            pos = nxt
            continue
        sent = sentences[k]
        span = (sent.start, sent.end)
        signed = _SIGNED.search(low, m.end(), sent.end)
        name_end = signed.start() if signed else sent.end
        partners = tuple(
            dict.fromkeys(
                x.code
                for x in index.between(m.end(), name_end)
                if x.kind in _PARTNER_KINDS and x.code != "VNM"
            )
        )
        date = _act_date(low, head_start, pos)
        if not partners or not date:
            pos = nxt
            continue
        ratify = Draft(EventKind.AGREEMENT_RATIFY, ("VNM",), partners, date, Status.OCCURRED, span)
        act_end = nxt if nxt >= 0 else len(low)
        out = [_ordered(d, span, act_end) for d in out if not _restated(d, span, act_end)] + [ratify]
        out += _notices(low, sentences, k + 1, act_end, index, out)
        if signed is not None and not any(
            d.kind is EventKind.AGREEMENT_SIGN and d.sentence == span for d in out
        ):
            when = ctx.dates_in(signed.start(), sent.end)
            if when:
                parties = ("VNM", *partners)
                sign = Draft(EventKind.AGREEMENT_SIGN, parties, (), when[0].value, Status.OCCURRED, span)
                out.append(sign)
        pos = nxt
    return out
