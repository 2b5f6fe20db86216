"""Round 176 (session 21): answers — an ordinal ranks, it does not count: "lần thứ 12" of a summit is no
answer to "bao nhiêu nước thành viên", while a question asking a rank ("thứ mấy") or times still reads it.

Sentences written here; a negative case each."""

from __future__ import annotations

import pytest

from doingoai.answer.context import _short_forms
from doingoai.answer.number_spans import find_number
from doingoai.question import analyse
from store_fixtures import ingested_kb


def _number(question: str, sentence: str) -> str | None:
    found = find_number(analyse(question), sentence, [])
    return found[0] if found else None


def test_ordinal_is_no_count():
    sentence = "Lãnh đạo các nước thành viên dự Hội nghị cấp cao lần thứ 12 của Diễn đàn tại Thủ đô Xanh."
    assert _number("Diễn đàn có bao nhiêu nước thành viên?", sentence) is None


def test_count_beside_an_ordinal():
    sentence = "Hội nghị cấp cao lần thứ 12 của Diễn đàn quy tụ lãnh đạo 31 nước thành viên."
    assert _number("Diễn đàn có bao nhiêu nước thành viên?", sentence) == "31"


def test_rank_asked_reads_the_ordinal():
    sentence = "Năm 2031, Đông Ti-mo trở thành thành viên thứ 12 của Diễn đàn."
    assert _number("Đông Ti-mo là thành viên thứ mấy của Diễn đàn?", sentence) == "thứ 12"


COURT = """Ghi chép về các cơ quan tài phán quốc tế

Tòa án Công lý quốc tế (ICJ) là cơ quan tư pháp chính của Liên hợp quốc, đặt trụ sở tại La Hay.

Tòa gồm 15 thẩm phán do Đại hội đồng và Hội đồng Bảo an bầu với nhiệm kỳ chín năm.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"toa-an.txt": COURT}, "round176.sqlite")


def test_court_by_its_head_word(kb):
    # "Tòa gồm 15 thẩm phán" right after the court is named speaks of it
    assert kb.ask("Tòa án Công lý quốc tế gồm bao nhiêu thẩm phán?").answer == "15"


def test_another_court_is_not_it():
    # "Tòa Trọng tài …" is a court of its own, not the ICJ cut short
    icj = [("Tòa án Công lý quốc tế",)]
    assert _short_forms(icj, "Tòa gồm 15 thẩm phán.")
    assert not _short_forms(icj, "Tòa Trọng tài ra phán quyết.")
