"""Round 59 (session 14): encyclopedia entries — an organisation the gazetteer lacks is the entry's topic by the
abbreviation its first paragraph defines ("Tổ chức ... (ABC) là ..."; `events_org_unstated.topic_organisation`), and
founders named as agents ("do/được A, B và C thành lập") join it after a qualified defining noun ("là tổ chức liên
chính phủ khu vực do ..."), after a bare "Hội đồng", or in the predecessor's sentence ("Tiền thân của tổ chức là ...,
được A và B thành lập"; `events_founded.founders_as_agents`).

Entries written for these tests; whole pipeline with the learned reading off (marker rules_alone).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone


def _joins(text: str) -> list[tuple[list[str], list[str], str]]:
    doc = extract_text(text)
    return [
        (list(e.actors), list(e.recipients), e.date)
        for e in doc.events
        if getattr(e.kind, "value", e.kind) == "membership.join"
    ]


def test_unknown_organisation_founded_by_agents_after_qualified_noun() -> None:
    text = (
        "Hiệp hội Hợp tác Ven biển\n\n"
        "Hiệp hội Hợp tác Ven biển (HCVB) là tổ chức liên chính phủ khu vực do Ma-rốc, Tuy-ni-di và An-giê-ri "
        "thành lập năm 1991 nhằm thúc đẩy hợp tác nghề cá.\n\n"
        "Trụ sở của hiệp hội đặt tại thủ đô một nước thành viên.\n"
    )
    assert (["MAR", "TUN", "DZA"], ["HCVB"], "1991") in _joins(text)


def test_predecessor_founded_by_agents_is_the_entrys_organisation() -> None:
    text = (
        "Liên đoàn Ả-rập\n\n"
        "Liên đoàn Ả-rập là tổ chức khu vực của các nước Ả-rập.\n\n"
        "Tiền thân của tổ chức là Ủy ban Trù bị Ả-rập, được Ai Cập, Xi-ri và Li-băng thành lập năm 1944 "
        "để chuẩn bị hiến chương.\n"
    )
    got = _joins(text)
    assert any(a == ["EGY", "SYR", "LBN"] and d == "1944" for a, _, d in got), got


def test_no_abbreviation_no_unknown_topic() -> None:
    text = (
        "Hiệp hội Hợp tác Ven biển\n\n"
        "Hiệp hội Hợp tác Ven biển là tổ chức liên chính phủ khu vực do Ma-rốc, Tuy-ni-di và An-giê-ri "
        "thành lập năm 1991 nhằm thúc đẩy hợp tác nghề cá.\n"
    )
    assert not _joins(text)


def test_bare_council_head_founded_by_agents() -> None:
    text = (
        "Hội đồng Bắc Âu\n\n"
        "Hội đồng Bắc Âu là diễn đàn hợp tác liên nghị viện của khu vực Bắc Âu.\n\n"
        "Hội đồng được Đan Mạch, Na Uy và Thụy Điển lập ra năm 1952 sau nhiều năm thảo luận.\n"
    )
    got = _joins(text)
    assert any(a == ["DNK", "NOR", "SWE"] and d == "1952" for a, _, d in got), got
