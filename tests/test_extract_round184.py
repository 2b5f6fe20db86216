"""Round 184 (session 22): numbered items of reports and plans that name no subject or date of their own.

An item
"Ký thỏa thuận ... với <body>" opening with the verb reads the body's country; firms or representatives a plan
invites over ("Mời doanh nghiệp X sang dự ...") are the visitors; a received delegation's name may hold an
apostrophe or a short name in brackets. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.events_invited_over import invited_over
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (sorted(e.actors), sorted(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_invited_over_reading() -> None:
    low = "2. mời doanh nghiệp chế biến gỗ na uy sang dự hội chợ tại bình định."
    assert invited_over(low, 0, low.index("sang"))
    low2 = "2. mời đoàn doanh nghiệp na uy sang dự hội chợ."  # (the delegation's: delegation_received)
    assert not invited_over(low2, 0, low2.index("sang"))
    low3 = "2. doanh nghiệp na uy sang dự hội chợ."  # no inviting verb
    assert not invited_over(low3, 0, low3.index("sang"))


PLAN = """SỞ CÔNG THƯƠNG TỈNH PHÚ YÊN

Số: 15/KH-SCT                          Phú Yên, ngày 12 tháng 01 năm 2031

KẾ HOẠCH

Xúc tiến thương mại năm 2031

I. NHIỆM VỤ

1. Mời doanh nghiệp chế biến gỗ Na Uy sang dự Hội chợ Đồ gỗ tại Quy Nhơn vào tháng 9.

2. Mời 20 hãng lữ hành Phần Lan và Thụy Điển sang khảo sát các tuyến du lịch biển.
"""


def test_firms_invited_over_visit() -> None:
    got = _read(PLAN, K.VISIT)
    assert (["NOR"], ["VNM"], "2031-09") in got, got
    assert any(a == ["FIN", "SWE"] and r == ["VNM"] for a, r, _ in got), got


ITEMS = """SỞ NGOẠI VỤ TỈNH BÌNH ĐỊNH

Số: 9/KH-SNV                          Bình Định, ngày 10 tháng 01 năm 2031

KẾ HOẠCH

Hợp tác quốc tế năm 2031

I. NHIỆM VỤ

1. Ký thỏa thuận hợp tác với Đại học Vác-sa-va về đào tạo ngôn ngữ.
"""


def test_item_opening_with_the_signing_verb() -> None:
    got = _read(ITEMS, K.AGREEMENT_SIGN)
    assert got and all("POL" in a + r for a, r, _ in got), got


RECEIVED = """TRƯỜNG ĐẠI HỌC NÔNG LÂM

PHÒNG HỢP TÁC QUỐC TẾ

Số: 88/BC-HTQT

Huế, ngày 18 tháng 12 năm 2030

BÁO CÁO

Kết quả hợp tác với các đối tác Đông Ti-mo năm 2030

I. KẾT QUẢ NĂM 2030

1. Tháng 10, đón đoàn Đại học Quốc gia Timor Lorosa'e sang trao đổi về đào tạo thạc sĩ.
"""


def test_received_name_with_an_apostrophe() -> None:
    got = _read(RECEIVED, K.VISIT)
    assert (["TLS"], ["VNM"], "2030-10") in got, got
