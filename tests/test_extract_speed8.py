"""The fast path of speed round 8 (docs/decisions.md, "Speed round 8") gives what the code it replaces gives:
a parenthesis without a comma is rejected before its year is looked for or its segments are parsed."""

from __future__ import annotations

import ast
import inspect
import random
import re
import textwrap
from pathlib import Path

import pytest

from doingoai.extract import cite_parse

_CONTENTS = (
    "1979",
    "1975–1985",
    "Bộ Ngoại giao, 2015",
    "Bộ Ngoại giao 2015",
    "ĐCSVN, 1982; 1987, tr. 5",
    "ĐCSVN 1982; 1987",
    "Smith et al., 2015a, pp. 3-5",
    "xem: Hồ Chí Minh, 2011, t. 3, tr. 5",
    "Thayer 2016: 45",
    "Đảng Cộng sản Việt Nam [ĐCSVN]，1977",  # a full-width comma is no comma
    "n.d.",
    "Lê Văn A, n.d.",
    "SEV",
)


def _without_fast_path():
    """`parse_parenthesis` as it was before the comma test (its source with the year test alone), the reference."""
    if inspect.isfunction(cite_parse.parse_parenthesis):
        src = textwrap.dedent(inspect.getsource(cite_parse.parse_parenthesis))
    else:  # a compiled build (make fast-test): the .py source is installed beside the extension module
        py = Path(cite_parse.__file__).with_name("cite_parse.py").read_text(encoding="utf-8")
        node = next(n for n in ast.parse(py).body if getattr(n, "name", "") == "parse_parenthesis")
        src = ast.get_source_segment(py, node) or ""
    fast = 'if "," not in text or not _has_year(text):'
    assert fast in src
    namespace = dict(vars(cite_parse))
    exec(src.replace(fast, "if not _has_year(text):"), namespace)
    return namespace["parse_parenthesis"]


def _random_contents(seed: int, n: int) -> list[str]:
    pieces = "Bộ Ngoại giao|ĐCSVN|Smith et al.|xem:|1982|2015a|n.d.|tr. 5|t. 3|;|,|:| | |[ĐCSVN]|và cộng sự|Lào".split(
        "|"
    )
    pieces += ["1975–1985", "（", "，", "Tháng"]
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_parse_parenthesis_equals_the_code_without_the_comma_test(seed):
    reference = _without_fast_path()
    for content in (*_CONTENTS, *_random_contents(seed, 3000)):
        assert cite_parse.parse_parenthesis(content, 7) == reference(content, 7), content


@pytest.mark.parametrize("content", _CONTENTS)
def test_parenthesis_without_comma_gives_no_citation(content):
    found = cite_parse.parse_parenthesis(content, 0)
    if "," not in content:
        assert found == []
        assert all(cite_parse._CITE.match(seg.strip()) is None for seg in content.split(";"))
    else:
        assert found == _without_fast_path()(content, 0)


def test_comma_is_what_every_citation_pattern_needs():
    """The fast path's premise: `_CITE` holds a literal comma (no flag or class lets another character stand)."""
    assert ",\\s*" in cite_parse._CITE.pattern and not cite_parse._CITE.flags & re.IGNORECASE
    cited = cite_parse.parse_parenthesis("Bộ Ngoại giao, 2015, tr. 305", 10)
    assert [(c.author, c.year, c.pages) for c in cited] == [("Bộ Ngoại giao", 2015, "305")]
