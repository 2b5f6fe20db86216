"""Round 89 (session 16): answers — a body asked by its kind, a city for its country, amounts of the unit asked.

* "Which Indian university …?", "Which court ruled …?", "… với trường đại học nào của Phần Lan?": a name
  with that kind's head ("Đại học …", "Tòa án …"), the gazetteer's name whole.
* A city the gazetteer places in the asked country stands for it ("sang Osaka và Kyoto" for Japan); a
  delegation's visit asked ("thăm X những nơi nào", "làm việc ở những thành phố nào") is answered by the
  places after "sang" / "thăm".
* Amounts: "bao nhiêu vào X" counts nothing named X; "How many Uzbek students": the nationality is no unit;
  a sentence counting the asked unit is about it whatever its verb; English words of the people counted
  ("officials", "officers", "died", "days", "record").
* A negated question's verb after a passive's agent ("chưa được phía bạn chấp thuận"); "launched",
  "announced", "declare" reach "ra đời", "khởi động", "công bố", "tuyên bố".

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.amounts import counts_asked, unit_words
from doingoai.answer.asked import Negation, negation_at
from doingoai.answer.bodies import find_body, kind_heads
from doingoai.answer.cities import cities_of
from doingoai.answer.context import DocumentContext, analyse_question
from doingoai.answer.place_spans import find_place
from store_fixtures import ingested_kb

PLAN = """SỞ NGOẠI VỤ

KẾ HOẠCH
Hợp tác với Nhật Bản năm 2027

1. Tháng 4, đón đoàn Đại học Nông nghiệp Tokyo sang làm việc về giống lúa chịu mặn.

2. Tháng 10, cử đoàn cán bộ sang Osaka và Kyoto làm việc với các doanh nghiệp chế biến nông sản.

3. Năm tới, Sở sẵn sàng đón 12 cán bộ của các tỉnh đối tác sang học về quản lý thiên tai.

4. Chương trình trao đổi sinh viên với Đại học Hokkaido chưa được phía bạn chấp thuận do khác biệt về học phí.
"""

ENTRY = """Liên minh Hải quan SACU

Khu vực thương mại tự do của SACU ra đời ngày 12/3/2004 với bảy nước tham gia đầu tiên. Năm 2010, các
nước thành viên ký hiệp định về liên minh thuế quan.

Ngày 5/6/1998, Tòa án Trọng tài Thường trực ra phán quyết về tranh chấp đảo giữa Ê-ri-tơ-rê-a và Y-ê-men.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"ke-hoach.txt": PLAN, "muc-tu.txt": ENTRY}, "round89.sqlite")


def test_kind_heads():
    assert kind_heads("Which Indian university signed a memorandum?").search("với Đại học Punjab")
    assert kind_heads("Trường ký Biên bản ghi nhớ với trường đại học nào của Lào?") is not None
    assert kind_heads("Which court ruled on the dispute?").search("Tòa án Trọng tài")
    # negative: organisations and countries are asked elsewhere; "which" alone asks no kind
    assert kind_heads("Which organisation funds the project?") is None
    assert kind_heads("Which country signed first?") is None


def test_body_of_the_kind_asked():
    q = analyse_question("Which Japanese university will send a delegation in April?")
    s = "1. Tháng 4, đón đoàn Đại học Nông nghiệp Tokyo và Cơ quan Hợp tác quốc tế Nhật Bản sang làm việc."
    assert find_body(q, s, [], kind_heads(q.text))[0] == "Đại học Nông nghiệp Tokyo"
    # negative: no name of the kind asked
    assert find_body(q, "Đón đoàn Cơ quan Hợp tác quốc tế Nhật Bản.", [], kind_heads(q.text)) is None


def test_university_asked_by_kind(kb):
    a = kb.ask("Which Japanese university will the department receive in April?")
    assert a.answer == "Đại học Nông nghiệp Tokyo"


def test_court_asked_by_kind(kb):
    a = kb.ask("Which court ruled on the island dispute between Eritrea and Yemen?")
    assert a.answer is not None and a.answer.startswith("Tòa án Trọng tài")


def test_a_city_for_its_country():
    ctx = DocumentContext(None, {"JPN"})
    hit = {"text": "2. Tháng 10, cử đoàn cán bộ sang Osaka và Kyoto làm việc với doanh nghiệp."}
    assert cities_of(ctx, hit, {"JPN"})
    # negative: a city of another country, or another country named
    assert cities_of(ctx, {"text": "2. Tháng 10, cử đoàn sang Busan làm việc."}, {"JPN"}) is None
    assert cities_of(ctx, {"text": "Cử đoàn sang Osaka và Hàn Quốc."}, {"JPN"}) is None


def test_cities_of_the_country_asked(kb):
    a = kb.ask("Đoàn cán bộ tháng 10 sẽ sang những thành phố nào của Nhật Bản?")
    assert a.answer == "Osaka và Kyoto"


def test_places_visited():
    q = analyse_question("Đoàn công tác sẽ làm việc ở những thành phố nào của Nhật Bản?")
    s = "2. Tháng 10, cử đoàn cán bộ sang Osaka và Kyoto làm việc với doanh nghiệp tại Việt Nam."
    assert find_place(q, s)[0] == "Osaka và Kyoto"
    q = analyse_question("Đoàn đại biểu sẽ sang thăm tỉnh nào của Việt Nam?")
    # negative of the verb's reading: no place after "thăm", the place given by "tại" still answers
    assert find_place(q, "Đón đoàn sang thăm, làm việc tại tỉnh Quảng Trị.")[0] == "Quảng Trị"


def test_amount_units():
    assert unit_words("Nhật Bản đóng góp bao nhiêu vào quỹ?") == ()
    assert unit_words("How many Uzbek students were admitted?") == ("sinh", "vien")
    assert counts_asked("How many Uzbek students were admitted?", "Trường tiếp nhận 6 sinh viên Uzbekistan.")
    # negative: an amount of something else
    assert not counts_asked("How many Uzbek students were admitted?", "Trường cử 6 giảng viên sang Tashkent.")


def test_amounts_asked(kb):
    a = kb.ask("How many officials of the partner provinces is the department ready to train next year?")
    assert a.answer == "12"


def test_negated_after_an_agent():
    assert negation_at(Negation(("chap",)), "Chương trình chưa được phía bạn chấp thuận do học phí.")
    assert negation_at(Negation(("phe",)), "Đề án chưa được Bộ Giáo dục và Đào tạo phê duyệt.")
    # negative: another verb after "nhưng đã"
    assert negation_at(Negation(("thong",)), "Hiệp định chưa được ký kết nhưng đã thông qua.") is None


def test_why_not_approved(kb):
    a = kb.ask("Vì sao Đại học Hokkaido chưa chấp thuận chương trình trao đổi sinh viên?")
    assert a.evidence is not None and "khác biệt về học phí" in a.evidence["text"]


def test_launched(kb):
    a = kb.ask("When was the SACU free trade area launched?")
    assert a.answer == "12 March 2004"
