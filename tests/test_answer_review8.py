"""A date written next to another action is not the date of the action asked (session 8's new-user check:
with only the seeds ingested, "Việt Nam gia nhập ASEAN năm nào?" was answered 2020 from a sentence about
chairing ASEAN in 2020 and being elected to the Security Council for 2020-2021)."""

from doingoai.answer.date_spans import find_date
from doingoai.question import analyse

SEED_LIKE = (
    "được bầu làm Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021 với số phiếu tín nhiệm cao (192/193); "
    "đảm nhận vai trò Chủ tịch ASEAN 2020 trong bối cảnh dịch Covid-19, tham gia có trách nhiệm vào các hoạt "
    "động của HĐBA/LHQ, góp phần khẳng định Việt Nam là thành viên có trách nhiệm trong cộng đồng quốc tế."
)


def _date(question: str, sentence: str) -> str | None:
    found = find_date(analyse(question), sentence, ["ASEAN"])
    return found[0] if found else None


def test_a_chair_year_does_not_date_a_joining():
    assert _date("Việt Nam gia nhập ASEAN năm nào?", SEED_LIKE) is None


def test_the_joining_is_still_dated_where_written():
    sentence = "Ngày 28/7/1995, Việt Nam chính thức gia nhập ASEAN, trở thành thành viên thứ bảy."
    assert _date("Việt Nam gia nhập ASEAN năm nào?", sentence) == "Ngày 28/7/1995"


def test_the_chair_year_answers_a_chair_question():
    assert _date("Việt Nam làm Chủ tịch ASEAN năm nào?", SEED_LIKE) == "2020"
