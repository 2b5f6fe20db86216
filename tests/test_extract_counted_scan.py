"""events_counted.counted_subjects finds exactly what COUNTED.finditer finds (the pattern stays the definition;
the scan from the nouns is the speed): on every text of tests/data, samples and the seeds, and on generated
strings of the words the pattern turns on (boundaries, "cả", the words after the noun)."""

from __future__ import annotations

import random
from pathlib import Path

from doingoai.extract.events_counted import _COUNTS, COUNTED, counted_subjects

ROOT = Path(__file__).resolve().parent.parent
_WORDS = ["ba", "bốn", "năm", "cả", "nước", "bên", "quốc gia", "ta", "bạn", "khác", "thành viên", "x", "_", "1",
          "tám", "mười", "chín", "láng giềng", "đông dương"]  # fmt: skip


def _by_pattern(low: str) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), _COUNTS[m.group("n")]) for m in COUNTED.finditer(low)]


def test_same_as_the_pattern_on_every_text() -> None:
    paths = [
        *ROOT.glob("tests/data/*/*.txt"),
        *ROOT.glob("samples/*.txt"),
        *ROOT.parent.glob("shared/seeds/*.txt"),
    ]
    assert len(paths) > 100
    for p in paths:
        low = p.read_text(encoding="utf-8", errors="replace").lower()
        assert counted_subjects(low) == _by_pattern(low), p.name


def test_same_as_the_pattern_on_generated_strings() -> None:
    rng = random.Random(11)
    for _ in range(5000):
        low = "".join(rng.choice(_WORDS) + rng.choice([" ", "", ",", "-"]) for _ in range(rng.randint(1, 12)))
        assert counted_subjects(low) == _by_pattern(low), low


def test_cả_opens_the_match_only_at_a_word_start() -> None:
    assert counted_subjects("sau đó, cả ba nước ký") == [(8, 18, 3)]
    assert counted_subjects("xcả ba nước ký") == [(4, 11, 3)]
    assert counted_subjects("năm nước ta") == []
