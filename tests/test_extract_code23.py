"""Code 23 (session 23): duplicated readings made one, the output unchanged; COORD_GAP without catastrophic backtracking.

Texts written for these tests.
"""

from __future__ import annotations

import itertools
import random
import re
import time

import pytest

from doingoai.extract.dates_counted import _NUMBER
from doingoai.extract.dates_period import (
    opens_report,
    report_title,
    reported_period,
    year_reported,
)
from doingoai.extract.dates_spoken import count_word
from doingoai.extract.events_asides import drop_asides
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_visit_program import programme_visits
from doingoai.extract.events_visit_signing import visit_signings
from doingoai.extract.trigger_cues import _STATE_FORM, _TITLE, COORD_GAP
from doingoai.extract.vi_regex import rx
from doingoai.model import Block, BlockType, Document, EventKind, Status

# ---- COORD_GAP: one reading of a gap ------------------------------------------------------------------------

# the form before code 23 (nested repeats: a failing gap of twenty commas took seconds)
_OLD_COORD_GAP = rx(
    r"^(?:\s*(?:,|và|cùng|/|–|-|\(|\))\s*(?:tất cả |toàn bộ )?(?:các nước thành viên|các thành viên|các nước|nước"
    r"|nhân dân|chính phủ|đảng|phía|các|những|quốc hội|quân đội|bộ ngoại giao|bộ quốc phòng|bộ công thương|bộ công an)?\s*"
    rf"(?:{_STATE_FORM}\s*)?(?:{_TITLE}\s*)?)+$"
)
_PIECES = (
    ",", "và", "cùng", "/", "–", "(", ")", "tất cả ", "toàn bộ ", "các nước", "các", "nước", "thành viên",
    "chính phủ", "cộng hòa", "cộng hoà", "dân chủ", "liên bang", "vương quốc", "thủ tướng", "thủ tướng chính phủ",
    "đại diện cấp cao", "của", "tổng thống", "x",
)  # fmt: skip
_SPACES = ("", " ", "  ", "\n")


def _same(gap: str) -> bool:
    a, b = _OLD_COORD_GAP.match(gap), COORD_GAP.match(gap)
    return (a is None) == (b is None) and (a is None or a.group(0) == b.group(0))


@pytest.mark.parametrize(
    "gap",
    [
        " và ",
        " và Thủ tướng ",
        ", Tổng thống ",
        " và Cộng hòa ",
        " cùng các nước thành viên ",
        ", tất cả các nước ",
        " và toàn bộ   vương quốc ",
        " và tất cả  các ",  # (two spaces after "tất cả": no gap, as before)
        " thăm ",
        ", , Thủ tướng, ",
    ],
)
def test_coord_gap_reads_as_before(gap: str) -> None:
    assert _same(gap)


def test_coord_gap_matches_the_same_gaps_as_before() -> None:
    for a, b in itertools.product(_PIECES, repeat=2):
        for s in _SPACES:
            assert _same(s + a + s + b + " "), (a, b, s)
    rng = random.Random(23)
    for _ in range(3000):
        gap = "".join(rng.choice(_SPACES) + rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))
        assert _same(gap + rng.choice(_SPACES)), gap


def test_a_long_made_up_gap_returns_at_once() -> None:
    for gap in (", " * 2500 + "x", " " * 5000 + "x", ", thủ tướng,  " * 360 + "x", "và các " * 720 + "x"):
        t = time.perf_counter()
        assert COORD_GAP.match(gap) is None
        assert time.perf_counter() - t < 0.2
    assert COORD_GAP.match(", " * 2500) is not None


# ---- a report's title and the period it reports: one reader -------------------------------------------------


def _doc(lines: list[tuple[BlockType, str]], date: str) -> Document:
    text, blocks, at = "", [], 0
    for kind, line in lines:
        blocks.append(Block(kind, at, at + len(line)))
        text += line + "\n"
        at = len(text)
    return Document("report.txt", text=text, blocks=blocks, meta={"date": date})


def test_one_reading_of_a_reports_title() -> None:
    doc = _doc(
        [
            (BlockType.PARAGRAPH, "UBND TỈNH X"),
            (BlockType.TITLE, "BÁO CÁO"),
            (BlockType.PARAGRAPH, "Kết quả hợp tác với các đối tác năm 2030"),
        ],
        "2031-01-10",
    )
    title = report_title(doc)
    assert title is not None and doc.text[title.start : title.end] == "BÁO CÁO"
    assert opens_report("Báo cáo tình hình", 0) and not opens_report("KẾ HOẠCH năm 2031", 0)
    plan = _doc([(BlockType.TITLE, "KẾ HOẠCH Hợp tác năm 2031")], "2031-01-10")
    assert report_title(plan) is None


def test_the_year_a_report_naming_no_period_reports_on() -> None:
    assert year_reported("2030-12-16") == "2030"
    assert year_reported("2030-09") == "2030"
    assert year_reported("2031-02-10") == ""  # signed in its first months: maybe the year before
    assert year_reported("2031") == ""
    titles = [("báo cáo kết quả các hoạt động đối ngoại kỷ niệm ngày thành lập", [])]
    assert reported_period("2030-12-16", titles) == "2030"
    assert reported_period("2031-02-10", titles) == ""
    assert reported_period("2030-07-05", [("báo cáo 6 tháng đầu năm 2030", [(11, "2030-H1")])]) == "2030-H1"


# ---- number words: one reader --------------------------------------------------------------------------------

# dates_counted's table before code 23
_OLD_NUMBERS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "mười một": 11, "mười hai": 12,
}  # fmt: skip


def test_a_counts_words_read_as_the_table_read_them() -> None:
    words = re.findall(r"[^|()?:\\]+", _NUMBER.replace(r"\d{1,2}", ""))
    assert "mười một" in words and "vài" in words
    for w in [*words, "tư", "ít", "mấy", "3", "12"]:
        old = _OLD_NUMBERS.get(w) or (int(w) if w.isdigit() else 0)
        assert count_word(w) == old, w


# ---- the visit told again: one mechanism, two openers -----------------------------------------------------------

_TOLD = (
    "Ngày 5/3/2031, Tổng thống Pháp thăm chính thức Việt Nam. "
    "Đây là chuyến thăm Việt Nam đầu tiên của một tổng thống Pháp; nhân dịp này, hai bên ký Biên bản ghi nhớ. "
    "Trong chương trình chuyến thăm, Tổng thống Pháp thăm Hà Nội; hai bên ký Biên bản ghi nhớ về giáo dục."
)


def _visits(text: str) -> list[Draft]:
    """A visit FRA -> VNM read in each sentence of ``text``."""
    spans, at = [], 0
    for part in text.split(". "):
        spans.append((at, at + len(part)))
        at += len(part) + 2
    return [Draft(EventKind.VISIT, ("FRA",), ("VNM",), "2031-03-05", Status.OCCURRED, s) for s in spans]


def test_the_visit_told_again_is_dropped_after_the_first() -> None:
    low = _TOLD.lower()
    drafts = _visits(_TOLD)
    kept = drop_asides(low, programme_visits(low, drafts))
    assert [d.sentence for d in kept] == [drafts[0].sentence]


def test_a_weighed_visit_still_gives_its_signing_a_programmes_does_not() -> None:
    # why the two openers stay two passes: visit_signings reads the visits between them
    low = _TOLD.lower()
    drafts = _visits(_TOLD)
    out = drop_asides(low, visit_signings(low, programme_visits(low, drafts)))
    signed = [d.sentence for d in out if d.kind is EventKind.AGREEMENT_SIGN]
    assert signed == [drafts[1].sentence]  # the weighed visit's sentence, not the programme's
    assert [d.sentence for d in out if d.kind is EventKind.VISIT] == [drafts[0].sentence]
