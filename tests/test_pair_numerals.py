"""A number of parties is not the pair: "mười hai bên" (twelve parties), "hai mươi hai nước" (twenty-two states),
"một trăm linh hai nước" (102) hold "hai bên" / "hai nước" but are no anaphor of the two parties named before
(events_anaphora), nor "giữa hai nước" in a name (events_nominal), "hai tỉnh" (places) or a question's deixis
(answer/required); each with its twin, the pair itself ("hai bên", "trong năm hai nước": the year, not five)."""

from __future__ import annotations

import pytest

from doingoai.answer.required import has_deixis
from doingoai.extract.events_anaphora import PAIR
from doingoai.extract.events_nominal import _PAIR_IN_NAME
from doingoai.extract.places import _PAIR as PROVINCE_PAIR
from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params

NO = ((), (), "", S.NEGATED)
_LAOS = "Việt Nam và Lào ký Hiệp định hợp tác văn hóa năm 1977. "

# fmt: off
CASES: list[tuple] = [
    ("twelve-parties-talks", _LAOS + "Tháng 5/2019, đại diện của mười hai bên đã hội đàm tại Hà Nội.", K.CONSULT, *NO),
    ("twenty-two-states-talks", _LAOS + "Tháng 5/2019, hai mươi hai nước đã hội đàm tại Viêng Chăn.", K.CONSULT, *NO),
    ("twelve-capitalised", _LAOS + "Mười hai bên đã hội đàm tại Hà Nội tháng 5/2019.", K.CONSULT, *NO),
    # twins: the pair itself
    ("pair-talks-twin", _LAOS + "Tháng 5/2019, đại diện của hai bên đã hội đàm tại Hà Nội.",
     K.CONSULT, ("VNM", "LAO"), (), "2019-05", S.OCCURRED),
    ("pair-leaders-twin", _LAOS + "Tháng 6/2019, lãnh đạo hai nước đã hội đàm tại Viêng Chăn.",
     K.CONSULT, ("VNM", "LAO"), (), "2019-06", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, True)


def test_twelve_states_signing_an_agreement_are_not_the_pair_named_before():
    text = (
        "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao năm 1973. Năm 2016, mười hai nước ký Hiệp định Đối tác "
        "xuyên Thái Bình Dương tại Auckland."
    )
    signings = [e for e in extract_text(text).events if e.kind is K.AGREEMENT_SIGN]
    assert signings and not any("JPN" in e.actors + e.recipients for e in signings)


@pytest.mark.parametrize(
    "phrase, pair",
    [
        ("mười hai bên", False),
        ("hai mươi hai nước", False),
        ("một trăm linh hai nước", False),
        ("ba nghìn hai bên", False),
        ("hai bên", True),
        ("trong năm hai nước", True),
        ("của hai nhà lãnh đạo", True),
        ("thị trường bán lẻ hai nước", True),
    ],
)
def test_pair_phrase(phrase, pair):
    i = phrase.rfind("hai ")
    assert (PAIR.match(phrase, i) is not None) is pair
    if phrase.endswith(("bên", "nước")):
        assert (_PAIR_IN_NAME.search(phrase) is not None) is pair
    provinces = phrase[: i + 4] + "tỉnh"
    assert (PROVINCE_PAIR.search(provinces) is not None) is pair


def test_a_question_on_twelve_states_refers_to_no_pair():
    assert not has_deixis("Mười hai nước nào đã ký Hiệp định TPP năm 2016?")
    assert has_deixis("Hai nước đã ký những hiệp định nào năm 2016?")
