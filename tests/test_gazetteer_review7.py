"""Review of session 7's gazetteer additions: short abbreviations that are also company or course names in
ordinary prose are not mentions on their own (a document that defines one, "Cơ quan Phát triển Pháp (AFD)",
still gets it), and a generated spelling form that is an ordinary name is stopped ("Man-ta" -> "Manta")."""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text


def _found(sentence: str) -> tuple[list[str], list[tuple[str, tuple[str, ...], tuple[str, ...]]]]:
    doc = extract_text("Tin\n\n" + sentence, "review7")
    return [m.code for m in doc.mentions], [(e.kind.value, e.actors, e.recipients) for e in doc.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Công ty ký hợp đồng với CBD Group về phân phối hàng tiêu dùng.",
        "Doanh nghiệp ký hợp đồng với AFD Group và ISA Corp. trong tháng 5.",
        "Các học viên tham dự kỳ họp UPR của lớp học tiếng Anh.",
        "Ca sĩ Manta biểu diễn tại nhà hát lớn tối qua.",
        "Hãng SECO và hãng DFC mở văn phòng đại diện tại thành phố.",
        "Bảng điều khiển có nút EC và nút AU ở bên phải.",
    ],
)
def test_company_and_course_names_are_no_mentions(sentence: str) -> None:
    codes, events = _found(sentence)
    assert not set(codes) & {"CBD", "AFD", "ISA", "UNHRC", "MLT", "SECO", "DFC", "EU", "AU", "FRA"}
    assert events == []


def test_defined_abbreviation_and_transliteration_still_found() -> None:
    codes, events = _found("Cơ quan Phát triển Pháp (AFD) tài trợ cho Việt Nam dự án cấp nước năm 2015.")
    assert "AFD" in codes and ("aid", ("FRA",), ("VNM",)) in events
    codes, events = _found("Việt Nam và Man-ta thiết lập quan hệ ngoại giao năm 1974.")
    assert ("relations.establish", ("VNM", "MLT"), ()) in events
