"""Round 191 (session 22): answers — a diplomatic note saying an agreement "…, ký tại X ngày D, có hiệu lực."
with no date after "có hiệu lực" gives no date (the signing's and the letter's dates are not it; the reply
saying "… có hiệu lực kể từ ngày …" does); "From which date …?" asks a date; a CSV table's row ("a | b |  | c")
keeps its empty cells, so its cells line up with the header's, and a date asked of an action is read from
the column titled with it ("Hiệu lực"); a year written in words ("năm một nghìn chín trăm chín mươi hai") is a
date.

Sentences and documents written here; a negative case each."""

from __future__ import annotations

import pytest

from doingoai.answer.context import analyse_question
from doingoai.answer.date_spans import find_date
from doingoai.answer.tables import action_cell, cells, find_cell
from store_fixtures import ingested_kb

NOTES = """CÔNG HÀM

Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam gửi lời chào trân trọng tới Đại sứ quán nước Cộng hòa Ai-xơ-len tại Hà Nội.

Liên quan đến công hàm số 12/2031 ngày 4/2/2031 của Đại sứ quán, Bộ Ngoại giao xin thông báo phía Việt Nam đã hoàn tất các thủ tục nội bộ cần thiết để Hiệp định giữa hai Chính phủ về hợp tác nghề cá, ký tại Rây-ki-a-vích ngày 10/10/2030, có hiệu lực.

CÔNG HÀM

Đại sứ quán nước Cộng hòa Ai-xơ-len tại Hà Nội gửi lời chào trân trọng tới Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam.

Phía Ai-xơ-len cũng đã hoàn tất các thủ tục nội bộ cần thiết; Hiệp định về hợp tác nghề cá nêu trên có hiệu lực kể từ ngày 1/4/2031.
"""

HEADER = "STT | Ngày ký | Văn kiện | Nơi ký | Hiệu lực | Ghi chú"
ROW = "3 | 12/06/2031 | Hiệp định Thương mại tự do Việt Nam – Ai-xơ-len (VIFTA) |  | 01/01/2032 |"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"cong-ham.txt": NOTES}, "round191.sqlite")


def test_no_signing_date_for_entry_into_force():
    q = analyse_question("Hiệp định về hợp tác nghề cá có hiệu lực từ ngày nào?")
    said = "Hiệp định về hợp tác nghề cá, ký tại Rây-ki-a-vích ngày 10/10/2030, có hiệu lực."
    assert find_date(q, said, ["hiệp định"]) is None
    letter = "Liên quan đến công hàm số 12/2031 ngày 4/2/2031, Hiệp định có hiệu lực."
    assert find_date(q, letter, ["hiệp định"]) is None
    dated = "Hiệp định, ký ngày 10/10/2030, có hiệu lực kể từ ngày 1/4/2031."
    found = find_date(q, dated, ["hiệp định"])
    assert found is not None and found[0] == "ngày 1/4/2031"


def test_a_date_not_bound_to_another_act_is_kept():
    q = analyse_question("Hiệp định có hiệu lực năm nào?")
    found = find_date(q, "Năm 2031, Hiệp định về hợp tác nghề cá có hiệu lực.", ["hiệp định"])
    assert found is not None and found[0] == "2031"


def test_entry_into_force_from_the_reply(kb):
    ans = kb.ask("Hiệp định về hợp tác nghề cá với Ai-xơ-len có hiệu lực từ ngày nào?").to_dict()
    assert "1/4/2031" in (ans["answer"] or "")


def test_from_which_date():
    q = analyse_question("From which date is the fisheries agreement with Iceland in force?")
    assert q.wants.name == "DATE" and q.action == ("hieu luc",)
    assert analyse_question("Which date did the talks open?").asks_day


def test_bar_cells_keep_empty_cells():
    spans = cells(ROW)
    assert len(spans) == len(cells(HEADER)) == 6
    assert ROW[spans[3][0] : spans[3][1]] == ""
    assert ROW[spans[4][0] : spans[4][1]] == "01/01/2032"


def test_action_column():
    q = analyse_question("When did VIFTA enter into force?")
    assert action_cell(q, ROW, HEADER)
    found = find_cell(q, ROW, HEADER)
    assert found is not None and found[0] == "01/01/2032"
    signed = analyse_question("When was VIFTA signed?")  # no action asked: no column by it
    assert not action_cell(signed, ROW, HEADER)


def test_year_in_words():
    q = analyse_question("Việt Nam và Ca-dắc-xtan thiết lập quan hệ ngoại giao năm nào?")
    said = "Ca-dắc-xtan thiết lập quan hệ ngoại giao với Việt Nam năm một nghìn chín trăm chín mươi hai."
    found = find_date(q, said, ["thiết lập"])
    assert found is not None and found[0] == "năm một nghìn chín trăm chín mươi hai"
    count = "Hai nước trao đổi năm nghìn lượt sinh viên."  # "năm nghìn" is a count, no year
    assert find_date(q, count, ["trao đổi"]) is None
