"""An agreement signed or adopted by an organisation's members told as the subject (round 70): "Ngày 17/8/1992, tại
Windhoek, nguyên thủ các nước thành viên ký Hiệp ước ...", "Năm 1991, các nhà lãnh đạo thông qua Tuyên bố Harare",
"các bên ký Nghị định thư sửa đổi Hiệp ước" in an entry on one organisation. The signers are the states the sentence
right before lists ("Các nước ký Hiệp ước gồm A, B, C và D. ... các bên ký ..."), else the text's organisation
(:func:`doingoai.extract.events_org_unstated.topic_organisation`). Only a subject that opens its clause (after its
date or place and a comma) and names no party is read: "vận động các nước thành viên EU sớm phê chuẩn" (a request, a
name after it) and "cùng các nước thành viên" (companions of a named party) are not. Called by
:mod:`doingoai.extract.events_span` (the fast path of a clause naming no party) and
:mod:`doingoai.extract.events_signing`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from doingoai.extract.events_context import Context
from doingoai.extract.events_org_unstated import topic_organisation
from doingoai.model import Document

# the members as the clause's subject, right before the verb (aspect words between)
_MEMBERS: Final = re.compile(
    r"(?:(?:sau khi|khi|lúc) )?(?:(?:đại diện|lãnh đạo|nguyên thủ|người đứng đầu|ngoại trưởng|bộ trưởng ngoại giao) )?"
    r"(?:(?:tất cả )?các (?:nước|quốc gia)(?: thành viên)?|các thành viên|các nhà lãnh đạo|các bên)"
    r"(?: (?:đã|sẽ|cũng|đều|cùng|mới|chính thức|còn|lại|đồng loạt))*$"
)
# what such a subject signs or adopts: a capitalised instrument ("Tuyên bố Bê-lem", "Tuyên bố về việc thành lập ...",
# "Hiệp ước thành lập ..."), its name the capitalised noun
_INSTRUMENT: Final = re.compile(
    r"\s+((?:Tuyên bố|Hiệp ước|Hiệp định|Nghị định thư|Hiến chương|Công ước|Điều lệ|Đạo luật|Chương trình hành động"
    r"|Kế hoạch hành động|Tầm nhìn|Chiến lược|Kế hoạch tổng thể)\b)"
)
_LISTED: Final = 3  # the states the sentence before must list to be the members


def members_signing(doc: Document, ctx: Context, text: str, index, c0: int, ts: int) -> list[str]:
    """The signers of the agreement signed at ``ts`` (``text`` lower-cased; its clause from ``c0``) by a members
    subject naming no party: the states listed by the sentence before, else the text's organisation; [] when the
    subject is no such phrase."""
    lo = max(c0, text.rfind(",", c0, ts) + 1)  # (after its date or place: "Ngày ..., tại X, các bên ký")
    subject = text[lo:ts].strip()
    if not subject or _MEMBERS.match(subject) is None:
        return []
    named = index.between(
        c0, ts
    )  # (none, or "các nước thành viên" read as the organisation: events_demonstratives)
    if any(m.via != "anaphora" or m.kind != "organisation" for m in named):
        return []
    listed = _listed_before(doc, ctx, index, c0)
    if listed:
        return listed
    org = named[0].code if named else topic_organisation(doc, ctx)
    return [org] if org else []


def _listed_before(doc: Document, ctx: Context, index, pos: int) -> list[str]:
    """The states (at least three) the sentence right before ``pos``'s, in the same block, names."""
    k = bisect_right(ctx.sentence_starts(), pos) - 1
    if k < 1 or doc.sentences[k - 1].block != doc.sentences[k].block:
        return []
    prev = doc.sentences[k - 1]
    codes: list[str] = []
    for m in index.between(prev.start, prev.end):
        if m.kind == "country" and m.code not in codes:
            codes.append(m.code)
    return codes if len(codes) >= _LISTED else []


def signed_instrument(text: str, te: int) -> str:
    """The capitalised instrument right after the verb ending at ``te`` (``text`` as written), else ""."""
    m = _INSTRUMENT.match(text, te)
    return m.group(1) if m is not None else ""
