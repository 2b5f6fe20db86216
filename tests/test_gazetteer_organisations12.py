"""The gazetteer's international organisations, session 12 (docs/decisions.md, "Session 12: gazetteer organisations").

Unseen texts named organisations the table lacked (the Council of the Baltic Sea States, RENAMO, ...), so their
events were lost. Sentences written for these tests: a new organisation, body, group or movement is found as a
mention with its own code, and an event with one of them has it as its party.
"""

from __future__ import annotations

import pytest

from doingoai.extract.mentions import mentions_in
from event_grid import PARAMS, K, S, check, params


def _codes(text: str) -> list[str]:
    return [m.code for m in mentions_in(text)]


@pytest.mark.parametrize(
    "name,code",
    [
        ("Hội đồng các nước biển Baltic", "CBSS"),
        ("Tổ chức các quốc gia Turk", "OTS"),
        ("Cộng đồng các quốc gia Sahel – Sahara", "CENSAD"),
        ("Tòa án Nhân quyền châu Âu", "ECTHR"),
        ("Ủy ban Ranh giới thềm lục địa", "CLCS"),
        ("Tòa án Hình sự Quốc tế về Nam Tư cũ", "ICTY"),
        ("Nhóm Cairns", "CAIRNS_GROUP"),
        ("Câu lạc bộ Paris", "PARIS_CLUB"),
        ("Viện Liên hợp Nghiên cứu hạt nhân Dubna", "JINR"),
        ("Ủy ban Nghề cá Trung và Tây Thái Bình Dương", "WCPFC"),
        ("Phong trào Kháng chiến Dân tộc Mô-dăm-bích", "RENAMO"),
        ("Mặt trận Polisario", "POLISARIO"),
        ("Mặt trận Đoàn kết Dân tộc Cứu nước Campuchia", "KUFNS"),
    ],
)
def test_new_organisations_are_found_as_themselves(name, code):
    assert _codes(f"Năm 2020, đại diện {name} đã có cuộc gặp tại Hà Nội.") == [code]


def test_abbreviations_and_other_names_of_known_organisations():
    assert _codes("Đại diện UNITA, RENAMO và SWAPO") == ["UNITA", "RENAMO", "SWAPO"]
    assert _codes("Nhóm Visegrád và Tổ chức D-8") == ["VISEGRAD", "D8"]
    # a predecessor is its successor, as OAU is AU
    assert _codes("Hội nghị Điều phối Phát triển miền Nam châu Phi (SADCC) ra đời năm 1980.")[:1] == ["SADC"]
    # the Khmer Rouge tribunal is no mention of Cambodia
    assert _codes("Tòa án đặc biệt xét xử Khmer Đỏ tuyên án.") == ["ECCC"]


# fmt: off
CASES = [
    ("russia-leaves-the-cbss",
     "Ngày 17/5/2022, Nga tuyên bố rút khỏi Hội đồng các nước biển Baltic (CBSS).",
     K.MEMBERSHIP_LEAVE, ("RUS",), ("CBSS",), "2022-05-17", S.OCCURRED),
    ("vietnam-joins-the-cairns-group",
     "Năm 2013, Việt Nam gia nhập Nhóm Cairns.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("CAIRNS_GROUP",), "2013", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, False)
