"""Hyphenated names and cue boundaries (issue 3, session 9): Vietnamese writes foreign names as hyphenated syllables
("Bra-xin", "Bê-la-rút", "Ca-ta", "Bu-run-đi"), and a syllable after a hyphen may be a Vietnamese cue word ("xin"
ask, "rút" withdraw, "ta" we, "đi" go, "ra" out). Python's ``\\b`` sees a word start after a hyphen; the shared
opener ``rx_boundary.WORD_START`` (and ``starts_word`` in Python) does not, while a list item "-Ký kết" / "- Ký kết"
still starts one.

* units: ``starts_word``, ``vi_regex.word_start``, ``compile_fast`` keeping its fast path for the new opener, a cue
  not matching inside a name, the trigger scan not reading a head inside a name;
* a property over the gazetteer: no trigger and no cue opening on a word boundary starts inside a hyphenated name
  (every alias, place and transliteration with a hyphen);
* a sentence grid, whole pipeline (tests/event_grid.py): names whose syllables are cue words or the pronoun "ta",
  with the event each gives, and negative twins where only the name's syllable would make the cue.

docs/decisions.md, Events, "Hyphenated names and cue boundaries (session 9)".
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from doingoai.extract import gazetteer, trigger_scan
from doingoai.extract import vi_regex as V
from doingoai.extract.rx_boundary import WORD_START, compile_fast, starts_word
from doingoai.extract.textscan import lower_same_length
from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params

# --- units ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, i, expected",
    [
        ("xin gia nhập", 0, True),
        ("bra-xin gia nhập", 4, False),  # a syllable after a hyphen
        ("ca-ta ký", 3, False),
        ("2010-nay", 5, False),  # after a digit and a hyphen
        ("- ký kết", 2, True),  # a list item: the hyphen then a space
        ("\n-ký kết", 2, True),  # a list item without a space: nothing joined before the hyphen
        ("-ký kết", 1, True),
        ("a – ký", 4, True),  # a dash is no hyphen
        ("vắcxin", 3, False),
        ("_xin", 1, False),
    ],
)
def test_starts_word(text, i, expected):
    assert starts_word(text, i) is expected
    assert (re.compile(WORD_START + "[^\\W\\d_]").match(text, i) is not None) is expected  # the same test


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\bxin gia nhập", WORD_START + "xin gia nhập"),
        (r"\b(?:xin|đề nghị) gia nhập", WORD_START + "(?:xin|đề nghị) gia nhập"),
        (r"(?<!\w)ta\b", WORD_START + r"ta\b"),
        (r"(?<![\w])(?:ta|nước ta)", WORD_START + "(?:ta|nước ta)"),
        (r"\b\d{4}", r"\b\d{4}"),  # not a word cue
        (r"\b(?:\s|,)", r"\b(?:\s|,)"),  # "\b" before a non-word: the end of a word, kept
        (r"x\b", r"x\b"),
    ],
)
def test_word_start_rewrites_a_leading_boundary_only(pattern, expected):
    assert V.word_start(pattern) == expected
    if pattern.startswith(r"\b"):  # (what the cue fast paths read: the words after the opener)
        assert V.strip_opener(V.word_start(pattern)) == pattern[2:]


def test_compile_fast_keeps_its_fast_path_for_word_start():
    pattern = WORD_START + "(?:xin|ta|rút) (?:gia nhập|khỏi)"
    fast, plain = compile_fast(pattern), re.compile(pattern)
    assert fast != plain  # rewritten: the engine skips to the first words
    text = "bra-xin gia nhập, xin gia nhập; ca-ta khỏi, -ta khỏi\n-rút khỏi, bê-la-rút khỏi, 1-xin gia nhập _ta khỏi"
    for i in range(len(text)):
        assert [m.span() for m in fast.finditer(text, i)] == [m.span() for m in plain.finditer(text, i)]
    assert [m.group(0) for m in fast.finditer(text)] == ["xin gia nhập", "ta khỏi", "rút khỏi"]


def test_a_cue_does_not_start_inside_a_name():
    cue = V.cue(r"\b(?:xin|đề nghị) gia nhập")
    assert cue.search("bra-xin gia nhập wto") is None
    assert cue.search("xin-ga-po xin gia nhập cptpp").start() == 10
    assert cue.search("- xin gia nhập") is not None
    assert cue.needles == ("nghị", "xin")  # (its fast path reads the words after the opener)


def test_the_trigger_scan_reads_no_head_inside_a_name():
    # "rút" of "Bê-la-rút" is no head (it hid "ra khỏi", the leaving, behind a "rút ra ..." reading before)
    low = "năm 2020, bê-la-rút ra khỏi liên minh kinh tế á-âu."
    hits = trigger_scan.scan_text(low, low)
    assert [(h.trigger.name, low[h.start : h.end]) for h in hits if h.start < low.index(" liên")] == [
        (next(h.trigger.name for h in hits), "ra khỏi")
    ]
    assert all(starts_word(low, h.start) for h in hits)


# --- the gazetteer's hyphenated names ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _hyphenated() -> tuple[str, ...]:
    """Every Vietnamese name of the gazetteer (actors and places) with a hyphen between syllables."""
    out = set()
    for e in (*gazetteer.entries().values(), *gazetteer.places().values()):
        for n in (e.vi, *(n.text for n in e.names if n.lang == "vi")):
            if re.search(r"\w-\w", n):
                out.add(n)
    return tuple(sorted(out))


def _inside(low: str, i: int) -> bool:
    return i >= 2 and low[i - 1] == "-" and low[i - 2].isalnum()


def test_the_gazetteer_has_names_ending_in_cue_words():
    syllables = {s.lower() for n in _hyphenated() for s in re.findall(r"(?<=\w-)[^\W\d_]+", n)}
    assert {"xin", "ta", "đi", "rút", "ra"} <= syllables  # Bra-xin, Ca-ta, Bu-run-đi, Bê-la-rút, An-đô-ra
    assert len(_hyphenated()) > 300


def test_no_trigger_starts_inside_a_hyphenated_name():
    for name in _hyphenated():
        for after in (" ", " khỏi ", " gia nhập ", " thăm ", " ký "):  # the words after a syllable's cue
            low = lower_same_length(f"Năm 2020, {name}{after}x.")
            inside = [h.trigger.name for h in trigger_scan.scan_text(low, low) if _inside(low, h.start)]
            assert not inside, (name, after, inside)


_OPENER = re.compile(r"\A(?:\(\?[aiLmsux]+\))?(?:\\b|\(\?<!\\w\)|\(\?<!\[\\w\]\))")


def _word_cues() -> list[re.Pattern[str]]:
    """The package's module-level cues and patterns that open on a word boundary (WORD_START or a plain one)."""
    import importlib
    import pkgutil

    import doingoai.extract as pkg

    out: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        for value in vars(importlib.import_module(f"doingoai.extract.{info.name}")).values():
            rx = value.rx if isinstance(value, V.Cue) else value
            if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str):
                if WORD_START in rx.pattern[:40] or _OPENER.match(rx.pattern):
                    out[id(rx)] = rx
    return list(out.values())


def test_no_word_cue_starts_inside_a_hyphenated_name():
    cues = _word_cues()
    assert sum(WORD_START in rx.pattern[:40] for rx in cues) >= 20
    after = (
        " gia nhập",
        " khỏi",
        " thăm",
        " ký kết",
        " cho",
    )  # (the words a syllable's cue would go on with)
    lines = [f"Năm 2020, {n}{a} x." for n in _hyphenated() for a in after]
    text = "\n".join(lines)
    for t in (text, lower_same_length(text)):
        for rx in cues:
            for m in rx.finditer(t):
                assert not (_inside(t, m.start()) and m.end() > m.start()), (
                    rx.pattern[:60],
                    t[m.start() - 20 : m.end()],
                )


# --- the sentence grid ------------------------------------------------------------------------------------------

NO = ((), (), "", S.NEGATED)
SYMMETRIC = {K.AGREEMENT_SIGN, K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH}

# fmt: off
CASES: list[tuple] = [
    # "-xin": Bra-xin, Xin-ga-po, En-xin, vắc-xin ("xin" = ask)
    ("bra-xin-join", "Năm 2001, Bra-xin gia nhập Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á.",
     K.AGREEMENT_RATIFY, ("BRA",), ("TAC",), "2001", S.OCCURRED),
    ("bra-xin-member", "Tháng 5/2016, Bra-xin trở thành thành viên của Ngân hàng Phát triển Mới.",
     K.MEMBERSHIP_JOIN, ("BRA",), ("NDB",), "2016-05", S.OCCURRED),
    ("bra-xin-join-g20", "Năm 2016, Bra-xin trở thành thành viên Nhóm G20.",
     K.MEMBERSHIP_JOIN, ("BRA",), ("G20",), "2016", S.OCCURRED),
    ("bra-xin-applies", "Năm 2008, Bra-xin xin gia nhập Tổ chức Hợp tác và Phát triển Kinh tế.",
     K.MEMBERSHIP_JOIN, ("BRA",), ("OECD",), "2008", S.PLANNED),
    ("bra-xin-aid", "Năm 2016, Bra-xin viện trợ cho Ha-i-ti 2 triệu USD.",
     K.AID, ("BRA",), ("HTI",), "2016", S.OCCURRED),
    ("singapore-join", "Năm 2020, Xin-ga-po gia nhập WTO.",
     K.MEMBERSHIP_JOIN, ("SGP",), ("WTO",), "2020", S.OCCURRED),
    ("singapore-applies", "Năm 2020, Xin-ga-po xin gia nhập CPTPP.",
     K.MEMBERSHIP_JOIN, ("SGP",), ("CPTPP",), "2020", S.PLANNED),
    ("yeltsin-visit", "Năm 1995, Tổng thống Nga Bô-rít En-xin thăm Trung Quốc.",
     K.VISIT, ("RUS",), ("CHN",), "1995", S.OCCURRED),
    ("vaccine-aid", "Năm 2021, Nhật Bản viện trợ vắc-xin cho Việt Nam.",
     K.AID, ("JPN",), ("VNM",), "2021", S.OCCURRED),
    # "-rút" (withdraw), "-ra" (out): Bê-la-rút, Bru-nây Đa-rút-xa-lam, An-đô-ra
    ("belarus-leaves", "Năm 2020, Bê-la-rút ra khỏi Liên minh Kinh tế Á-Âu.",
     K.MEMBERSHIP_LEAVE, ("BLR",), ("EAEU",), "2020", S.OCCURRED),
    ("belarus-withdraws", "Năm 2022, Bê-la-rút rút khỏi WTO.",
     K.MEMBERSHIP_LEAVE, ("BLR",), ("WTO",), "2022", S.OCCURRED),
    ("belarus-joins", "Năm 2015, Bê-la-rút gia nhập Liên minh Kinh tế Á-Âu.",
     K.MEMBERSHIP_JOIN, ("BLR",), ("EAEU",), "2015", S.OCCURRED),
    ("brunei-joins", "Năm 1984, Bru-nây Đa-rút-xa-lam gia nhập ASEAN.",
     K.MEMBERSHIP_JOIN, ("BRN",), ("ASEAN",), "1984", S.OCCURRED),
    ("andorra-protests", "Năm 2015, An-đô-ra tuyên bố phản đối Trung Quốc.",
     K.PROTEST, ("AND",), ("CHN",), "2015", S.OCCURRED),
    # "-ta" (we = Việt Nam): Ca-ta, Man-ta, Mô-ri-ta-ni; never Việt Nam
    ("qatar-signs", "Năm 2015, Ca-ta ký Hiệp định với Cô-oét.",
     K.AGREEMENT_SIGN, ("QAT",), ("KWT",), "2015", S.OCCURRED),
    ("qatar-kuwait-sign", "Năm 2015, Ca-ta và Cô-oét ký Hiệp định thương mại.",
     K.AGREEMENT_SIGN, ("QAT", "KWT"), (), "2015", S.OCCURRED),
    ("malta-supports", "Năm 2015, Man-ta ủng hộ Ý.",
     K.SUPPORT, ("MLT",), ("ITA",), "2015", S.OCCURRED),
    ("mauritania-joins", "Năm 2020, Mô-ri-ta-ni gia nhập Liên minh châu Phi.",
     K.MEMBERSHIP_JOIN, ("MRT",), ("AU",), "2020", S.OCCURRED),
    ("qatar-and-we", "Năm 2019, Ca-ta và ta ký Hiệp định hợp tác lao động.",
     K.AGREEMENT_SIGN, ("QAT", "VNM"), (), "2019", S.OCCURRED),
    # "-đi" (go): Bu-run-đi, A-rập Xau-đi; "-đăng": Xu-đăng
    ("burundi-visits", "Năm 2018, Bu-run-đi thăm Ru-an-đa.",
     K.VISIT, ("BDI",), ("RWA",), "2018", S.OCCURRED),
    ("saudi-signs", "Năm 2015, A-rập Xau-đi ký kết Hiệp định với I-ran.",
     K.AGREEMENT_SIGN, ("SAU",), ("IRN",), "2015", S.OCCURRED),
    ("sudan-hosts", "Năm 2020, Xu-đăng đăng cai Hội nghị Thượng đỉnh Liên minh châu Phi.",
     K.HOST, ("SDN",), ("AU",), "2020", S.OCCURRED),
    # a list item opening on a hyphen still opens on its verb
    ("item-sign", "Các hoạt động chính:\n-Ký kết Hiệp định thương mại với Lào năm 2020.",
     K.AGREEMENT_SIGN, ("VNM",), ("LAO",), "2020", S.OCCURRED),
    ("item-sign-space", "Các hoạt động chính:\n- Ký kết Hiệp định thương mại với Lào năm 2020.",
     K.AGREEMENT_SIGN, ("VNM",), ("LAO",), "2020", S.OCCURRED),
    ("item-visit", "Các hoạt động chính:\n-Thăm chính thức Lào năm 2020.",
     K.VISIT, ("VNM",), ("LAO",), "2020", S.OCCURRED),
    # twins: only the name's syllable would make the verb
    ("belarus-no-verb-twin", "Năm 2022, Bê-la-rút khỏi WTO.", K.MEMBERSHIP_LEAVE, *NO),
    ("andorra-no-verb-twin", "Năm 2015, An-đô-ra khỏi WTO.", K.MEMBERSHIP_LEAVE, *NO),
    ("sudan-no-verb-twin", "Năm 2020, Xu-đăng cai Hội nghị Thượng đỉnh Liên minh châu Phi.", K.HOST, *NO),
    ("burundi-no-verb-twin", "Năm 2018, Bu-run-đi đến Hà Nội.", K.VISIT, *NO),
    # names joined by a hyphen ("Việt Nam-Lào"): two mentions (extract/mentions_joined.py, session 9 G1)
    ("pair-joined", "Năm 2020, Việt Nam-Lào ký Hiệp định hợp tác.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "2020", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_hyphen_names(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=kind in SYMMETRIC)


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2015, Ca-ta ký Hiệp định với Cô-oét.",
        "Năm 2015, Man-ta ủng hộ Ý.",
        "Năm 2015, tại Gia-các-ta, In-đô-nê-xi-a và Ma-lai-xi-a ký Bản ghi nhớ.",
        "Năm 2015, Cô-lôm-bi-a và Pê-ru ký Bản ghi nhớ tại Bô-gô-ta.",
        "Năm 2020, Mô-ri-ta-ni gia nhập Liên minh châu Phi.",
    ],
)
def test_a_ta_syllable_is_not_vietnam(text):
    events = extract_text(text).events
    assert events
    assert all("VNM" not in (*e.actors, *e.recipients) for e in events), events
