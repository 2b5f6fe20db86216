"""Kind choice for accession (round 23): joining a treaty is its ratification, joining a body its membership.

SCHEMA.md gives ``membership.join`` for "becomes a member of an organisation" and ``agreement.ratify`` for an
instrument "ratified or approved". The development golds code an accession to a convention, treaty or protocol
("Việt Nam gia nhập Hiệp ước Hợp tác về sáng chế (PCT) năm 1993", "gia nhập các Công ước Giơ-ne-vơ năm 1949") as
``agreement.ratify``, and joining an agreement that acts as a group ("nộp đơn xin gia nhập Hiệp định CPTPP")
or an organisation built on a treaty ("gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương") as ``membership.join``;
a convention of an organisation ("Công ước số 98 của Tổ chức Lao động Quốc tế") stays a joining of that body.

``accession_kind`` reads the words right after a "gia nhập / trở thành thành viên" trigger: an instrument noun
(Công ước, Hiệp ước, Nghị định thư, Điều ước, Quy chế) followed by its name, or an abbreviation the gazetteer
knows as such an instrument ("gia nhập NPT"), makes the act a ratification. A bare "Công ước" with no name
("gia nhập Công ước năm 1976", told after the body it founded) is left as it is.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.members import members
from doingoai.extract.rx_boundary import WORD_START
from doingoai.model import EventKind

K = members(EventKind)  # (plain attribute reads: see extract/members.py)

_NOUN: Final = r"(?:Công ước|Hiệp ước|Nghị định thư|Điều ước|Quy chế)"
# the instrument right after the verb: "gia nhập (vào) (các) Công ước Béc-nơ / về ... / quốc tế về ... / số 98"
_INSTRUMENT: Final = re.compile(
    r"\s+(?:của\s+|vào\s+)?(?:các\s+|hai\s+|những\s+)?"
    + _NOUN
    + r"\s+(?:[A-ZĐÀ-Ỹ(]|về\b|số\b|quốc tế\b|khung\b|Liên\b)"
)
# an abbreviation right after the verb ("gia nhập NPT", "gia nhập UNCLOS")
_ABBR: Final = re.compile(r"\s+(?:vào\s+)?([A-Z][A-Za-z]{1,9})\b")
# whose instrument it is: an organisation's convention is a joining of that organisation (the golds)
_OF_BODY: Final = re.compile(r"\bcủa\s+(?:Tổ chức|Liên minh|Hiệp hội|Ủy ban)\b")
# "văn kiện / đơn / hồ sơ / thủ tục (xin) gia nhập ...": a document or a step of the accession, not the act
_NOMINAL_BEFORE: Final = re.compile(
    r"(?i)" + WORD_START + r"(?:văn kiện|văn bản|đơn|hồ sơ|thủ tục|quá trình|lộ trình|xin|đề nghị)\s+$"
)
_END: Final = re.compile(r"[.;:\n]|,\s")
_INSTRUMENT_VI: Final = re.compile(_NOUN + r"\b")


def _instrument_abbr(code: str) -> bool:
    e = gazetteer.entry(code)
    if e is None or e.kind != "agreement" or e.attr("parties"):
        return False
    return bool(_INSTRUMENT_VI.match(e.vi or ""))


def accession_kind(kind: EventKind | None, name: str, text: str, ts: int, te: int) -> EventKind | None:
    """``agreement.ratify`` for "gia nhập / trở thành thành viên" + a convention, treaty or protocol (see the
    module's docstring); ``kind`` otherwise. ``text`` is the document text (case kept), ``ts``/``te`` the
    trigger's span."""
    if kind is not K.MEMBERSHIP_JOIN or name != "join":
        return kind
    if _NOMINAL_BEFORE.search(text, max(0, ts - 24), ts):
        return (
            kind  # "ký văn kiện gia nhập TAC", "đơn xin gia nhập": the accession names a document or a step
        )
    window = text[te : te + 160]
    m = _INSTRUMENT.match(window)
    if m is None:
        a = _ABBR.match(window)
        if a is None or not _instrument_abbr(a.group(1)):
            return kind
    end = _END.search(window)
    phrase = window[: end.start()] if end else window
    if _OF_BODY.search(phrase):
        return kind  # "gia nhập Công ước số 98 của Tổ chức Lao động Quốc tế": the body's membership
    if _names_organisation(phrase):
        return kind  # "gia nhập Hiệp ước Vác-sa-va": an alliance the gazetteer has (review of round 23, 12)
    return K.AGREEMENT_RATIFY


_ORG_NAMES: set[str] = set()


def _names_organisation(phrase: str) -> bool:
    """Does the phrase open on a name the gazetteer gives to an organisation ("Hiệp ước Vác-sa-va": the Warsaw
    Treaty Organisation)? Its first two to eight words are tried, longest first."""
    if not _ORG_NAMES:
        _ORG_NAMES.update(
            n.text.lower()
            for e in gazetteer.entries().values()
            if e.kind in ("organisation", "body")
            for n in e.names
        )
        _ORG_NAMES.add("")  # (built once)
    words = phrase.lower().split()
    return any(" ".join(words[:k]) in _ORG_NAMES for k in range(min(8, len(words)), 1, -1))
