"""Speed round 31 (docs/decisions.md): the dates pass's news-page weekday line, against the code it replaced.

``dates_weekday_line.weekday_line_date`` (every document with no earlier own date): ``_WEEKDAY_LINE`` is matched
only where "Thứ" or "Chủ" stands, leftmost first (``_first_line``), not searched for through the page's top
(``_search_30``, whose guard on the two words let in any zone with "Chủ tịch"). Checked against the old on random
text of the pattern's pieces (hypothesis), on the premise that every match opens on one of the two words, and on
the samples, the seeds and the working sets' documents.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.extract import dates_weekday_line as wl
from speed_corpus import speed_corpus


def _search_30(zone: str) -> re.Match[str] | None:
    """The search before speed round 31 (its fast path included)."""
    if "Thứ" not in zone and "Chủ" not in zone:
        return None
    return wl._WEEKDAY_LINE.search(zone)


def _span(m: re.Match[str] | None) -> tuple[int, int, tuple[str | None, ...]] | None:
    return None if m is None else (m.start(), m.end(), m.groups())


_PIECES = st.sampled_from(
    [
        "Thứ",
        "Thứ ",
        "Chủ",
        "Chủ ",
        "Hai",
        "hai",
        "Ba",
        "Tư",
        "Năm",
        "Sáu",
        "Bảy",
        "nhật",
        "Nhật",
        "tịch",
        ", ",
        ",",
        " ",
        "\t",
        "\n",
        "\r\n",
        "12/01/2026",
        "1/2/2025",
        "31/12/1999",
        "07:30",
        " | 17:40",
        " - 17:40:05",
        " (GMT+7)",
        "(GMT -7)",
        "Hà Nội",
        "x",
        "ThứThứ",
        "Chủ nhật, 5/6/2022",
        "Thứ Hai, 12/01/2026 07:30",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=16))
def test_first_line_is_the_search(pieces: list[str]) -> None:
    zone = "".join(pieces)
    assert _span(wl._first_line(zone)) == _span(_search_30(zone))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ThứChủnậtaiBb ,/0123456789:\n\t|-–()GMT+", max_size=80))
def test_first_line_on_random_text(zone: str) -> None:
    assert _span(wl._first_line(zone)) == _span(_search_30(zone))


def test_every_match_opens_on_the_words() -> None:
    for zone in ("Thứ Hai, 12/01/2026 07:30", "a\nChủ nhật, 5/6/2022\n", "x Thứ bảy , 1/1/2020 | 10:00"):
        m = wl._WEEKDAY_LINE.search(zone)
        assert m is not None and zone.startswith(("Thứ", "Chủ"), m.start())


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in speed_corpus(every_set=True)]


def test_weekday_line_on_the_documents() -> None:
    for text in _texts():
        zone = text[: wl._ZONE]
        assert _span(wl._first_line(zone)) == _span(_search_30(zone))
