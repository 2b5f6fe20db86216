"""Historic and current leaders (session 10): heads of state/government and foreign ministers, each in the Vietnamese
spellings in use, acting for their state (events_codes / events_anaphora.country_of: a person's mention makes their
state the actor). The leaders of international organisations are held back (curated_actors.tsv says why): one
"country" cannot stand for both their acts (the organisation) and their appointments (their nationality)."""

from __future__ import annotations

import pytest

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.mentions import mentions_in
from doingoai.pipeline import extract_text


@pytest.mark.parametrize(
    ("name", "code", "country"),
    [
        ("Mao Trạch Đông", "PER_MAO_ZEDONG", "CHN"),
        ("Chu Ân Lai", "PER_ZHOU_ENLAI", "CHN"),
        ("Đặng Tiểu Bình", "PER_DENG_XIAOPING", "CHN"),
        ("Khơ-rút-sốp", "PER_NIKITA_KHRUSHCHEV", "SUN"),
        ("Brê-giơ-nhép", "PER_LEONID_BREZHNEV", "SUN"),
        ("Gooc-ba-chốp", "PER_MIKHAIL_GORBACHEV", "SUN"),
        ("Ních-xơn", "PER_RICHARD_NIXON", "USA"),
        ("Henry Kissinger", "PER_HENRY_KISSINGER", "USA"),
        ("Sác-lơ Đờ Gôn", "PER_CHARLES_DE_GAULLE", "FRA"),
        ("Gia-oa-hác-lan Nê-ru", "PER_JAWAHARLAL_NEHRU", "IND"),
        ("In-đi-ra Gan-đi", "PER_INDIRA_GANDHI", "IND"),
        ("Xu-các-nô", "PER_SUKARNO", "IDN"),
        ("Phi-đen Cát-xtơ-rô", "PER_FIDEL_CASTRO", "CUB"),
        ("Ti-tô", "PER_JOSIP_BROZ_TITO", "YUG"),
        ("Hô-nếch-cơ", "PER_ERICH_HONECKER", "DDR"),
        ("Nen-xơn Man-đê-la", "PER_NELSON_MANDELA", "ZAF"),
        ("Ma-ha-thia Mô-ha-mát", "PER_MAHATHIR_MOHAMAD", "MYS"),
        ("Khăm-tày Xi-phăn-đon", "PER_KHAMTAY_SIPHANDONE", "LAO"),
    ],
)
def test_person_names_and_who_they_act_for(name, code, country):
    text = f"Ông {name} phát biểu tại hội nghị."
    assert [(text[m.start : m.end], m.code) for m in mentions_in(text)] == [(name, code)]
    assert country_of(code) == country
    e = gazetteer.entry(code)
    assert e is not None and e.kind == "person" and e.attr("office")


def test_every_person_has_a_country_and_office_years():
    import re

    for e in gazetteer.entries().values():
        if e.kind != "person":
            continue
        country = gazetteer.entry(e.attr("country"))
        assert country is not None and country.kind == "country", e.code
        assert re.fullmatch(r"\d{4}/(\d{4})?(,\d{4}/(\d{4})?)*", e.attr("office") or ""), e.code


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("Tháng 2/1972, Tổng thống Ních-xơn thăm Trung Quốc.", ("USA",), ("CHN",)),
        ("Năm 1959, Tổng thống Xu-các-nô thăm Việt Nam Dân chủ Cộng hòa.", ("IDN",), ("VNM",)),
        ("Tháng 10/1954, Thủ tướng Gia-oa-hác-lan Nê-ru thăm Hà Nội.", ("IND",), ("VNM",)),
    ],
)
def test_a_leader_makes_their_state_the_actor(text, actors, recipients):
    events = [(e.kind.value, e.actors, e.recipients) for e in extract_text(text).events]
    assert ("visit", actors, recipients) in events
