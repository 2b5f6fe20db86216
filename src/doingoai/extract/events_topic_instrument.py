"""The instrument a ratification names no party for (round 71): the one the text is about.

An encyclopedia entry or a report on one treaty or one organisation names it in its title and then tells the
ratifications without naming it again: "Hiến chương ASEAN ... Việt Nam phê chuẩn Hiến chương ngay trong năm 2008",
"Xin-ga-po là nước đầu tiên nộp văn kiện phê chuẩn", "Việt Nam phê chuẩn Công ước năm 1987" under "Tổ chức Giáo
dục, Khoa học và Văn hóa Liên hợp quốc". :func:`ratified_topic` gives such a ratification, read with no recipient,
the text's subject as its recipient: the one organisation, body or agreement its title names; a charter stands for
its organisation ("Hiến chương ASEAN" -> ASEAN, as a charter's ratification is told: "U-crai-na chưa bao giờ phê
chuẩn Hiến chương" of the CIS). A title naming none or more than one gives nothing; a ratification by the subject
itself is left as it is.
"""

from __future__ import annotations

from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_merge import Draft
from doingoai.model import BlockType, Document, EventKind

_SUBJECT_KINDS: Final = frozenset({"organisation", "body", "agreement"})
_READ: Final = frozenset({EventKind.AGREEMENT_RATIFY})


def _subject(doc: Document) -> str:
    """The one organisation, body or agreement the title names (a charter: its organisation), or ""."""
    title = next((b for b in doc.blocks[:3] if b.type is BlockType.TITLE), None)
    if title is None:
        return ""
    found = set()
    for m in doc.mentions:
        if m.start >= title.end:
            break
        if m.start >= title.start and m.kind in _SUBJECT_KINDS:
            found.add(m.code)
    if len(found) != 1:
        return ""
    code = found.pop()
    head, sep, _ = code.partition("_CHARTER")
    if sep and gazetteer.entry(head) is not None:
        return head  # "Hiến chương ASEAN": the organisation it founds
    return code


def ratified_topic(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each ratification that has no recipient given the text's subject (see the module)."""
    if not any(d.kind in _READ and not d.recipients for d in drafts):
        return drafts
    subject = _subject(doc)
    if not subject:
        return drafts
    return [
        d._replace(recipients=(subject,))
        if d.kind in _READ and not d.recipients and d.actors and subject not in d.actors
        else d
        for d in drafts
    ]
