"""bench/questions_quality.py: a gold answer is matched by value, whichever language prints the date (an
English question's "11 January 2007" is the gold's "11/1/2007"; a wrong day is no match)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
if not (BENCH / "questions_quality.py").is_file():
    pytest.skip("bench/ not in this checkout", allow_module_level=True)
sys.path.insert(0, str(BENCH))

import questions_quality  # noqa: E402


@pytest.mark.parametrize(
    "answer, gold, right",
    [
        ("11 January 2007", "11/1/2007", True),
        ("July 2012", "7/2012", True),
        ("2006, 2017", "2017", True),
        ("18 November 2006, 10 November 2017", "10/11/2017", True),
        ("12 January 2007", "11/1/2007", False),  # twins: another day, another month
        ("November 2012", "7/2012", False),
    ],
)
def test_an_english_date_matches_the_golds_day_first_date(answer, gold, right):
    ans = {"answer": answer, "evidence": {"text": "Việt Nam gia nhập WTO."}}
    assert questions_quality.answered({"answers": [gold]}, ans) is right
