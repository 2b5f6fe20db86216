"""The review of session 16's rounds 79–93 and speed rounds 20–21 (docs/decisions.md, "Session 16, review"): each
finding's failing-before case, with sentences written for these tests."""

from __future__ import annotations

import pytest

from doingoai.extract.events_bare_org import bare_org_head
from doingoai.extract.events_context import Context
from doingoai.extract.textscan import lower_same_length
from doingoai.extract.trigger_scan import scan_text
from doingoai.model import Document, Mention
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _names(text: str) -> list[str]:
    return [h.trigger.name for h in scan_text(text.lower(), lower_same_length(text))]


# --- 1. round 90's reception: "nhân" of the occasion, not a noun it opens ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Đại sứ quán tổ chức chiêu đãi nhân viên sứ quán và gia đình.",
        "Tỉnh ủy tổ chức chiêu đãi nhân dân địa phương.",
    ],
)
def test_reception_for_staff_or_people_is_no_anniversary(text: str) -> None:
    assert "relations_reception" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đại sứ quán tổ chức chiêu đãi nhân dịp Quốc khánh.",
        "Đại sứ quán tổ chức chiêu đãi nhân kỷ niệm 50 năm quan hệ ngoại giao.",
        "Đại sứ quán tổ chức chiêu đãi kỷ niệm 50 năm quan hệ ngoại giao.",
    ],
)
def test_reception_for_an_occasion_still_found(text: str) -> None:
    assert "relations_reception" in _names(text)


# --- 2. round 93's own_act_partner: a title before a lower-case word is no titled name ----------------------------
def _text(title: str, last: str) -> str:
    return (
        f"{title}\n\n"
        "Hai nước có quan hệ hữu nghị lâu năm. Thương mại hai chiều còn khiêm tốn.\n\n"
        "Nhiều dự án hợp tác đang được triển khai.\n\n"
        f"{last}\n"
    )


@pytest.mark.parametrize("verb", ["đã thăm", "đã có chuyến thăm", "thăm"])
def test_bare_title_before_a_lower_case_word_visits(verb: str) -> None:
    # ("đ" lies in "À-Ỹ": "Thủ tướng đã ..." read as a title and a name, and the visit dropped)
    text = _text(
        "QUAN HỆ VIỆT NAM – NA UY", f"Tháng 5/2024, Thủ tướng {verb} chính thức Việt Nam lần đầu tiên."
    )
    got = [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is K.VISIT]
    assert (["NOR"], ["VNM"]) in got


# --- 3. round 93's bare organisation head: a capital, not any letter of "À-Ỹ" --------------------------------------
def _head_of(text: str, name: str, after: str) -> str:
    doc = Document(
        name="x.txt", raw=text, text=text, mentions=[Mention(0, len(name), "XORG", "organisation")]
    )
    return bare_org_head(doc, Context(doc), text.index(after) + len(after))


def test_lower_case_head_is_no_organisation() -> None:
    name = "ủy ban điều phối khu vực"
    text = f"{name} họp năm 2018.\n\nNăm 2020, nước này rút khỏi ủy ban năm 2021.\n"
    assert _head_of(text, name, "rút khỏi") == ""


def test_capitalised_head_still_read() -> None:
    name = "Ủy ban điều phối khu vực"
    text = f"{name} họp năm 2018.\n\nNăm 2020, nước này rút khỏi Ủy ban năm 2021.\n"
    assert _head_of(text, name, "rút khỏi") == "XORG"
