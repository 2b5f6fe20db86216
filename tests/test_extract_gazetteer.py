"""The gazetteer: built data, codes and kinds of SCHEMA.md, sources, patterns for congresses/documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from doingoai.extract import gazetteer
from doingoai.extract.mentions import tone_variants

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "doingoai" / "data"

SCHEMA_ACTORS = {
    "VNM": ("country", "Q881"),
    "LAO": ("country", "Q819"),
    "KHM": ("country", "Q424"),
    "CHN": ("country", "Q148"),
    "USA": ("country", "Q30"),
    "CUB": ("country", "Q241"),
    "JPN": ("country", ""),
    "KOR": ("country", ""),
    "IND": ("country", ""),
    "SUN": ("country", "Q15180"),
    "DDR": ("country", ""),
    "YUG": ("country", ""),
    "CSK": ("country", ""),
    "UNO": ("organisation", "Q1065"),
    "UNSC": ("body", "Q37470"),
    "ASEAN": ("organisation", "Q7768"),
    "EU": ("organisation", "Q458"),
    "CMEA": ("organisation", "Q170481"),
    "WTO": ("organisation", "Q7825"),
    "APEC": ("organisation", "Q1056"),
    "CPTPP": ("agreement", ""),
    "RCEP": ("agreement", ""),
    "CPV": ("party", ""),
    "LPRP": ("party", ""),
    "CPP": ("party", ""),
    "CPC": ("party", ""),
    "PCC": ("party", ""),
    "WEST": ("collective", ""),
    "SOCIALIST_BLOC": ("collective", ""),
    "EASTERN_BLOC": ("collective", ""),
    "MANY_COUNTRIES": ("collective", ""),
    "POLITICAL_PARTIES": ("collective", ""),
    "PROGRESSIVE_MOVEMENTS": ("collective", ""),
}


@pytest.mark.parametrize("code", sorted(SCHEMA_ACTORS))
def test_schema_codes_present_with_kind_and_wikidata(code):
    kind, wikidata = SCHEMA_ACTORS[code]
    e = gazetteer.entry(code)
    assert e is not None, code
    assert e.kind == kind
    if wikidata:
        assert e.wikidata == wikidata
    assert e.vi and e.en


def test_every_name_says_where_it_came_from():
    sources = {n.source for e in gazetteer.entries().values() for n in e.names}
    assert sources == {"cldr", "pycountry", "curated"}
    for e in gazetteer.entries().values():
        assert e.kind in gazetteer.KINDS, e.code
        assert e.names, e.code


def test_cldr_gives_vietnamese_country_names():
    names = {(n.text, n.source) for n in gazetteer.entry("JPN").names}
    assert ("Nhật Bản", "cldr") in names
    assert ("Japan", "cldr") in names
    assert ("Liên hợp quốc", "cldr") in {(n.text, n.source) for n in gazetteer.entry("UNO").names}


@pytest.mark.parametrize(
    "code,name,type_",
    [
        ("KHM", "Cam-pu-chia", "translit"),
        ("KHM", "Căm Bốt", "translit"),
        ("CUB", "Cu-ba", "translit"),
        ("USA", "Mỹ", "alias"),
        ("USA", "Hoa Kỳ", "name"),
        ("RUS", "Liên bang Nga", "alias"),
        ("CHN", "Trung Hoa", "alias"),
        ("UNO", "LHQ", "abbr"),
        ("UNSC", "HĐBA", "abbr"),
        ("CMEA", "SEV", "abbr"),
        ("EU", "EU", "abbr"),
        ("CPV", "ĐCSVN", "abbr"),
        ("VNM", "Việt Nam Dân chủ Cộng hòa", "alias"),
        ("KHM", "Khmer Đỏ", "alias"),
        ("VNM", "nước ta", "deixis"),
        ("CPV", "Đảng ta", "deixis"),
        ("CPV", "Đảng Lao động Việt Nam", "alias"),
    ],
)
def test_names_aliases_transliterations_abbreviations(code, name, type_):
    assert any(n.text == name and n.type == type_ for n in gazetteer.entry(code).names)


def test_iso_code_clash_resolved():
    assert gazetteer.entry("CPV").kind == "party"
    assert gazetteer.entry("CPV_COUNTRY").en == "Cape Verde"
    assert gazetteer.entry("NAM").en == "Namibia"
    assert gazetteer.entry("NAM_MOVEMENT").kind == "organisation"


def test_historic_states():
    assert "Liên Xô" in {n.text for n in gazetteer.entry("SUN").names}
    assert any(n.source == "pycountry" for n in gazetteer.entry("SUN").names)
    assert gazetteer.entry("DDR").vi == "Cộng hòa Dân chủ Đức"
    assert gazetteer.entry("YUG").vi == "Nam Tư"
    assert gazetteer.entry("CSK").vi == "Tiệp Khắc"


def test_conflicts_and_agreements_carry_parties_and_dates():
    north = gazetteer.entry("WAR_NORTHERN_BORDER_1979")
    assert (
        north.kind == "conflict" and north.attr("actors") == ("CHN",) and north.attr("recipients") == ("VNM",)
    )
    assert north.date == "1979"
    southwest = gazetteer.by_name("biên giới Tây Nam")[0]
    assert southwest.attr("actors") == ("KHM",) and southwest.date == "1978/1979"
    assert gazetteer.by_name("kháng chiến chống Mỹ")[0].attr("recipients") == ("USA",)
    lao = gazetteer.entry("TREATY_VNM_LAO_1977")
    assert lao.kind == "agreement" and lao.attr("parties") == ("VNM", "LAO") and lao.attr("year") == "1977"
    assert gazetteer.entry("UNCLOS").attr("year") == "1982"
    assert gazetteer.entry("UNSC").parent == "UNO"


def test_congresses_have_years():
    assert gazetteer.congress_year("CPV_CONGRESS_IV") == "1976"
    assert gazetteer.congress_year("CPV_CONGRESS_XIII") == "2021"
    assert gazetteer.congress_year("CPV_CONGRESS_XIV") == "2026"
    assert gazetteer.entry("CPV_CONGRESS_VI").date == "1986"


@pytest.mark.parametrize(
    "text,code,kind",
    [
        ("Đại hội IV (1976)", "CPV_CONGRESS_IV", "congress"),
        ("Đại hội lần thứ XIII của Đảng", "CPV_CONGRESS_XIII", "congress"),
        ("Đại hội Đảng toàn quốc lần thứ VI", "CPV_CONGRESS_VI", "congress"),
        ("Đại hội đại biểu toàn quốc lần thứ XII", "CPV_CONGRESS_XII", "congress"),
        ("Hội nghị Trung ương 6 khóa IV", "CPV_CC_IV_6", "congress"),
        ("Hội nghị lần thứ 6 Ban Chấp hành Trung ương khóa IV", "CPV_CC_IV_6", "congress"),
        ("Nghị quyết số 22-NQ/TW", "CPV_DOC_22-NQ/TW", "document"),
        ("Chỉ thị số 32-CT/TW của Bộ Chính trị", "CPV_DOC_32-CT/TW", "document"),
        ("Kết luận số 12-KL/TW", "CPV_DOC_12-KL/TW", "document"),
    ],
)
def test_patterns(text, code, kind):
    trigger = {"Đại": "congress", "Hội": "plenum"}.get(text.split()[0], "document")
    hit = gazetteer.pattern_at(text, 0, trigger)
    assert hit is not None and hit[1:] == (code, kind)
    assert gazetteer.entry(code) is not None


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Đại hội XX Đảng Cộng sản Trung Quốc", "congress"),
        ("Đại hội đồng Liên Hợp Quốc", "congress"),
        ("Nghị quyết số 2334", "document"),
    ],
)
def test_patterns_reject(text, trigger):
    assert gazetteer.pattern_at(text, 0, trigger) is None


def test_tone_variants():
    assert tone_variants("Hòa Bình") >= {"Hòa Bình", "Hoà Bình"}
    assert "Thuỵ Sĩ" in tone_variants("Thụy Sĩ")
    assert tone_variants("quý") == {"quý"}


def test_curated_table_is_well_formed():
    for n, line in enumerate((DATA / "curated_actors.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            assert len(line.split("\t")) == 5, f"line {n}: {line!r}"


def test_build_is_reproducible():
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.build()
    committed = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    assert built == committed, "run scripts/build_gazetteer.py and commit src/doingoai/data/gazetteer.json"


def test_regional_banks_and_mekong_frameworks_are_known():
    from doingoai.extract.mentions import mentions_in

    text = (
        "Việt Nam là thành viên sáng lập Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB), tham gia Hợp tác Tiểu vùng "
        "Mê Công mở rộng, Hợp tác Mê Công – Lan Thương, ACMECS và Hội nghị Bộ trưởng Quốc phòng ASEAN (ADMM)."
    )
    codes = {m.code for m in mentions_in(text)}
    assert {"AIIB", "GMS", "MLC", "ACMECS", "ADMM"} <= codes
