"""Round 217 (session 23): a "hội nghị" named by what it does for firms or the public ("hội nghị trực tuyến kết nối
doanh nghiệp", "hội nghị giao thương", "hội nghị về an toàn cho du khách"), held with a foreign partner ("phối hợp
với Đại sứ quán X tổ chức ..."), is an activity held together like a seminar: cooperation with X, not the two
sides' talks. A session of a joint body held with the partner ("tổ chức kỳ họp Ủy ban hợp tác") stays their
consultation, and a meeting organised alone is untouched.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone


def _read(text: str) -> list[tuple[str, list[str], list[str], str]]:
    return sorted(
        (e.kind.value, list(e.actors), list(e.recipients), e.date or "") for e in extract_text(text).events
    )


def test_an_online_business_meeting_held_with_an_embassy_is_cooperation() -> None:
    text = (
        "Tháng 5/2024, Sở Ngoại vụ tỉnh Phú Yên phối hợp với Đại sứ quán Ba Lan tổ chức hội nghị trực tuyến kết nối"
        " doanh nghiệp tỉnh với các nhà nhập khẩu Ba Lan.\n"
    )
    assert _read(text) == [("cooperate", ["VNM"], ["POL"], "2024-05")]


def test_a_meeting_on_a_topic_held_with_an_embassy_is_cooperation() -> None:
    text = (
        "Tháng 6/2024, Sở Ngoại vụ tỉnh Phú Yên phối hợp với Đại sứ quán Thụy Điển tổ chức hội nghị về an toàn cho du"
        " khách Thụy Điển.\n"
    )
    assert _read(text) == [("cooperate", ["VNM"], ["SWE"], "2024-06")]


def test_a_joint_committee_session_held_with_the_partner_stays_a_consultation() -> None:
    text = (
        "Tháng 3/2024, Sở Ngoại vụ tỉnh Điện Biên phối hợp với phía Lào tổ chức kỳ họp Ủy ban hợp tác giữa hai"
        " tỉnh.\n"
    )
    assert _read(text) == [("consult", ["VNM"], ["LAO"], "2024-03")]
