"""Round 145 (session 19): answers — the proposer of an initiative named only in the entry's title.

* "Ai đưa ra sáng kiến X?" in an entry titled X whose history section says "Sáng kiến do <person> đưa ra …":
  the sentence opening with the kind the question writes before X ("sáng kiến") speaks of X, even when it
  names other countries, and the proposer is read from it (not the minister chairing a later meeting).

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.headed import _opens_with_kind
from store_fixtures import ingested_kb

ENTRY = """Đối thoại Biển Bắc – Ban-tích

Đối thoại Biển Bắc – Ban-tích là cơ chế hợp tác giữa Na Uy và năm nước ven biển Ban-tích về môi trường biển.

Hình thành

Sáng kiến do Thủ tướng Na Uy Erna Solberg đưa ra tại Hội nghị Hội đồng các nước biển Ban-tích lần thứ 10 ở Ri-ga năm 2016. Ngày 3/5/2017, Hội nghị Bộ trưởng Ngoại giao sáu nước lần thứ nhất họp tại Béc-ghen, do Ngoại trưởng Na Uy Børge Brende và Ngoại trưởng Lít-va Linas Linkevičius đồng chủ trì, chính thức tuyên bố thành lập cơ chế.
"""

TITLE = "Đối thoại Biển Bắc – Ban-tích"
OPENING = "Sáng kiến do Thủ tướng Na Uy Erna Solberg đưa ra tại Hội nghị ở Ri-ga năm 2016."


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"doi-thoai.txt": ENTRY}, "round145.sqlite")


def test_kind_asked_before_title_name():
    assert _opens_with_kind(OPENING, "Ai đưa ra sáng kiến Đối thoại Biển Bắc – Ban-tích?", TITLE)
    # negative: a question not calling the title's subject by that kind
    assert not _opens_with_kind(OPENING, "Ai thành lập Đối thoại Biển Bắc – Ban-tích?", TITLE)


def test_proposer_of_initiative_in_title(kb):
    answer = kb.ask("Ai đưa ra sáng kiến Đối thoại Biển Bắc – Ban-tích?").answer or ""
    assert "Erna Solberg" in answer


def test_chair_not_the_proposer(kb):
    # negative: the chair of the first ministerial meeting is read from its own sentence
    answer = kb.ask("Ai đồng chủ trì Hội nghị Bộ trưởng Ngoại giao sáu nước lần thứ nhất?").answer or ""
    assert "Erna Solberg" not in answer
