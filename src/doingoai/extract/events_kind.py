"""Events: which kind a trigger's draft starts with (the trigger's own kind, or what its words make of it: joining
a treaty is ratifying it, "đàm phán và ký kết" is a signing once completed, else a negotiation; "phối hợp ... tổ
chức các hoạt động kỷ niệm" is the relations celebrated), and the kinds whose unnamed pair is the one the text is
about. Used by :mod:`events_span` for :func:`doingoai.extract.events_draft.draft_event`."""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_accession import accession_kind
from doingoai.extract.events_full_partner import full_partnership
from doingoai.extract.events_held_with import meeting_with_partner
from doingoai.extract.events_roles import MentionIndex
from doingoai.extract.events_shapes import joint_celebration
from doingoai.extract.members import members
from doingoai.extract.triggers import Hit
from doingoai.model import Document, EventKind, Status

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
_COMPLETED: Final = re.compile(r"\b(?:hoàn thành|hoàn tất|đã)\b")
# a relations, upgrade or signing event whose parties are not named: of the pair the text is about ("hai nước")
PAIR_REMEMBERED: Final = frozenset({K.RELATIONS_ESTABLISH, K.RELATIONS_UPGRADE, K.AGREEMENT_SIGN})


def first_kind(
    doc: Document, text: str, index: MentionIndex, hit: Hit, c1: int, recent: list[str]
) -> EventKind:
    """The kind a trigger's draft starts with (the steps after may change it). ``text`` is the lower-cased
    document text, ``c1`` the end of the trigger's clause, ``recent`` the last words before the trigger."""
    trig = hit.trigger
    ts, te = hit.start, hit.end
    kind = accession_kind(trig.kind, trig.name, doc.text, ts, te)  # joining a treaty is ratifying it
    if kind is None:  # "đàm phán và ký kết": signed when completed, else the negotiation is the event
        kind = K.AGREEMENT_SIGN if _COMPLETED.search(" ".join(recent[-4:])) else K.AGREEMENT_NEGOTIATE
    if trig.name == "coordinate" and joint_celebration(text, index, te, c1):
        kind = K.RELATIONS  # "phối hợp với phía bạn tổ chức các hoạt động kỷ niệm": the relations celebrated
    if trig.name == "host" and kind is K.HOST and text.startswith("tổ chức", ts):
        after = index.between(te, c1)
        if after and meeting_with_partner(text, te, c1, after[0].start):
            kind = K.CONSULT  # "tổ chức hội nghị giao ban với tỉnh X": the two sides meet (round 178)
    if trig.name == "dialogue_partner" and full_partnership(text, ts, te):
        kind = K.RELATIONS_UPGRADE  # "trở thành Đối tác đối thoại đầy đủ của ASEAN" (round 170)
    if kind is K.MEMBERSHIP_JOIN and _PROGRAMME.match(text, te):
        kind = K.COOPERATE  # "tham gia Chương trình Hợp tác ... (GMS)": taking part in a programme (round 26)
    return kind


# what one takes part in without becoming a member: a cooperation programme ("tham gia (các dự án thuộc) Chương
# trình Hợp tác Tiểu vùng Mê Công mở rộng"), not a framework, an initiative or a forum one joins
_PROGRAMME: Final = re.compile(
    r" (?:tích cực |đầy đủ )?(?:(?:các|những) (?:dự án|hoạt động) (?:thuộc|của) )?chương trình\b"
)


def programme_next(text: str, index: MentionIndex, te: int) -> bool:
    """Is a programme of an organisation named right after ``te`` ("tham gia Chương trình Hợp tác ... (GMS)")?"""
    m = _PROGRAMME.match(text, te)
    if m is None:
        return False
    nxt = index.between(m.end(), m.end() + 80)  # (in its name, or its abbreviation in brackets after it)
    return (
        bool(nxt)
        and nxt[0].kind in ("organisation", "body")
        and _NAME_BREAK.search(text, m.end(), nxt[0].start) is None
    )


_NAME_BREAK: Final = re.compile(r"[,.;:)]|\s(?:và|của|do|với|tại|ở|để|nhằm)\s")


_PLANNED_STATUS: Final = "planned"
_PLANNED: Final = Status.PLANNED  # (its value is _PLANNED_STATUS)
# a signing that talks lead to: "(tiếp tục) đàm phán để sớm ký kết X", "đàm phán, tiến tới ký X"
_TALKS_BEFORE: Final = re.compile(r"\bđàm phán,? (?:và |tiến tới |để (?:sớm )?)$")
# the talks' partner between: "Đàm phán với phía X, tiến tới ký Bản ghi nhớ ..."
_SIGNING_AFTER: Final = re.compile(r"[^.;:\n]{0,60}?,? (?:tiến tới|để (?:sớm )?) ký(?: kết)?\b")


def signing_twin(d: Any, trigger_name: str, text: str, ts: int, te: int) -> list[Any]:
    """(round 37) A plan's "đàm phán và ký X, dự kiến vào tháng 9", "đàm phán, tiến tới ký X", "đàm phán để sớm ký
    kết X": the negotiation and the signing it leads to are two planned events (as the golds of plans write
    them); the draft of the chain (or of the signing after "đàm phán để sớm") is
    one of them, this is the other, with its parties, its date and its status. Nothing for a chain told done ("đã
    đàm phán và ký kết": a signing). ``text`` is the lower-cased text, ``ts`` and ``te`` the
    trigger's start and end."""
    if d.status is not _PLANNED:  # (speed round 28: by identity, not ``.value``, a property read per call)
        return []
    if d.kind is K.AGREEMENT_NEGOTIATE and (
        trigger_name == "negotiate_sign" or _SIGNING_AFTER.match(text, te) is not None
    ):
        return [_both_sides(d, K.AGREEMENT_SIGN)]
    if d.kind is K.AGREEMENT_SIGN and (
        trigger_name == "negotiate_sign" or _TALKS_BEFORE.search(text, max(0, ts - 24), ts) is not None
    ):
        return [_both_sides(d, K.AGREEMENT_NEGOTIATE)]
    return []


def _both_sides(d: Any, kind: EventKind) -> Any:
    """``d`` as an event of ``kind``, its parties all actors (talks are held and a text signed together)."""
    if not d.recipients:
        return d._replace(kind=kind)
    return d._replace(kind=kind, actors=tuple(dict.fromkeys(d.recipients + d.actors)), recipients=())
