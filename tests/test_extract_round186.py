"""Round 186 (session 22): a stance toward an act told just before. The welcomed or rejected decision, step or
view ("quyết định này", "bước đi này", "ý kiến này") is the act the sentence before told, and its maker is the
stance's target; a stance caused by the clause before it in the same sentence ("..., khiến B phản đối") is aimed at
that clause's subject. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai import export
from doingoai.model import Document
from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone

HEAD = "Tin thế giới\n\n"


def _events(doc: Document) -> list[tuple[str, list[str], list[str], str]]:
    out = []
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.append((d["kind"], d["actors"], d["recipients"], d["status"]))
    return out


def _read(text: str) -> list[tuple[str, list[str], list[str], str]]:
    return _events(extract_text(HEAD + text + "\n"))


def test_a_view_rejected_is_a_protest_against_the_speaker_before() -> None:
    got = _read(
        "Tại diễn đàn, Ngoại trưởng Nhật Bản khẳng định Tô-ky-ô có quyền khai thác vùng biển này. "
        "Bộ trưởng Ngoại giao Hàn Quốc đã phản bác ý kiến này."
    )
    assert ("protest", ["KOR"], ["JPN"], "occurred") in got, got


def test_a_stance_caused_by_the_clause_before_is_aimed_at_its_subject() -> None:
    got = _read("Năm 2019, Ấn Độ công bố bản đồ mới có cả vùng Kalapani, khiến phía Nê-pan phản đối gay gắt.")
    assert ("protest", ["NPL"], ["IND"], "occurred") in got, got


def test_a_decision_welcomed_by_its_maker_after_cua() -> None:
    got = _read("Ca-na-đa hoan nghênh quyết định của Mê-hi-cô, gọi đây là bước tiến quan trọng.")
    assert ("support", ["CAN"], ["MEX"], "occurred") in got, got


def test_no_target_when_the_sentence_before_names_no_one() -> None:
    got = _read("Hai bên cam kết thực hiện quyết định. Tổng Thư ký Liên hợp quốc hoan nghênh bước đi này.")
    assert not any(k == "support" and r and r != ["VNM"] for k, _a, r, _s in got), got
