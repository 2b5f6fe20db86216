"""Round 153 (session 20): parties read in the wrong direction.

"nước này" is a foreign state: Vietnam named nearer before it is taken only when no other state is in reach ("Việt
Nam thiết lập quan hệ ngoại giao với nước này": the state named before), and a state named after an envoy's title
("Theo Đại sứ X tại Việt Nam, nước này ...") is taken before the post; a visitor's own pair after the visit verb
("đến thăm Bảo tàng và đề nghị hai bên ...") and a "cho X" after it are no destination; a delegation received ("đón
đoàn Trường Đại học X sang làm việc") comes to its receiver. Texts written for these tests; whole pipeline with the
learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_REPORT = "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2024\n\n"


def _pairs(text: str, kind) -> list[tuple[list[str], list[str]]]:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def test_this_country_after_vietnam_is_the_foreign_state_before() -> None:
    text = "Năm 1987, khi Bô-li-vi-a đẩy mạnh quan hệ với châu Á, Việt Nam thiết lập quan hệ ngoại giao với nước này."
    got = _pairs(text, K.RELATIONS_ESTABLISH)
    assert len(got) == 1 and set(got[0][0]) | set(got[0][1]) == {"VNM", "BOL"}


def test_this_country_after_an_envoy_is_the_envoys_state() -> None:
    text = _REPORT + "2. Theo Đại sứ Chi-lê tại Việt Nam, nước này đã gia nhập APEC năm 1994.\n"
    assert _pairs(text, K.MEMBERSHIP_JOIN) == [(["CHL"], ["APEC"])]


def test_visitors_own_pair_is_no_destination() -> None:
    text = (
        _REPORT
        + "3. Tháng 4, Đại sứ Na Uy tại Việt Nam đã đến thăm Bảo tàng và đề nghị hai bên phối hợp tổ chức triển lãm.\n"
    )
    assert _pairs(text, K.VISIT) == [(["NOR"], ["VNM"])]


def test_for_whom_is_no_destination() -> None:
    text = (
        _REPORT
        + "2. Tháng 9, Đại sứ Hy Lạp tại Việt Nam đến thăm và làm việc với Hiệp hội, bày tỏ mong muốn tuyển dụng thêm"
        " thuyền viên Việt Nam cho đội tàu nước này.\n"
    )
    assert _pairs(text, K.VISIT) == [(["GRC"], ["VNM"])]


def test_delegation_received_comes_to_the_receiver() -> None:
    text = (
        "KẾ HOẠCH HỢP TÁC QUỐC TẾ NĂM 2025\n\n"
        "2. Tháng 6, đón đoàn Trường Đại học Tartu sang làm việc và phối hợp tổ chức Tuần văn hóa Estonia tại Hà Nội.\n"
    )
    assert _pairs(text, K.VISIT) == [(["EST"], ["VNM"])]
