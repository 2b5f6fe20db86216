"""Round 177 (session 22): wordings of a plan's or a report's lines that had no trigger. An envoy invited to an event
or to speak is the inviter's contact with the envoy's country; a sum of money received from a giver is its aid; staff
sent to a meeting or a fair held abroad, and technicians sent abroad, visit the country; a business mission organised
to survey a market or to trade in a place visits its country; a joint venture set up, a flight route opened are
cooperation. Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai import export
from doingoai.model import Document
from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone

HEAD = "KẾ HOẠCH\n\nCông tác đối ngoại năm 2027 của Sở Ngoại vụ tỉnh Quảng Trị\n\n"


def _events(doc: Document) -> list[tuple[str, list[str], list[str], str]]:
    out = []
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.append((d["kind"], d["actors"], d["recipients"], d["status"]))
    return out


def _plan(line: str) -> list[tuple[str, list[str], list[str], str]]:
    return _events(extract_text(HEAD + "1. " + line + "\n"))


def test_an_envoy_invited_to_an_event_is_a_contact_with_his_country() -> None:
    got = _plan("Mời Đại sứ Nhật Bản tại Việt Nam dự lễ khai mạc Tuần văn hóa của tỉnh vào tháng 5/2027.")
    assert ("consult", ["VNM"], ["JPN"], "planned") in got, got


def test_an_envoy_invited_to_speak_is_a_contact_with_his_country() -> None:
    got = _plan("Mời đại diện Đại sứ quán Hàn Quốc nói chuyện chuyên đề với sinh viên của Trường.")
    assert ("consult", ["VNM"], ["KOR"], "planned") in got, got


def test_an_envoy_invited_to_visit_is_not_read_as_a_contact() -> None:
    got = _plan("Mời Đại sứ Ai-len tại Việt Nam thăm và làm việc với tỉnh trong quý III.")
    assert not [e for e in got if e[0] == "consult"], got


def test_money_received_from_a_giver_is_its_aid() -> None:
    got = _plan("Tiếp nhận 50.000 USD từ Bộ Ngoại giao Ô-xtrây-li-a cho dự án nước sạch ở huyện Hướng Hóa.")
    assert any(k == "aid" and a == ["AUS"] and r == ["VNM"] for k, a, r, _ in got), got


def test_money_received_with_the_givers_own_verb_is_read_once() -> None:
    got = _plan("Tiếp nhận 20.000 euro của Quỹ Hanns Seidel (Đức) tài trợ cho hội thảo về kinh tế biển.")
    assert [e[:3] for e in got if e[0] == "aid"] == [("aid", ["DEU"], ["VNM"])], got


def test_staff_sent_to_a_conference_held_abroad_visit_its_country() -> None:
    got = _plan("Cử 3 cán bộ dự hội thảo về quản lý di sản tại Thái Lan.")
    assert ("visit", ["VNM"], ["THA"], "planned") in got, got


def test_staff_sent_to_a_course_run_by_a_partner_are_not_read_as_a_visit() -> None:
    got = _plan("Cử 2 cán bộ dự khóa tập huấn do phía Nhật Bản tổ chức tại Hà Nội.")
    assert not [e for e in got if e[0] == "visit"], got


def test_technicians_sent_abroad_visit_the_country() -> None:
    got = _plan("Cử 5 kỹ thuật viên sang Đức tập huấn về vận hành trạm xử lý nước thải.")
    assert ("visit", ["VNM"], ["DEU"], "planned") in got, got


def test_a_business_mission_surveying_a_market_visits_its_country() -> None:
    got = _plan("Tổ chức đoàn doanh nghiệp khảo sát thị trường Mông Cổ trong quý II/2027.")
    assert any(e[:3] == ("visit", ["VNM"], ["MNG"]) for e in got), got


def test_a_trade_mission_in_a_city_abroad_visits_its_country() -> None:
    # (a city is no party of its own: the plan's partner, named in its title, is read into the task)
    head = "KẾ HOẠCH\n\nHợp tác với Hung-ga-ri năm 2027 của Sở Công Thương tỉnh Quảng Trị\n\n"
    text = head + "1. Tháng 6/2027, tổ chức đoàn giao thương tại Bu-đa-pét, tập trung vào nông sản.\n"
    got = _events(extract_text(text))
    assert ("visit", ["VNM"], ["HUN"], "planned") in got, got


def test_a_business_mission_surveying_a_home_market_is_no_visit() -> None:
    got = _plan("Tổ chức đoàn doanh nghiệp khảo sát thị trường Hà Nội và Đà Nẵng trong quý II.")
    assert not [e for e in got if e[0] == "visit"], got


def test_a_joint_venture_set_up_is_cooperation() -> None:
    for text in (
        "Năm 2012, Tổng công ty Sông Đà của Việt Nam lập liên doanh với Tập đoàn Phongsubthavy của Lào để xây thủy điện.",
        "Năm 2010, Việt Nam và Lào lập liên doanh khai thác mỏ muối kali.",
    ):
        got = _events(extract_text(text))
        assert any(k == "cooperate" and set(a + r) == {"VNM", "LAO"} for k, a, r, _ in got), got


def test_a_flight_route_opened_is_cooperation_of_the_pair() -> None:
    text = "Năm 2019, Việt Nam và U-dơ-bê-ki-xtan nhất trí sớm khai trương đường bay thẳng giữa Hà Nội và Ta-sken."
    got = _events(extract_text(text))
    assert any(k == "cooperate" and set(a + r) == {"VNM", "UZB"} for k, a, r, _ in got), got
