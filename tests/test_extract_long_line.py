"""A long line with no stop: the trigger scan looks for a head's words after it within AFTER_HEAD characters,
not to the end of the text for every head (which made a 300 KB line take seconds per scan), and gives
what the unbounded search gives because no trigger's match reaches further than that."""

from __future__ import annotations

import re
import time

import pytest

from doingoai.extract import trigger_scan
from doingoai.extract.trigger_scan import AFTER_HEAD, head_entries, scan_text
from doingoai.extract.triggers import LEXICON
from doingoai.pipeline import extract_text

try:  # Python >= 3.11
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

_STOPS = re.compile(r"[.;:“”\"\n]")


def _reach(sub, many: int = 5, chars: int = 30) -> tuple[int, int]:
    """(characters a pattern consumes, characters from its start it may look at, look-aheads included), an
    unbounded repeat counted as ``chars`` of one character class or ``many`` of a longer group."""
    pos = far = 0
    for op, av in sub:
        if op in (C.ASSERT, C.ASSERT_NOT):
            if av[0] == 1:  # a look-ahead looks past where the match is
                far = max(far, pos + _reach(av[1], many, chars)[1])
            continue
        if op is C.SUBPATTERN:
            w, r = _reach(av[-1], many, chars)
        elif op is C.BRANCH:
            ws = [_reach(b, many, chars) for b in av[1]]
            w, r = max(x[0] for x in ws), max(x[1] for x in ws)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            _, hi, inner = av
            w1, r1 = _reach(inner, many, chars)
            if hi == C.MAXREPEAT:
                hi = chars if w1 <= 1 else many
            w, r = w1 * hi, (w1 * (hi - 1) + r1 if hi else 0)
        else:
            w = r = P.SubPattern(sub.state, [(op, av)]).getwidth()[1]
        far = max(far, pos + r, pos + w)
        pos += w
    return pos, far


def test_no_trigger_with_words_after_its_head_reaches_past_the_window():
    checked = set()
    for entries in head_entries().values():
        for i, rx, _back, pre, *_ in entries:
            if pre is not None and not pre[1]:
                checked.add(LEXICON[i].name)
                assert _reach(P.parse(rx.pattern))[1] < AFTER_HEAD, LEXICON[i].name
    assert {"relations_s", "establish_s", "upgrade_s", "attend"} <= checked


def test_words_far_after_the_head_are_still_found():
    filler = (
        "giữa Việt Nam và Cộng hòa Dân chủ Nhân dân Lào trong nhiều lĩnh vực chính trị, kinh tế, văn hóa, "
        "giáo dục, khoa học và quốc phòng"
    )
    text = f"Quan hệ {filler} ngày càng được củng cố."
    hits = scan_text(text)
    assert [h.trigger.name for h in hits] == ["relations_s"]
    assert hits[0].end - hits[0].start > 150 and text[: hits[0].end].endswith("được củng cố")


def test_a_stop_still_ends_the_words_after_the_head():
    assert not [
        h
        for h in scan_text("Quan hệ hai nước rất sâu sắc. Kinh tế được củng cố.")
        if h.trigger.name == "relations_s"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Đoàn đại biểu Việt Nam sang Nhật Bản dự hội nghị " * 4500,  # 300 KB, "dự" heads
        "Việt Nam và Lào luôn coi trọng quan hệ hợp tác toàn diện giữa hai nước " * 3000,  # "quan hệ" heads
    ],
)
def test_a_long_line_with_no_stop_is_scanned_in_linear_time(line):
    t = time.process_time()
    scan_text(line)
    assert (
        time.process_time() - t < 1.5
    )  # (CPU seconds; about 0.1 here, 4-7 when each head scanned to the end)
    t = time.process_time()
    extract_text(line)
    assert time.process_time() - t < 20  # the whole extraction, generous on a shared machine (about 1-2 here)


def test_the_window_changes_no_hit(shared, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    texts += [_STOPS.sub(" ", t) for t in texts]  # every line as long as its text
    bounded = [scan_text(t) for t in texts]
    monkeypatch.setattr(trigger_scan, "AFTER_HEAD", 10**9)
    assert [scan_text(t) for t in texts] == bounded
    assert sum(map(len, bounded)) > 100
