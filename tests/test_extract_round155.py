"""Round 155 (session 20): answers — money told in words, a month written with no year (or in words) in a
text of the year asked, an ordinal told with the years before it, a treaty's closing line "Làm tại X, ngày …".

* "trị giá bao nhiêu": "hai triệu đô-la Mỹ", an amount in words a currency follows ("đô-la" hyphenated too).
* "… tháng 4/2025": a sentence of a news script dated 2025 whose paragraph writes "tháng Tư" (or "tháng 4").
* "X 2025 là lần thứ mấy …?": "Đây là lần thứ ba …, sau các năm 2012 và 2018" is kept though it writes
  other years only.
* "Where / when was the agreement signed?": the closing line "Làm tại Hà Nội, ngày …" of the treaty text,
  about what its title names.
* "Hai bên khởi động đàm phán …" in a paragraph naming the parties asked (none named since) answers for them.

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.amounts import in_words
from doingoai.answer.date_spans import unyeared_month
from doingoai.answer.required import own_year_first
from store_fixtures import ingested_kb

SCRIPT = """ĐÀI PHÁT THANH – BẢN TIN THỜI SỰ 12 GIỜ
Thứ Tư, ngày 9/4/2025

PTV: Sáng nay, Thủ tướng Niu Di-lân Christopher Luxon đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam trong hai ngày chín và mười tháng Tư. Đây là lần thứ hai ông thăm Việt Nam trên cương vị Thủ tướng.

PTV: Chiều nay, tại Đà Nẵng, Cơ quan Hợp tác quốc tế Nhật Bản JICA đã bàn giao trạm quan trắc môi trường biển trị giá ba triệu đô-la Mỹ cho thành phố.
"""

TREATY = """HIỆP ĐỊNH
GIỮA
CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VÀ
CHÍNH PHỦ CỘNG HÒA CHI-LÊ
VỀ HỢP TÁC VĂN HÓA

Điều 1
Các Bên khuyến khích trao đổi nghệ sĩ và đoàn nghệ thuật giữa hai nước.

Điều 2
Hiệp định này có hiệu lực sau 30 ngày kể từ ngày ký.

Làm tại Xan-ti-a-gô, ngày 5 tháng 3 năm 2024, thành hai bản gốc bằng tiếng Việt và tiếng Tây Ban Nha.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    docs = {"ban-tin.txt": SCRIPT, "hiep-dinh.txt": TREATY}
    yield from ingested_kb(tmp_path_factory, docs, "round155.sqlite")


def test_money_in_words():
    sentence = "Dự án trị giá ba triệu đô-la Mỹ được bàn giao cho thành phố."
    assert [m.group(0) for m in in_words(sentence, ())] == ["ba"]
    assert [m.group(0) for m in in_words("Khoản vay hai tỷ yên.", ())] == ["hai"]
    # negative: an amount in words no currency follows, a question naming no unit
    assert in_words("Hai triệu người dân được hưởng lợi.", ()) == []
    assert in_words("Ba nước ký tuyên bố chung.", ()) == []


def test_money_in_words_answered(kb):
    ans = kb.ask("Trạm quan trắc do JICA bàn giao trị giá bao nhiêu?")
    assert ans.answer == "ba triệu đô-la Mỹ"


def test_month_without_year():
    assert unyeared_month("trong hai ngày chín và mười tháng Tư.", "năm 2025") == "tháng 4/2025"
    assert unyeared_month("Hội nghị họp vào tháng 6 tại Viên.", "năm 2015") == "tháng 6/2015"
    assert unyeared_month("Lễ hội diễn ra tháng Giêng.", "năm 2024") == "tháng 1/2024"
    # negative: a month with its year, "tháng năm nay", no document year
    assert unyeared_month("Hội nghị họp vào tháng 6/2014 tại Viên.", "năm 2015") == ""
    assert unyeared_month("Trong tháng này, hai bên sẽ gặp lại.", "năm 2015") == ""
    assert unyeared_month("Hội nghị họp vào tháng 6 tại Viên.", "") == ""


def test_month_in_words_answered(kb):
    ans = kb.ask(
        "Chuyến thăm tháng 4/2025 là lần thứ mấy ông Christopher Luxon thăm Việt Nam trên cương vị Thủ tướng?"
    )
    assert ans.answer == "lần thứ hai"
    # negative: another month of that year
    ans = kb.ask(
        "Chuyến thăm tháng 7/2025 là lần thứ mấy ông Christopher Luxon thăm Việt Nam trên cương vị Thủ tướng?"
    )
    assert ans.answer != "lần thứ hai"


def test_ordinal_kept_with_other_years():
    own = (1.0, 0, {"text": "Lễ hội năm 2025 khai mạc tại Huế."})
    other = (0.9, 1, {"text": "Đây là lần thứ ba Việt Nam đăng cai, sau các năm 2012 và 2018."})
    assert own_year_first(2025, [own, other], counted=True) == [own, other]
    # negative: a question asking no ordinal leaves the other years' sentence out
    assert own_year_first(2025, [own, other]) == [own]


def test_closing_line_answers_where_signed(kb):
    ans = kb.ask("Where was the Vietnam – Chile cultural cooperation agreement signed?")
    assert ans.answer == "Xan-ti-a-gô"
    ans = kb.ask("Hiệp định hợp tác văn hóa giữa Việt Nam và Chi-lê được ký ở đâu?")
    assert ans.answer == "Xan-ti-a-gô"
    ans = kb.ask("Hiệp định hợp tác văn hóa giữa Việt Nam và Chi-lê được ký ngày nào?")
    assert ans.answer is not None and "2024" in ans.answer
    # negative: a question on the entry into force is answered by "Hiệp định này …", not the closing line
    ans = kb.ask("Hiệp định hợp tác văn hóa giữa Việt Nam và Chi-lê có hiệu lực sau bao nhiêu ngày?")
    assert ans.answer == "30"
    assert "Làm tại" not in ans.evidence["text"]


PERU = """Quan hệ Việt Nam – Pê-ru

Việt Nam và Pê-ru thiết lập quan hệ ngoại giao ngày 14/11/1994. Hai bên khởi động đàm phán hiệp định thương mại tháng 3/2019 và kết thúc vào tháng 9/2021.

Kế hoạch năm 2026

1. Tiếp tục đàm phán với Pê-ru về hiệp định thương mại dịch vụ, dự kiến vào tháng 10.
"""


def test_both_sides_read_in_their_paragraph(tmp_path_factory):
    for kb in ingested_kb(tmp_path_factory, {"pe-ru.txt": PERU}, "round155b.sqlite"):
        ans = kb.ask("Việt Nam và Pê-ru khởi động đàm phán hiệp định thương mại khi nào?")
        assert ans.answer is not None and "3/2019" in ans.answer
        # negative: "hai bên" after another party named since stands for no asked one
        ans = kb.ask("Việt Nam và Chi-lê khởi động đàm phán hiệp định thương mại khi nào?")
        assert ans.answer is None or "3/2019" not in ans.answer
