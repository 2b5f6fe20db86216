"""Round 60 (session 14): signings with no party named in a text about one organisation — "Nghị định thư thứ hai
được ký năm 1998", "Nghị định thư sửa đổi, ký ngày ..." — are the text's organisation's
(`events_org_unstated.org_signing`, an exception to the events_span fast path "every event needs a named party").

Texts written for these tests; whole pipeline with the learned reading off (marker rules_alone).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone


def _signings(text: str) -> list[tuple[list[str], str]]:
    doc = extract_text(text)
    return [
        (list(e.actors), e.date) for e in doc.events if getattr(e.kind, "value", e.kind) == "agreement.sign"
    ]


def test_unnamed_signing_in_an_entry_is_the_organisations() -> None:
    text = (
        "Hiệp hội các quốc gia Đông Nam Á\n\n"
        "Hiệp hội các quốc gia Đông Nam Á (ASEAN) là tổ chức khu vực gồm mười nước.\n\n"
        "Nghị định thư bổ sung về giải quyết tranh chấp, ký ngày 20/11/2004, thay văn kiện cũ. "
        "Nghị định thư thứ hai về thủ tục được ký năm 2010.\n"
    )
    found = _signings(text)
    assert (["ASEAN"], "2004-11-20") in found
    assert (["ASEAN"], "2010") in found


def test_unnamed_signing_outside_an_entry_has_no_party() -> None:
    text = (
        "Tin vắn ngày thứ Hai\n\n"
        "Nhiều hoạt động văn hóa diễn ra trong tuần qua tại các tỉnh phía Bắc.\n\n"
        "Nghị định thư thứ hai về thủ tục được ký năm 2010.\n"
    )
    assert _signings(text) == []
