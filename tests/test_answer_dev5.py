"""Answers on the kind of question heldout18 missed ("Which Chinese province borders Lào Cai?"): an
English word inflected ("borders", "provinces") reaches the lexicon through its stem, and a country's
adjective before a place noun ("Chinese province") names the country; so the sentence saying the
border is preferred over a dateline that only names the place. Documents written here, with
distractors; twins check that names are never stemmed and that unsupported questions stay open."""

from __future__ import annotations

import pytest

from doingoai.answer import actors
from doingoai.answer.context import analyse_question
from doingoai.answer.english import en_vi
from doingoai.answer.terms import content_terms
from store_fixtures import ingested_kb


@pytest.mark.parametrize(
    "word, vi",
    [
        ("borders", ("biên giới", "giáp biên")),
        ("bordering", ("biên giới", "giáp biên")),
        ("bordered", ("biên giới", "giáp biên")),
        ("provinces", ("tỉnh",)),
        ("province", ("tỉnh",)),
        ("signed", ("ký",)),  # an entry of its own stays as it is
    ],
)
def test_inflected_english_words_reach_the_lexicon(word, vi):
    assert en_vi(word) == vi


@pytest.mark.parametrize("word", ["bus", "is", "cairns", "zzzings", "was"])
def test_words_without_an_entry_or_too_short_to_stem_have_none(word):
    assert en_vi(word) is None


@pytest.mark.parametrize(
    "question, code",
    [
        ("Which Chinese province borders Lào Cai?", "CHN"),
        ("Which Lao provinces border Nghệ An?", "LAO"),
        ("Which Japanese city hosted the summit?", "JPN"),
        ("Which Cambodian region is mentioned?", "KHM"),
    ],
)
def test_a_country_adjective_before_a_place_noun_names_the_country(question, code):
    assert code in actors.codes_in(question, english=True)


def test_a_country_adjective_alone_names_no_country():
    assert "CHN" not in actors.codes_in("Which languages are Chinese and Vietnamese?", english=True)


def test_a_capitalised_name_is_never_stemmed():
    q = analyse_question("When did Vietnam open a consulate in Cairns?")
    concepts = content_terms(q, actors.codes_in(q.text, english=True))
    assert ("cairns",) in concepts


DOCS = {
    "nghiquyet.txt": (
        "ĐẢNG BỘ TỈNH HÀ GIANG                   ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Số 12-NQ/TU                          Hà Giang, ngày 5 tháng 4 năm 2022\n\n"
        "                                NGHỊ QUYẾT\n"
        "            về công tác đối ngoại của tỉnh giai đoạn 2022 – 2025\n\n"
        "I. TÌNH HÌNH\n"
        "Hà Giang có chung đường biên giới với tỉnh Quảng Tây (Trung Quốc) dài hơn 270 km.\n"
        "Tỉnh tiếp tục tranh thủ vốn ODA của Ngân hàng Thế giới cho hạ tầng giao thông.\n"
    ),
    "baocao.txt": (
        "BÁO CÁO HỢP TÁC VỚI LÀO\n\n"
        "Điện Biên, ngày 10 tháng 1 năm 2023\n\n"
        "Điện Biên có chung đường biên giới với tỉnh Phông-xa-lỳ (Lào). Hai tỉnh tổ chức hội đàm "
        "thường niên và ký biên bản hợp tác về giáo dục.\n"
    ),
    "tin.txt": (
        "Thủ tướng tiếp Đại sứ Nhật Bản\n\n"
        "Ngày 3/3/2023, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội. Hai bên thảo luận về hợp tác đầu tư.\n"
    ),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, DOCS, "dev5.sqlite")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Which Chinese province borders Hà Giang?", "Quảng Tây"),
        ("Which Lao province borders Điện Biên?", "Phông-xa-lỳ"),
    ],
)
def test_the_border_sentence_answers_not_the_dateline(kb, question, expected):
    ans = kb.ask(question).to_dict()
    assert expected in (ans["answer"] or ""), ans  # ("Which <adjective> province": the name itself)
    assert "ngày" not in (ans["evidence"] or {}).get("text", "")[:30]


def test_a_province_nothing_says_stays_unanswered(kb):
    ans = kb.ask("Which Thai province borders Hà Giang?").to_dict()
    assert ans["answer"] is None
