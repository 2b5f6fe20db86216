"""Round 131 (session 19): organisations, programmes and agreements the gazetteer lacked.

Bodies and instruments the newest working sets name without defining them in the text (or defining them with a
code other than their own): the Parties to the Nauru Agreement (PNA), the Partnering for Green Growth and the Global
Goals 2030 (P4G), the European Atomic Energy Community (EURATOM), the UN Alliance of Civilizations (UNAOC), the
WTO's interim appeal arrangement (MPIA), the ASEAN University Network (AUN), the Greater Tumen Initiative (GTI),
the Energy Charter Treaty (ECT), the Optional Protocol to the Convention against Torture (OPCAT), the Singapore
Convention on Mediation, the Eastern Partnership (EAP), the University of the South Pacific (USP), COSIS and World
Vision: each is a curated row (src/doingoai/data/curated_actors.tsv) built into the gazetteer by
scripts/build_gazetteer.py.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract import gazetteer
from doingoai.extract.mentions import mentions_in
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _pairs(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients)) for e in asserted_events(text) if e.kind is kind]


def _codes(text: str) -> set[str]:
    return {m.code for m in mentions_in(text)}


def test_a_state_joins_the_nauru_agreement_parties():
    text = "Năm 2019, Quần đảo Solomon gia nhập nhóm Các bên tham gia Hiệp định Nauru."
    assert (["SLB"], ["PNA"]) in _pairs(text, K.MEMBERSHIP_JOIN)


def test_the_nauru_agreement_is_no_visit_to_nauru():
    assert "NRU" not in _codes("Thỏa thuận Nau-ru quy định cơ chế ngày tàu.")


def test_a_green_growth_summit_hosted():
    text = "Tháng 5/2021, Hàn Quốc đăng cai Hội nghị thượng đỉnh Đối tác vì tăng trưởng xanh và các mục tiêu toàn cầu 2030."
    assert (["KOR"], ["P4G"]) in _pairs(text, K.HOST)


def test_euratom_leaves_a_treaty_with_the_union():
    text = "Ngày 30/5/2024, EU và Cộng đồng Năng lượng nguyên tử châu Âu rút khỏi Hiệp ước Hiến chương Năng lượng."
    assert (["EU", "EURATOM"], ["ECT"]) in _pairs(text, K.MEMBERSHIP_LEAVE)


def test_a_state_joins_the_alliance_of_civilizations():
    text = "Năm 2010, Mông Cổ gia nhập Liên minh các nền văn minh của Liên hợp quốc."
    assert (["MNG"], ["UNAOC"]) in _pairs(text, K.MEMBERSHIP_JOIN)


def test_a_state_joins_the_interim_appeal_arrangement():
    text = "Năm 2023, Nhật Bản gia nhập Thỏa thuận trọng tài phúc thẩm tạm thời nhiều bên."
    assert (["JPN"], ["MPIA"]) in _pairs(text, K.MEMBERSHIP_JOIN)


def test_a_state_not_joining_is_no_membership():
    text = "Năm 2023, Ấn Độ không tham gia Thỏa thuận trọng tài phúc thẩm tạm thời nhiều bên."
    assert _pairs(text, K.MEMBERSHIP_JOIN) == []


def test_the_new_names_and_their_codes():
    assert _codes("Mạng lưới các trường đại học ASEAN") == {"AUN"}
    assert _codes("Sáng kiến Tumen mở rộng") == {"GTI"}
    assert _codes("Nghị định thư không bắt buộc của Công ước chống tra tấn") == {"OPCAT"}
    assert _codes("Công ước Xinh-ga-po về hòa giải thương mại quốc tế") == {"SINGAPORE_CONVENTION"}
    assert _codes("Trường Đại học Nam Thái Bình Dương") == {"USP"}
    assert _codes("Tổ chức Tầm nhìn Thế giới") == {"WORLD_VISION"}
    assert _codes("Ủy ban các quốc đảo nhỏ về biến đổi khí hậu và luật quốc tế") == {"COSIS"}
    assert gazetteer.entry("UNAOC").attr("parent") == "UNO"
    assert gazetteer.entry("EAP").attr("parent") == "EU"
