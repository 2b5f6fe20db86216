"""Round 83 (session 16): "no event" drops — a leave from the text's organisation told by a bare noun.

A text about one organisation names it in its title and then tells a state leaving it by a bare noun: the first
word(s) of the name the title gives ("rút khỏi Khối năm 1961" under "... TRONG KHỐI THỊNH VƯỢNG CHUNG"), or a noun
with a demonstrative ("rút khỏi cơ quan này"). Sentences written for these tests; whole pipeline with the learned
reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_BETWEEN = (
    "\n\nQuan hệ với các nước\n\nBa nước láng giềng phản đối chính sách phân biệt chủng tộc của Nam Phi.\n\n"
)


def _leaves(text: str) -> list[tuple]:
    return [(e.actors, e.recipients, e.date) for e in asserted_events(text) if e.kind is K.MEMBERSHIP_LEAVE]


def test_bare_noun_opening_the_titles_organisation():
    text = (
        "NAM PHI TRONG KHỐI THỊNH VƯỢNG CHUNG\n\nNam Phi là một thành viên lâu năm của Khối Thịnh vượng chung."
        + _BETWEEN
        + "Nam Phi rút khỏi Khối năm 1961, chỉ trở lại năm 1994.\n"
    )
    assert (("ZAF",), ("COMMONWEALTH",), "1961") in _leaves(text)


def test_demonstrative_body_is_the_texts_organisation():
    text = (
        "UNESCO\n\nTổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) là cơ quan chuyên môn của Liên hợp "
        "quốc.\n\nNgân sách\n\nNgân sách của tổ chức do các nước đóng góp.\n\n"
        "Năm 2017, I-xra-en tuyên bố rút khỏi cơ quan này.\n"
    )
    assert (("ISR",), ("UNESCO",), "2017") in _leaves(text)


def test_bare_noun_of_another_group_is_no_leave():
    text = (
        "NAM PHI TRONG KHỐI THỊNH VƯỢNG CHUNG\n\nNam Phi là một thành viên lâu năm của Khối Thịnh vượng chung."
        + _BETWEEN
        + "Nam Phi rút khỏi Liên minh năm 1961, chỉ trở lại năm 1994.\n"
    )
    assert not _leaves(text)
