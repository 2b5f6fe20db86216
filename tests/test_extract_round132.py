"""Round 132 (session 19): new document shapes (communiqué, minutes, wiki-style list).

* structure/numbered_paragraphs: a communiqué's numbered paragraphs "1. …", "2. …" holding a dash list of their
  own are paragraphs, not list items; a short line ending in ":" right over a list's items is a paragraph, not a
  heading; the short lines under "Xem thêm" are a list's items.
* events_dating: a numbered paragraph opening on the occasion of the visit ("3. Nhân dịp chuyến thăm, hai bên đã
  ký ...") is dated by the visit, as the same paragraph without its number is.
* events_span / events_joint: a joint committee's session named by its two sides ("Kỳ họp thứ nhất Ủy ban hỗn hợp
  A – B đã diễn ra tại X ngày ...") is a consultation of both sides, dated by its own predicate's date.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.export import parse_dict
from doingoai.pipeline import parse_text
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_COMMUNIQUE = (
    "THÔNG CÁO BÁO CHÍ CHUNG VIỆT NAM – CHI-LÊ\n\n"
    "Hà Nội, ngày 12 tháng 6 năm 2026\n\n"
    "1. Nhận lời mời của Bộ trưởng Ngoại giao Việt Nam, Bộ trưởng Ngoại giao Chi-lê đã thăm chính thức Việt Nam "
    "từ ngày 10 đến ngày 12/6/2026.\n\n"
    "2. Hai Bộ trưởng đã hội đàm trong bầu không khí thân tình, tin cậy.\n\n"
    "3. Nhân dịp chuyến thăm, hai bên đã ký các văn kiện sau:\n\n"
    "- Bản ghi nhớ về hợp tác nông nghiệp;\n\n"
    "- Bản ghi nhớ về hợp tác văn hóa.\n\n"
    "4. Bộ trưởng Ngoại giao Chi-lê mời Bộ trưởng Ngoại giao Việt Nam thăm Chi-lê vào thời gian thuận tiện.\n"
)


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b["type"], b["text"]) for b in parse_dict(parse_text(text))["blocks"]]


def test_communique_numbered_paragraphs_holding_a_dash_list_are_paragraphs():
    blocks = _blocks(_COMMUNIQUE)
    numbered = [t for t, x in blocks if x[:2] in ("1.", "2.", "3.", "4.")]
    dashed = [t for t, x in blocks if x.startswith("- ")]
    assert numbered == ["paragraph"] * 4, blocks
    assert dashed == ["list_item"] * 2, blocks


def test_numbered_items_after_a_lead_in_stay_list_items():
    text = (
        "BIÊN BẢN LÀM VIỆC\n\n"
        "Hai bên đã trao đổi và thống nhất như sau:\n\n"
        "1. Hai bên nhất trí tăng cường trao đổi thông tin.\n\n"
        "2. Hai bên sẽ tổ chức hội thảo chung trong năm 2027.\n\n"
        "3. Hai bên giao các cơ quan chuyên ngành theo dõi việc thực hiện.\n"
    )
    assert [t for t, x in _blocks(text) if x[:2] in ("1.", "2.", "3.")] == ["list_item"] * 3


def test_short_lead_in_with_colon_over_a_list_is_a_paragraph():
    text = (
        "BIÊN BẢN LÀM VIỆC\n\n"
        "Hôm nay, ngày 4/3/2026, tại Hà Nội, hai đoàn đã làm việc về hợp tác đào tạo.\n\n"
        "Kết quả trao đổi:\n\n"
        "1. Hai bên nhất trí mở hai khóa đào tạo chung trong năm 2026.\n\n"
        "2. Hai bên sẽ rà soát kết quả vào cuối năm.\n"
    )
    assert ("paragraph", "Kết quả trao đổi:") in _blocks(text)


def test_see_also_lines_are_list_items_up_to_the_next_section():
    text = (
        "Bách khoa toàn thư mở\n"
        "Danh sách các hội nghị của tổ chức\n\n"
        "Tổ chức họp thường niên mỗi năm một lần, mỗi kỳ do một nước thành viên đăng cai; giữa hai kỳ họp, ban thư "
        "ký của tổ chức giám sát việc thực hiện các nghị quyết. Danh sách dưới đây liệt kê các kỳ họp gần đây.\n\n"
        "Danh sách\n\n"
        "Năm\tKỳ họp\tĐịa điểm\n2021\t12\tHà Nội\n2022\t13\tBăng Cốc\n2023\t14\tGia-các-ta\n\n"
        "Xem thêm\n\n"
        "Quan hệ ngoại giao của Việt Nam\n\n"
        "Hiệp hội các quốc gia Đông Nam Á\n\n"
        "Chú thích\n\n"
        "Số liệu lấy theo báo cáo thường niên của tổ chức, công bố hằng năm trên trang thông tin điện tử của ban "
        "thư ký.\n"
    )
    blocks = _blocks(text)
    assert ("list_item", "Quan hệ ngoại giao của Việt Nam") in blocks, blocks
    assert ("list_item", "Hiệp hội các quốc gia Đông Nam Á") in blocks, blocks
    assert ("heading", "Chú thích") in blocks, blocks


def test_numbered_paragraph_on_the_visit_dates_the_signings_by_it():
    signs = [e for e in asserted_events(_COMMUNIQUE) if e.kind is K.AGREEMENT_SIGN]
    assert signs, signs
    assert all(e.date and e.date.startswith("2026-06") for e in signs), [(e.date, e.actors) for e in signs]


def test_joint_committee_session_named_by_its_sides_is_both_sides_meeting_on_its_date():
    text = (
        "Kỳ họp thứ hai Ủy ban hỗn hợp Việt Nam – Chi-lê về hợp tác kinh tế đã diễn ra tại Xan-ti-a-gô từ ngày "
        "3 đến ngày 4/9/2026.\n"
    )
    found = [
        (sorted(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is K.CONSULT
    ]
    assert (["CHL", "VNM"], [], "2026-09-03/2026-09-04") in found, found


def test_session_attended_with_one_partner_keeps_its_direction():
    text = "Bộ trưởng dự phiên họp Ủy ban liên chính phủ với Lào tại Viêng Chăn ngày 3/4/2025.\n"
    found = [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is K.CONSULT]
    assert (["VNM"], ["LAO"]) in found, found


def test_signing_on_the_visit_is_not_dated_by_a_session_planned_before_it():
    text = (
        "TUYÊN BỐ CHUNG VIỆT NAM – CHI-LÊ\n\n"
        "1. Nhận lời mời của Chủ tịch nước Việt Nam, Tổng thống Chi-lê thăm cấp Nhà nước Việt Nam từ ngày 10 đến "
        "ngày 12 tháng 6 năm 2026. Hai nhà lãnh đạo đã hội đàm trong bầu không khí hữu nghị.\n\n"
        "2. Hai bên nhất trí sẽ tổ chức kỳ họp tiếp theo của Ủy ban hỗn hợp tại Xan-ti-a-gô trong năm 2028.\n\n"
        "3. Nhân dịp chuyến thăm, hai bên đã ký Bản ghi nhớ về hợp tác giáo dục.\n"
    )
    signs = [e for e in asserted_events(text) if e.kind is K.AGREEMENT_SIGN]
    assert signs and all(not (e.date or "").startswith("2028") for e in signs), [
        (e.date, e.actors) for e in signs
    ]
