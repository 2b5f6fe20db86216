"""Round 48 (session 14): "no event" misses — a trigger of the gold's kind whose draft a step dropped.

Sentences written for these tests (other states, names and dates than the working sets). Whole pipeline with the
learned reading off (marker rules_alone: these pin what the rules read):

* a conflict "giữa A và B" with no actor before it: the first against the second, as with a dash (events_lone);
* a chair's handover naming no organisation, where more than one is named around it: the organisation the text is
  about (events_org_unstated.handover_seat), not when another body's name follows ("vai trò Chủ tịch COP27").
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_ASEAN = (
    "Hiệp hội các quốc gia Đông Nam Á\n\nHiệp hội các quốc gia Đông Nam Á (ASEAN) là tổ chức khu vực gồm mười nước."
    " Hiệp hội có quan hệ đối tác với Liên hợp quốc và Liên minh châu Âu.\n\n"
)

# fmt: off
CASES: list[tuple] = [
    ("conflict-between-a-and-b",
     "Tháng 10/2023, xung đột vũ trang giữa Ác-mê-ni-a và A-déc-bai-gian bùng phát trở lại.",
     K.CONFLICT, ("ARM",), ("AZE",), "2023-10", S.OCCURRED),
    ("chair-handover-of-the-texts-organisation",
     _ASEAN + "Tại lễ bế mạc Hội nghị Cấp cao lần thứ 41 ngày 13/11/2022, Cam-pu-chia chuyển giao vai trò Chủ tịch"
     " cho In-đô-nê-xi-a.",
     K.CHAIR, ("IDN",), ("ASEAN",), "2022-11-13", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round48(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_round48_handover_of_another_body():
    text = _ASEAN + "Ngày 13/11/2022, Cam-pu-chia chuyển giao vai trò Chủ tịch COP27 cho In-đô-nê-xi-a."
    got = extract_text(text).events
    assert not [e for e in got if e.kind is K.CHAIR and "ASEAN" in e.recipients], show(got)


def test_round48_conflict_with_one_side():
    got = extract_text("Năm 2023, Việt Nam kêu gọi chấm dứt xung đột giữa các bên tại Xu-đăng.").events
    assert not [e for e in got if e.kind is K.CONFLICT and e.status is not S.NEGATED], show(got)
