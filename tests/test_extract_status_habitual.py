"""Habitual and standing statements are ongoing, not one-off acts (trigger_cues.ONGOING)."""

from __future__ import annotations

import pytest

from doingoai.model import Status
from doingoai.pipeline import extract_text


def _statuses(text: str) -> dict[str, Status]:
    doc = extract_text(text, "status")
    return {e.kind.value: e.status for e in doc.events}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Việt Nam luôn ủng hộ Cam-pu-chia hội nhập khu vực.", "support"),
        ("Việt Nam và Xinh-ga-po thường xuyên phối hợp chặt chẽ tại ASEAN và Liên Hợp Quốc.", "cooperate"),
        ("Hằng năm Chính phủ Hung-ga-ri cấp học bổng cho sinh viên Việt Nam.", "aid"),
        ("Nhật Bản hiện là nhà tài trợ ODA lớn nhất cho Việt Nam.", "aid"),
    ],
)
def test_habitual_and_standing_statements_are_ongoing(sentence, kind):
    assert _statuses(sentence).get(kind) is Status.ONGOING


@pytest.mark.parametrize(
    ("sentence", "kind", "status"),
    [
        ("Năm 1995, Việt Nam gia nhập ASEAN.", "membership.join", Status.OCCURRED),
        ("Việt Nam vẫn chưa phê chuẩn Hiệp định EVIPA.", "agreement.ratify", Status.NEGATED),
        ("Việt Nam và Xinh-ga-po sẽ thường xuyên phối hợp tại Liên Hợp Quốc.", "cooperate", Status.PLANNED),
    ],
)
def test_one_off_negated_and_planned_acts_keep_their_status(sentence, kind, status):
    assert _statuses(sentence).get(kind) is status
