"""Speed round 27 (docs/decisions.md): three replaced scans, each against the code it replaced.

* ``events_introduced.titled_before``: ``_BEFORE.search(text, max(0, start - 40), start)`` found by ``str.endswith``;
* ``trigger_scan._BACK_FIRST``: a trigger that may start before its head is searched for only when some match of it
  starts within ``back`` characters before the head (the old search is kept for that case);
* ``dates_datelines.dateline_starts``: only the lines holding a comma are matched (against ``_dateline_starts_rx``,
  the regex's own scan: what speed round 26's version was checked against too).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.extract import trigger_scan
from doingoai.extract.dates_datelines import _dateline_starts_rx, dateline_starts
from doingoai.extract.events_introduced import _BEFORE, _TITLES_SPACED, titled_before
from doingoai.extract.textscan import lower_same_length
from doingoai.extract.triggers import LEXICON

ROOT = Path(__file__).resolve().parent.parent


def _samples() -> list[str]:
    files = sorted((ROOT / "samples").glob("*.txt"))
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        files += sorted(shared.glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


# ---- titled_before ------------------------------------------------------------------------------------------------

_TITLE_PIECES = (
    *_TITLES_SPACED,
    *(t.rstrip() for t in _TITLES_SPACED),
    *(
        "a",
        "Ă",
        " ",
        "\n",
        "\n\n",
        "1",
        "²",
        "_",
        "-",
        "Thủ",
        "Phó ",
        "ông ",
        "Lào",
        "Tổng",
        "thống ",
        "é",
        "(",
        "x",
    ),
)


def _old_titled_before(text: str, start: int) -> bool:
    return _BEFORE.search(text, max(0, start - 40), start) is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=14), st.data())
def test_titled_before_is_the_search(pieces: list[str], data) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    assert titled_before(text, start) == _old_titled_before(text, start), (text, start)


def test_titled_before_everywhere_in_the_samples() -> None:
    extra = "Thủ tướng \nNhật Bản; Phó Tổng thống Hàn Quốc; xThủ tướng Lào; Thủ tướng Chính phủ Lào"
    for text in [*_samples(), extra]:
        for start in range(len(text) + 1):
            assert titled_before(text, start) == _old_titled_before(text, start), start
    assert titled_before(extra, extra.index("Nhật"))  # ("$" before a final line break)
    assert not titled_before(extra, extra.index("Lào"))  # (a letter before the title)


# ---- trigger_scan: the back-search's start check ------------------------------------------------------------------


def _old_back(rx: re.Pattern[str], low: str, p: int, back: int) -> tuple[int, int] | None:
    """scan_text's search for a trigger that may start ``back`` characters before its head at ``p`` (as it was)."""
    m = rx.search(low, max(0, p - back), p + 80)
    while m is not None and m.end() <= p:
        m = rx.search(low, m.start() + 1, p + 80)
    if m is not None and m.start() > p:
        m = None
    return m.span() if m is not None and m.end() > p else None


def _back_entries() -> list[tuple[re.Pattern[str], int]]:
    return [(rx, back) for es in trigger_scan.head_entries().values() for _, rx, back, _, _ in es if back]


def test_every_back_trigger_has_its_check() -> None:
    entries = _back_entries()
    assert entries
    for rx, back in entries:
        first = trigger_scan._BACK_FIRST.get(id(rx))
        assert first is not None and first[0] is rx
        assert first[1].pattern.startswith(rf"[\s\S]{{0,{back}}}?")


def _kept_when_checked(low: str, positions) -> None:
    for rx, back in _back_entries():
        check = trigger_scan._BACK_FIRST[id(rx)][1]
        for p in positions:
            if check.match(low, max(0, p - back), p + 80) is None:
                assert _old_back(rx, low, p, back) is None, (rx.pattern[:60], low[max(0, p - back) : p + 80])


_BACK_WORDS = sorted(
    {w for t in LEXICON if t.back for w in re.findall(r"[^\W\d_]+", t.pattern.lower()) if len(w) > 1}
)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_BACK_WORDS, ",", ".", "-", "\n", "2024", "việt nam"]), min_size=1, max_size=20
    )
)
def test_back_check_drops_no_match(words: list[str]) -> None:
    low = " ".join(words)
    _kept_when_checked(low, range(len(low) + 1))


def test_back_check_drops_no_match_in_the_samples() -> None:
    for text in _samples():
        low = lower_same_length(text)
        starts = [i for i in range(len(low)) if i == 0 or not low[i - 1].isalnum()]
        _kept_when_checked(low, starts)


@pytest.mark.parametrize("which", range(3))
def test_scan_text_same_without_the_check(which: int) -> None:
    texts = _samples()
    text = texts[which % len(texts)]
    with_check = trigger_scan.scan_text(text)
    saved = dict(trigger_scan._BACK_FIRST)
    trigger_scan._BACK_FIRST.clear()
    try:
        without = trigger_scan.scan_text(text)
    finally:
        trigger_scan._BACK_FIRST.update(saved)
    assert [(h.trigger.name, h.start, h.end) for h in with_check] == [
        (h.trigger.name, h.start, h.end) for h in without
    ]


# ---- dateline_starts ----------------------------------------------------------------------------------------------

_DATELINE_PIECES = (
    *("Hà Nội", "Mát-xcơ-va", "Pa Ri", "hà nội", "Luân Đôn", "Theo đó", ", ", ",", " 12/12", "9/7", " 3 / 4"),
    *(
        " (TTXVN)",
        " – ",
        "—",
        "-",
        " - ",
        "\n",
        "\n\n",
        "  ",
        "\t",
        "tỷ lệ",
        "x",
        "2024",
        "O'Neil",
        "Y’",
        "5",
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=40), st.data())
def test_dateline_starts_is_the_regex_scan(pieces: list[str], data) -> None:
    text = "".join(pieces)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text) + 2))
    assert dateline_starts(text, a, b) == _dateline_starts_rx(text, a, b), (text, a, b)


def test_dateline_starts_in_the_samples() -> None:
    for text in _samples():
        n = len(text)
        assert dateline_starts(text, 0, n) == _dateline_starts_rx(text, 0, n)
