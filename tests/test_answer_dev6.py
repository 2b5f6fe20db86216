"""Answers on the kind of question the sixth scored round missed (heldout21/22): a generic head
("văn kiện nào") answered by a document's own kind, a place opening a sentence ("Tại Hà Nội, ..."),
"where" something is put rather than a place ("được bố trí ở đâu"), "kỷ niệm" read as no signing,
an English question naming Vietnamese places as written, and the determinism of the names a
question requires (a set's order under PYTHONHASHSEED decided which actor's names were cut first).
Documents written here, with distractors; twins check that the old readings stay."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import pytest

from doingoai.answer import actors
from doingoai.answer.extractors import find_name
from doingoai.answer.place_spans import find_locative, find_place
from doingoai.answer.tables import find_cell
from doingoai.question import analyse, detect_lang
from doingoai.question_cues import KIND_RX
from store_fixtures import ingested_kb


# --- the language of a question --------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which provinces take part with Lạng Sơn in the joint working committee with Guangxi?",
        "When did the Prime Minister visit Hà Nội and Đà Nẵng with the delegation?",
        "Who signed the agreement with Lào Cai province in 2019?",
    ],
)
def test_an_english_question_naming_vietnamese_places_is_english(question):
    assert detect_lang(question) == "en"


@pytest.mark.parametrize(
    "question",
    [
        "Do đâu Việt Nam và Lào ký hiệp định này?",
        "Việt Nam gia nhập WTO năm nào?",
        "Which là tên của hiệp định được ký tại Hà Nội năm 2019?",  # Vietnamese words outnumber
        "Hội nghị Cấp cao ASEAN lần thứ 6 thông qua văn kiện nào?",
    ],
)
def test_a_vietnamese_question_stays_vietnamese(question):
    assert detect_lang(question) == "vi"


# --- "ký" as signing, not "kỷ niệm" ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Kinh phí thực hiện Kế hoạch kỷ niệm 45 năm quan hệ được bố trí ở đâu?",
        "Kỳ họp thứ 6 của Quốc hội diễn ra ở đâu?",
        "Hai nước kỳ vọng gì ở chuyến thăm?",
    ],
)
def test_anniversaries_sessions_and_hopes_are_no_signing(question):
    assert "agreement.sign" not in analyse(question).kinds


@pytest.mark.parametrize(
    "question",
    ["Hai nước ký hiệp định ở đâu?", "Hai bên ký kết bản ghi nhớ khi nào?", "Công ty ký hợp đồng với ai?"],
)
def test_signing_is_still_signing(question):
    assert "agreement.sign" in analyse(question).kinds
    assert KIND_RX["agreement.sign"].search("ky hop dong")


# --- a document named by its own kind --------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Hội nghị thông qua Chương trình Hành động Hà Nội nhằm thực hiện Tầm nhìn ASEAN 2020.",
            "Chương trình Hành động Hà Nội",
        ),
        ("Năm 1967, năm nước ký Tuyên bố Băng Cốc, khai sinh ASEAN.", "Tuyên bố Băng Cốc"),
        ("Các bên thông qua Kế hoạch 5 năm về hợp tác nông nghiệp.", "Kế hoạch 5 năm về hợp tác nông nghiệp"),
    ],
)
def test_a_generic_head_is_answered_by_a_documents_own_kind(sentence, name):
    q = analyse("Hội nghị thông qua văn kiện nào?")
    found = find_name(q, sentence)
    assert found is not None and found[0] == name
    assert sentence[found[1] : found[2]] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị thông qua nhiều văn bản quan trọng về hợp tác.",
        "Hai bên bàn về chương trình hợp tác giáo dục.",
    ],
)
def test_no_named_document_no_answer(sentence):
    assert find_name(analyse("Hội nghị thông qua văn kiện nào?"), sentence) is None


def test_a_specific_head_still_needs_its_own_word():
    q = analyse("Hai nước ký hiệp định nào?")
    assert find_name(q, "Hai nước ký Chương trình Hành động chung.") is None


# --- places and where things are put ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("* Ngày 30/6: Tại Hà Nội, Việt Nam và EU ký hai hiệp định.", "Hà Nội"),
        ("Ở Đà Nẵng, hai bên ký biên bản hợp tác.", "Đà Nẵng"),
        ("In Santiago, the two sides signed the agreement.", "Santiago"),
    ],
)
def test_a_place_opening_a_sentence(sentence, place):
    q = analyse("Where did the two sides sign it?")
    assert find_place(q, sentence)[0] == place


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "Kinh phí thực hiện Kế hoạch được bố trí ở đâu?",
            "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 của các cơ quan.",
            "dự toán ngân sách năm 2024",
        ),
        (
            "Vốn của dự án được lấy từ đâu?",  # (no "ở đâu": left to other readings)
            "Vốn của dự án được lấy từ ngân sách trung ương.",
            None,
        ),
        (
            "Hồ sơ được lưu ở đâu?",
            "Hồ sơ được lưu tại văn phòng Sở Ngoại vụ, theo quy định.",
            "văn phòng Sở Ngoại vụ",
        ),
        ("Kinh phí được bố trí ở đâu?", "Kinh phí do các bộ tự cân đối.", None),  # the verb is not there
    ],
)
def test_where_a_thing_is_put(question, sentence, answer):
    found = find_locative(analyse(question), sentence)
    assert (found[0] if found else None) == answer


# --- determinism: names cut from the question whatever a set's order ------------------------------------
_CODES = ["EU", "EVIPA", "EVFTA", "VNM", "USA", "ASEAN"]


def test_names_are_cut_longest_first_whatever_the_order():
    text = "Vì sao Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) và EVFTA chưa có hiệu lực ở Mỹ và ASEAN?"
    outs = {actors.strip_all_names(text, perm) for perm in itertools.permutations(_CODES[:4])}
    assert len(outs) == 1


_PROBE = """
import json
from doingoai.answer import actors
from doingoai.answer.terms import required_names, search_query
from doingoai.question import analyse
out = []
for text in QUESTIONS:
    q = analyse(text)
    codes = actors.codes_in(q.text, english=q.lang == "en")
    out.append([sorted(codes), required_names(q, codes), search_query(q, codes)])
print(json.dumps(out, ensure_ascii=False))
"""
QUESTIONS = [
    "Vì sao Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) chưa có hiệu lực?",
    "Why has the EU – Vietnam Investment Protection Agreement (EVIPA) not entered into force?",
    "Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) được ký ở đâu?",
    "Việt Nam và Hoa Kỳ ký Hiệp định Thương mại song phương (BTA) năm nào?",
    "When did ASEAN and the EU sign the agreement with Vietnam and the United States?",
]


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = f"QUESTIONS = {QUESTIONS!r}\n{_PROBE}"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_required_names_and_queries_do_not_depend_on_the_hash_seed():
    runs = {seed: _run(seed) for seed in ("1", "2", "3")}
    assert len(set(runs.values())) == 1, runs
    first = json.loads(runs["1"])
    assert first[0][1] == []  # the agreement's whole name is cut before "EU": no word left to require


# --- asked of a small knowledge base ------------------------------------------------------------------------
DOCS = {
    "chuong.txt": (
        "CHƯƠNG 3. VIỆT NAM VÀ DIỄN ĐÀN HỢP TÁC Á – ÂU\n\n"
        "Từ ngày 8 đến 10/10/2004, Việt Nam đăng cai Hội nghị Cấp cao ASEM lần thứ 5 tại Hà Nội. "
        "Hội nghị thông qua Tuyên bố Hà Nội về đối thoại giữa các nền văn hóa và kết nạp mười thành viên mới.\n"
    ),
    "quyetdinh.txt": (
        "                              QUYẾT ĐỊNH\n"
        "         Phê duyệt Đề án tổ chức Tuần lễ văn hóa Việt Nam tại Pháp\n\n"
        "Điều 1. Phê duyệt Đề án tổ chức Tuần lễ văn hóa Việt Nam tại Pháp năm 2025.\n"
        "Điều 2. Kinh phí thực hiện Đề án được bố trí trong dự toán chi thường xuyên của Bộ Văn hóa.\n"
    ),
    "bantin.txt": (
        "Điểm tin đối ngoại tháng 8/2023\n\n"
        "* Ngày 10/8: Tại Nairobi, Việt Nam và Kê-ni-a ký bản ghi nhớ về hợp tác nông nghiệp.\n\n"
        "* Ngày 20/8: Bộ trưởng Ngoại giao thăm An-giê-ri.\n"
    ),
    "tin.txt": (
        "Thủ tướng tiếp Đại sứ Nhật Bản\n\n"
        "Ngày 3/3/2023, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội. Hai bên thảo luận về hợp tác đầu tư.\n"
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, DOCS, "dev6.sqlite")


def _said(ans: dict) -> str:
    return (ans["answer"] or "") + " " + ((ans["evidence"] or {}).get("text") or "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hội nghị Cấp cao ASEM lần thứ 5 thông qua văn kiện nào?", "Tuyên bố Hà Nội"),
        (
            "Kinh phí thực hiện Đề án Tuần lễ văn hóa Việt Nam tại Pháp được bố trí ở đâu?",
            "dự toán chi thường xuyên",
        ),
        ("Where did Vietnam and Kenya sign the memorandum on agriculture?", "Nairobi"),
    ],
)
def test_the_sixth_rounds_shapes_are_answered(kb, question, expected):
    ans = kb.ask(question).to_dict()
    assert expected in (ans["answer"] or ""), ans


def test_an_unsupported_document_question_stays_open(kb):
    ans = kb.ask("Hội nghị Cấp cao ASEM lần thứ 7 thông qua văn kiện nào?").to_dict()
    assert "Tuyên bố Hà Nội" not in _said(ans)
    assert ans["answer"] is None, ans  # nothing supports an answer: say so


# --- a table's row read under its header ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "row", "cell"),
    [
        (
            "Cửa khẩu Tân Thanh đối diện với cửa khẩu nào của Trung Quốc?",
            "Tân Thanh  Pò Chài  Văn Lãng",
            "Pò Chài",
        ),
        ("Cửa khẩu Chi Ma thuộc huyện nào?", "Chi Ma  Ái Điểm  Lộc Bình", "Lộc Bình"),
        (
            "Cửa khẩu Hữu Nghị Quan của Trung Quốc đối diện với cửa khẩu nào của Việt Nam?",
            "Hữu Nghị  Hữu Nghị Quan  Cao Lộc",
            "Hữu Nghị",
        ),
    ],
)
def test_the_cell_under_the_header_the_question_names(question, row, cell):
    header = "Cửa khẩu phía Việt Nam  Cửa khẩu phía Trung Quốc  Huyện"
    found = find_cell(analyse(question), row, header)
    assert found is not None and found[0] == cell and row[found[1] : found[2]] == cell


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("Cửa khẩu Tân Thanh mở cửa năm nào?", "Tân Thanh  Pò Chài  Văn Lãng"),  # no column is asked
        ("Cửa khẩu Tân Thanh thuộc huyện nào?", "Tân Thanh  Pò Chài"),  # the row does not line up
    ],
)
def test_no_cell_when_no_column_is_asked_or_the_row_does_not_line_up(question, row):
    assert (
        find_cell(analyse(question), row, "Cửa khẩu phía Việt Nam  Cửa khẩu phía Trung Quốc  Huyện") is None
    )


TABLE_DOCS = {
    "baocao.txt": (
        "BÁO CÁO HỢP TÁC BIÊN GIỚI NĂM 2023\n\n"
        "I. KẾT QUẢ\n\n"
        "1. Tỉnh duy trì giao lưu với các địa phương của Lào trên tuyến biên giới.\n\n"
        "Phụ lục: Các cặp cửa khẩu chính\n\n"
        "Cửa khẩu phía Việt Nam\tCửa khẩu phía Lào\tHuyện\n\n"
        "Nậm Cắn\tNậm Cắn\tKỳ Sơn\n\n"
        "Cầu Treo\tNậm Phao\tHương Sơn\n"
    ),
    "tin.txt": (
        "Thủ tướng tiếp Đại sứ Nhật Bản\n\n"
        "Ngày 3/3/2023, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội. Hai bên thảo luận về hợp tác đầu tư.\n"
    ),
    "thu.txt": (
        "Người phát ngôn trả lời báo chí\n\n"
        "Trả lời: Đầu tháng này, lô vắc-xin đầu tiên do Cơ chế COVAX hỗ trợ đã về tới Việt Nam. Chúng tôi "
        "cảm ơn Tổ chức Y tế Thế giới (WHO) và Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) đã phối hợp chặt chẽ "
        "với các cơ quan chức năng của ta.\n"
    ),
}


@pytest.fixture(scope="module")
def table_kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, TABLE_DOCS, "dev6_table.sqlite")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Cửa khẩu Cầu Treo đối diện với cửa khẩu nào của Lào?", "Nậm Phao"),
        ("Cửa khẩu Cầu Treo thuộc huyện nào?", "Hương Sơn"),
    ],
)
def test_a_table_row_answers_with_its_cell(table_kb, question, expected):
    ans = table_kb.ask(question).to_dict()
    assert ans["answer"] == expected, ans


def test_bodies_asked_for_are_answered_by_the_others_named(table_kb):
    ans = table_kb.ask(
        "Which organisations did the spokesperson thank for their coordination on COVAX vaccines?"
    )
    said = _said(ans.to_dict())
    assert "WHO" in said and "UNICEF" in said
