"""Round 170's family of the trigger lexicon (docs/decisions.md, Round 170): a state ending its part in a body
("Hoa Kỳ tuyên bố chấm dứt tham gia Hội đồng", "Bra-xin ngừng tham gia CELAC"), a leaving the ``tham gia`` of the
joining family read as a joining. :mod:`doingoai.extract.triggers` puts it first."""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.model import EventKind as K

_T = Trigger

LEX170: tuple[Trigger, ...] = (
    # a state ending its part in a body named right after: "chấm dứt tham gia Hội đồng", "thôi tham gia SEV",
    # "ngừng tham gia CELAC" (a pause, "tạm ngừng tham gia G8", is left alone: writers read it as a sanction or a
    # protest; "không ngừng tham gia": taking part all along; "các hoạt động của ...", "vào": round 164's)
    _T(
        "leave_ended_own",
        K.MEMBERSHIP_LEAVE,
        ("tham gia",),
        r"(?<!không )(?<!tạm )(?:chấm dứt|thôi|ngừng) (?:sự )?tham gia"
        r"(?= (?!(?:các|những) hoạt động\b|(?:vào|của|với|trong|và|cuộc|chiến|giao tranh|đàm phán|xung đột)\b)[^\W\d_])"
        + _NO_WORD,
        back=3,
    ),
)
