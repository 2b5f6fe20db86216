"""Other hyphenations of transliterated names (scripts/build_gazetteer.py ``hyphen_forms``, session 10).

Vietnamese writers hyphenate a transliteration differently: "Luông Pha-bang" / "Luông Pha Bang" / "Luông Phabang",
"Xri Lan-ca" / "Xri-lan-ca", "Ô-xtrây-li-a" / "Ôxtrâylia" (older and Party style). The build writes every such form of
a curated or CLDR name (actors and places) as a name of type "variant"; a one-word name of two syllables gets no
spaced form ("Ma Li", "Mi Lan" are shaped like Vietnamese personal names).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from doingoai.extract import gazetteer
from doingoai.extract.mentions import mentions_in
from doingoai.extract.places_scan import scan_places
from doingoai.extract.textscan import lower_same_length


def _build():
    path = Path(__file__).resolve().parent.parent / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer_hyph", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hyphen_forms():
    forms = _build().hyphen_forms
    assert forms("Luông Pha-bang", "place") == ["Luông Phabang", "Luông Pha Bang", "Luông-pha-bang"]
    assert forms("Xri Lan-ca", "country") == ["Xri Lanca", "Xri Lan Ca", "Xri-lan-ca"]
    assert forms("Ô-xtrây-li-a", "country") == ["Ôxtrâylia", "Ô Xtrây Li A"]
    assert forms("Kim Jong-il", "person") == [
        "Kim Jongil",
        "Kim Jong Il",
    ]  # (no hyphenated-throughout person)
    # a one-word name of two syllables: joined only
    assert forms("Ma-li", "country") == ["Mali"] and forms("Mi-lan", "place") == ["Milan"]
    # a capital after the hyphen: no transliteration; a number: not a syllable
    assert (
        forms("Díaz-Canel", "person")
        == forms("Timor-Leste", "country")
        == forms("Covid-19", "agreement")
        == []
    )
    # hyphenated throughout only where the second word is a transliteration and the first no Vietnamese word
    assert "Khơ-me-đỏ" not in forms("Khơ-me Đỏ", "country")
    assert forms("Nam Xu-đăng", "country") == ["Nam Xuđăng", "Nam Xu Đăng"]
    assert forms("Việt Nam", "country") == []


def test_generated_forms_are_variants_after_the_written_names():
    for code, generated in (
        ("AUS", "Ô Xtrây Li A"),
        ("LKA", "Xri-lan-ca"),
        ("NZL", "Niu Di Lân"),
        ("SAU", "Ả Rập Xêút"),
    ):
        e = gazetteer.entry(code)
        assert e is not None
        kinds = {n.text: n.type for n in e.names}
        assert kinds.get(generated) == "variant", (code, kinds)
        assert e.vi and kinds.get(e.vi) != "variant"
    luang = gazetteer.places()["LA-LP"]
    assert {"Luông Pha Bang", "Luông Phabang"} <= {n.text for n in luang.names if n.type == "variant"}
    assert luang.vi == "Luông Pha-bang"
    # a name written in the table keeps its own type (no "variant" copy of it)
    cuba = [n for n in gazetteer.entry("CUB").names if n.text == "Cu Ba"]
    assert len(cuba) == 1 and cuba[0].type == "translit"


def _codes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.code) for m in mentions_in(text)]


def test_mentions_in_other_hyphenations():
    assert ("Ôxtrâylia", "AUS") in _codes("Việt Nam và Ôxtrâylia ký hiệp định thương mại.")
    assert ("Xri-lan-ca", "LKA") in _codes("Đoàn đại biểu Xri-lan-ca thăm Việt Nam.")
    assert ("Niu Dilân", "NZL") in _codes("Niu Dilân và Việt Nam thiết lập quan hệ ngoại giao năm 1975.")
    assert ("Cayxỏn Phômvihản", "PER_KAYSONE_PHOMVIHANE") in _codes("Đồng chí Cayxỏn Phômvihản thăm Hà Nội.")
    assert ("Hiệp ước Vácsava", "WARSAW_PACT") in _codes("Các nước Hiệp ước Vácsava họp.")


def test_places_in_other_hyphenations():
    text = "Đoàn sang thăm Luông Pha Bang, rồi tới Ác-cra và Luông Phabang."
    got = [(text[s:e], c) for s, e, c in scan_places(text, lower_same_length(text))]
    assert got == [("Luông Pha Bang", "LAO"), ("Ác-cra", "GHA"), ("Luông Phabang", "LAO")]


def test_no_personal_name_shapes():
    # two capitalised syllables are a Vietnamese given name's shape: no spaced form of a two-syllable name
    names = {n.text for e in gazetteer.entries().values() for n in e.names}
    names |= {n.text for e in gazetteer.places().values() for n in e.names}
    assert not {"Ma Li", "Mi Lan", "Ga Na", "Tô Gô", "Ca Ta", "Pa Ri", "Li Ma", "Ba Li"} & names
    text = "Chị Trần Thị Mi Lan và anh Lò Văn Ma Li dự lễ."
    assert _codes(text) == [] and scan_places(text, lower_same_length(text)) == []
