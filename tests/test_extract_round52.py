"""Round 52 (session 14): encyclopedia entries — a meeting a member state hosts, told in an entry on an organisation
without naming the organisation again ("Hội nghị ... đầu tiên do X đăng cai", "X đăng cai Hội nghị thượng đỉnh ..."),
is the organisation's: the host event's recipient is the entry's organisation (`events_org_unstated.hosted_meeting_org`).
Not a meeting "về" a topic, nor one whose clause names another state or body.

Entry written for these tests; whole pipeline with the learned reading off (marker rules_alone).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone

_ENTRY = (
    "Tổ chức Y tế Thế giới\n\n"
    "Tổ chức Y tế Thế giới (WHO) là cơ quan chuyên môn của Liên hợp quốc về y tế công cộng quốc tế.\n\n"
    "Tổ chức có trụ sở tại Giơ-ne-vơ. Các nước thành viên họp mỗi năm một lần.\n\n"
    "{sentence}\n\n"
    "Tổ chức hiện có 194 thành viên. Ngân sách của tổ chức do các thành viên đóng góp.\n"
)


def _hosts(sentence: str) -> list[tuple[list[str], list[str]]]:
    doc = extract_text(_ENTRY.format(sentence=sentence))
    return [
        (list(e.actors), list(e.recipients)) for e in doc.events if getattr(e.kind, "value", e.kind) == "host"
    ]


def test_meeting_hosted_is_the_entrys_organisation() -> None:
    got = _hosts(
        "Hội nghị thường niên đầu tiên do Ca-na-đa đăng cai tại Ốt-ta-oa năm 1950 đã thông qua điều lệ."
    )
    assert (["CAN"], ["WHO"]) in got


def test_meeting_on_a_topic_is_no_seat() -> None:
    got = _hosts("Năm 1950, Ca-na-đa đăng cai hội nghị về an ninh lương thực tại Ốt-ta-oa.")
    assert all("WHO" not in r for _, r in got)
