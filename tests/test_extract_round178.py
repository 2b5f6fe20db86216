"""Round 178 (session 22): kinds and dates of the events stage — a conference held *with* a partner is a
consultation; an anniversary of something other than the relations held together is cooperation; a report naming
no period reports on the year it is signed in; a target in a signed document's name ("đến năm 2030") and a term
after a coordinated "và ký" ("giai đoạn 2025 – 2027") do not date the signing. Sentences written for these tests."""

from __future__ import annotations

from doingoai import export
from doingoai.extract.events_held_with import meeting_with_partner, other_anniversary
from doingoai.pipeline import extract_text


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    doc = extract_text(text)
    out = []
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.append((d["kind"], tuple(d["actors"]), tuple(d["recipients"]), d.get("date") or ""))
    return out


def _kinds(text: str) -> set[str]:
    return {k for k, *_ in _events(text)}


def test_conference_with_a_partner_is_a_consultation():
    text = "KẾ HOẠCH NĂM 2031\n\n1. Tổ chức hội nghị giao ban với tỉnh Luang Nậm Tha (Lào) vào tháng 4/2031."
    got = _events(text)
    assert any(k == "consult" and "LAO" in a + r and d == "2031-04" for k, a, r, d in got)
    assert "host" not in _kinds(text)


def test_conference_with_attendance_stays_a_hosting():
    low = " hội nghị với sự tham dự của đại biểu lào."
    assert not meeting_with_partner(low, 0, len(low), low.find("lào"))
    low = " hội nghị giao ban với tỉnh luang nậm tha."
    assert meeting_with_partner(low, 0, len(low), low.find("luang"))


def test_other_anniversary_held_together_is_cooperation():
    text = (
        "BÁO CÁO CÔNG TÁC NĂM 2031\n\n"
        "Tháng 9/2031, phối hợp với Đại sứ quán Mông Cổ tổ chức lễ kỷ niệm 40 năm khánh thành Nhà văn hóa hữu nghị."
    )
    got = _events(text)
    assert any(k == "cooperate" and "MNG" in a + r for k, a, r, _ in got)
    assert "relations" not in _kinds(text)


def test_relations_anniversary_held_together_stays_relations():
    assert not other_anniversary(" kỷ niệm 40 năm thiết lập quan hệ ngoại giao", len(" kỷ niệm"))
    assert other_anniversary(" kỷ niệm 135 năm ngày sinh chủ tịch", len(" kỷ niệm"))
    text = (
        "BÁO CÁO CÔNG TÁC NĂM 2031\n\n"
        "Tháng 9/2031, phối hợp với Đại sứ quán Mông Cổ tổ chức lễ kỷ niệm 40 năm thiết lập quan hệ ngoại giao."
    )
    assert "cooperate" not in _kinds(text)


REPORT = """SỞ NGOẠI VỤ TỈNH BẮC NINH

Bắc Ninh, ngày 20 tháng 11 năm 2031

BÁO CÁO

Kết quả các hoạt động đối ngoại nhân dịp lễ hội văn hóa

I. KẾT QUẢ

1. Ký biên bản ghi nhớ với Đại học Quốc gia Mông Cổ về trao đổi sinh viên.

2. Quỹ Phát triển Hàn Quốc tài trợ 20.000 USD xây dựng thư viện.
"""


def test_report_naming_no_period_dates_its_results_by_its_year():
    got = _events(REPORT)
    assert any(k == "agreement.sign" and "MNG" in a + r and d == "2031" for k, a, r, d in got)
    assert any(k == "aid" and a == ("KOR",) and d == "2031" for k, a, r, d in got)


def test_report_signed_early_in_the_year_is_not_dated_by_it():
    text = REPORT.replace("ngày 20 tháng 11 năm 2031", "ngày 10 tháng 1 năm 2031")
    assert not any(k == "agreement.sign" and d == "2031" for k, a, r, d in _events(text))


def test_target_in_the_name_does_not_date_the_signing():
    text = (
        "Ngày 14/5/2031, Chủ tịch nước hội đàm với Tổng thống Mông Cổ. Sau hội đàm, hai nhà lãnh đạo thông qua "
        "Tuyên bố chung về Tầm nhìn quan hệ Đối tác toàn diện Việt Nam – Mông Cổ đến năm 2045."
    )
    got = _events(text)
    assert any(k == "agreement.sign" and d == "2031-05-14" for k, a, r, d in got)
    assert not any(d == "2045" for *_, d in got)


def test_term_after_a_coordinated_signing_does_not_date_it():
    text = (
        "Tháng 6/2031, đoàn Hội thăm thành phố U-lan Ba-to và ký kế hoạch giao lưu thanh niên giai đoạn "
        "2032 – 2034 với Hội Hữu nghị Mông Cổ – Việt Nam."
    )
    got = _events(text)
    assert any(k == "agreement.sign" and d == "2031-06" for k, a, r, d in got)
