"""Round 43 (session 13): journal articles, news pages and encyclopedia entries.

Sentences written for these tests (other states, names and dates than the working sets), each rule with a negative
twin. Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read).

* "hai nước" past a sentence naming three or more states with no pair among them takes the pair named further
  back, when it is among those states (`events_anaphora`);
* a join or a leave whose only group named is the bare noun right after it, closing its clause ("rút khỏi Khối năm
  1961"), "tổ chức" or the title's first word(s), is one of the text's own organisation (`events_unstated`,
  `events_org_unstated`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone


def _events(text: str) -> list[tuple[str, set[str], set[str], str]]:
    doc = extract_text(text)
    return [(e.kind.value, set(e.actors), set(e.recipients), str(e.date or "")) for e in doc.events]


_PAIR_PAST_THREE = (
    "QUAN HỆ HỢP TÁC GIÁO DỤC VIỆT NAM – HÀN QUỐC\n\n1. Hợp tác đào tạo\n\n"
    "Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao ngày 22/12/1992. Từ năm 2005, sinh viên Việt Nam sang"
    " Hàn Quốc học tập ngày càng đông; đến năm 2020, nước ta đã vượt Mông Cổ về số du học sinh tại đây."
    " Năm 2021, hai nước ký Bản ghi nhớ hợp tác về giáo dục đại học.\n"
)


def test_pair_named_before_a_sentence_of_three() -> None:
    signed = [e for e in _events(_PAIR_PAST_THREE) if e[0] == "agreement.sign"]
    assert any(e[1] | e[2] == {"VNM", "KOR"} and e[3].startswith("2021") for e in signed), signed


def test_pair_not_taken_outside_the_three() -> None:
    # the pair told before (Vietnam, Korea) is not among the three of the sentence right before: no pair
    text = (
        "Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao ngày 22/12/1992. Năm 2020, Pháp, Đức và I-ta-li-a"
        " họp tại Rô-ma. Năm 2021, hai nước ký Bản ghi nhớ hợp tác về giáo dục đại học.\n"
    )
    signed = [e for e in _events(text) if e[0] == "agreement.sign" and e[3].startswith("2021")]
    assert not any(e[1] | e[2] == {"VNM", "KOR"} for e in signed), signed


_ENTRY = (
    "Khối Thịnh vượng chung\n\nKhối Thịnh vượng chung là hiệp hội tự nguyện của các quốc gia độc lập, phần lớn từng"
    " là thuộc địa của Anh.\n\nLịch sử\n\n"
)


def test_bare_noun_of_the_title_is_the_topic_organisation() -> None:
    evs = _events(
        _ENTRY + "Năm 1987, Phi-gi rút khỏi Khối sau cuộc đảo chính và chỉ trở lại sau đó nhiều năm.\n"
    )
    assert ("membership.leave", {"FJI"}, {"COMMONWEALTH"}, "1987") in evs, evs


def test_bare_noun_of_another_group_is_not_the_topic_organisation() -> None:
    evs = _events(_ENTRY + "Pa-ki-xtan gia nhập Cộng đồng năm 1973 rồi rời đi.\n")
    assert not any(e[0] == "membership.join" and "COMMONWEALTH" in e[2] for e in evs), evs
