"""Members admitted by count, then named (round 218): "ASEM kết nạp 13 thành viên mới, trong đó có A, B và C",
"WTO kết nạp thêm hai thành viên, là A và B". The object of "kết nạp" is a number of members; the states named
after "trong đó có / gồm / là" are those admitted (each joins the organisation named before the verb). The comma
after the counted noun ends the verb's clause, so the states lie outside the groups the clause gives; they are read
here from the sentence, the first group right after the lead-in. Used by
:func:`doingoai.extract.events_parties.trigger_roles` for an active "kết nạp" with no state admitted in its clause.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_codes import as_actor
from doingoai.extract.events_context import Context
from doingoai.extract.events_groups import MentionIndex, groups
from doingoai.extract.events_org_unstated import topic_organisation
from doingoai.model import Document

# "(thêm) 13 / mười / bảy thành viên (mới)(,) trong đó có / gồm (có) / là": a count of members, then their names
_COUNTED: Final = re.compile(
    r"\s*(?:thêm\s+)?(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm| sáu| bảy| tám| chín)?)"
    r"\s+(?:thành viên|nước|quốc gia)(?:\s+mới)?\s*,?\s*(?:trong đó có|trong số đó có|gồm(?: có)?|là)\s+"
)


def counted_admitted(doc: Document, text: str, index: MentionIndex, te: int) -> list[str]:
    """The states named after a counted object of "kết nạp" ending at ``te``, else []. ``text``: the lower-cased
    document text."""
    m = _COUNTED.match(text, te)
    if m is None:
        return []
    sentence = doc.sentence_at(te)
    p1 = sentence.end if sentence is not None else min(len(text), te + 300)
    gs = groups(text, index.between(m.end(), p1), m.end(), p1)
    if not gs or gs[0].start != m.end() or any(k != "country" for k in gs[0].kinds):
        return []
    return list(gs[0].codes)


def admitted_by(pre: list[Any]) -> list[str]:
    """The organisation that admits: the nearest one named before the verb in the clause, else []."""
    orgs = [g for g in pre if all(k in ("organisation", "body") for k in g.kinds)]
    return as_actor(list(orgs[-1].codes)) if orgs else []


# the organisation left as its bare noun right before the verb: "Năm 1992, tổ chức kết nạp thêm ..."
_BARE_SUBJECT: Final = re.compile(
    r"(?:^|[,;:]\s*|\n)(?:tổ chức|khối|hiệp hội|diễn đàn|nhóm|liên minh|cộng đồng)(?: này)?"
    r"\s+(?:(?:đã|cũng|lại|tiếp tục|chính thức)\s+)?$"
)


def bare_admitter(doc: Document, ctx: Context, text: str, c0: int, ts: int) -> list[str]:
    """The text's organisation (:func:`~doingoai.extract.events_org_unstated.topic_organisation`) when the subject
    of "kết nạp" at ``ts`` is a bare "tổ chức / khối (này)" opening its clause, else []."""
    if _BARE_SUBJECT.search(text, max(c0, ts - 40), ts) is None:
        return []
    topic = topic_organisation(doc, ctx)
    return [topic] if topic else []
