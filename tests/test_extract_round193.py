"""Round 193 (session 22): a capital standing for its government. A capital opening its clause after a fronted
"Đến <time>," / "Khi đó," / "Cùng ngày," is the clause's subject as after "Năm 2019," ("Đến tháng 3/2030, Oa-sinh-tơn
trừng phạt ..."), and Seoul's "Xê-un" (the TTXVN datelines' spelling) is a place of the table. Texts written for these
tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai import export
from doingoai.model import Document
from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone

HEAD = "Tin thế giới\n\n"


def _events(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    out = []
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.append((d["kind"], d["actors"], d["recipients"]))
    return out


def _read(text: str) -> list[tuple[str, list[str], list[str]]]:
    return _events(extract_text(HEAD + text + "\n"))


def test_a_capital_after_a_fronted_den_is_the_subject() -> None:
    got = _read("Đến tháng 3/2030, Oa-sinh-tơn trừng phạt tập đoàn dầu khí nhà nước của Vê-nê-xu-ê-la.")
    assert any(k == "sanction" and a == ["USA"] for k, a, _r in got), got


def test_a_capital_after_khi_do_is_the_subject() -> None:
    got = _read("Khi đó, Mát-xcơ-va lên tiếng phản đối quyết định của Ba Lan.")
    assert any(k == "protest" and a == ["RUS"] for k, a, _r in got), got


def test_a_capital_as_a_venue_is_no_party() -> None:
    got = _read("Đến tháng 5/2030, hội nghị khu vực được tổ chức tại Xê-un.")
    assert not any("KOR" in a for _k, a, _r in got), got


def test_xe_un_is_seoul() -> None:
    got = _read("Năm 2030, Xê-un và Hà Nội ký thỏa thuận hợp tác văn hóa.")
    assert any("KOR" in a + r for _k, a, r in got), got
