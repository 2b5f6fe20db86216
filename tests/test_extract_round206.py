"""Round 206 (session 23): answers — a venue named after its common noun ("tại lâu đài X", "tại công viên
X", "tại đài thiên văn X") is the place asked; a country written between a leader's title and his name
("Tổng thống Liên bang Nga Vla-đi-mia Pu-tin") is not where the leader the question names went.

Sentences and documents written here; a negative case each."""

from __future__ import annotations

import pytest

from doingoai.answer import actors as actor_names
from doingoai.answer.context import analyse_question
from doingoai.answer.countries import own_country
from doingoai.answer.place_spans import find_place
from doingoai.answer.spans import extract_for
from doingoai.answer.terms import content_terms, flat
from store_fixtures import ingested_kb

NEWS = """TỔNG THỐNG PHẦN LAN THĂM VIỆT NAM

Hà Nội (TTXVN) – Sáng 14/5, tại Phủ Chủ tịch, Chủ tịch nước chủ trì lễ đón chính thức Tổng thống Cộng hòa Phần Lan Sau-li Ni-i-ni-xtô.

Trước khi tới Hà Nội, ông Ni-i-ni-xtô đã thăm In-đô-nê-xi-a.

Hai bên ký Hiệp định hợp tác giáo dục tại lâu đài Hạ Long Xanh, tỉnh Quảng Ninh.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"phanlan.txt": NEWS}, "round206.sqlite")


def _span(question: str, sentence: str):
    q = analyse_question(question)
    codes = actor_names.codes_in(q.text, english=q.lang == "en")
    return extract_for(q, sentence, flat(content_terms(q, codes)), codes)


@pytest.mark.parametrize(
    ("question", "sentence", "place"),
    [
        (
            "Hiệp ước được ký ở đâu?",
            "Ngày 2/3/1990, hai bên ký Hiệp ước tại lâu đài Vích-to-ri-a.",
            "Vích-to-ri-a",
        ),
        ("Lễ hội được tổ chức ở đâu?", "Lễ hội được tổ chức tại công viên Yoyogi trong hai ngày.", "Yoyogi"),
        (
            "Where was the accord signed?",
            "Hiệp định được ký tại đài thiên văn La Silla ngày 5/5/2001.",
            "La Silla",
        ),
        ("Cuộc gặp diễn ra ở đâu?", "Cuộc gặp diễn ra tại cung điện Bác-kinh-ham.", "Bác-kinh-ham"),
    ],
)
def test_venue_after_its_common_noun(question, sentence, place):
    found = _span(question, sentence)
    assert found is not None and found[0] == place


def test_no_venue_noun_no_name():
    # a venue noun with no capitalised name after it names no place; "tại Hội nghị …" is an event
    q = analyse_question("Hội nghị diễn ra ở đâu?")
    assert find_place(q, "Hội nghị diễn ra tại lâu đài cổ của thành phố.") is None
    assert find_place(q, "Lễ ký diễn ra tại Hội nghị cấp cao.") is None
    found = find_place(q, "Hội nghị diễn ra tại công viên Lum-bi-ni, cạnh lâu đài cổ.")
    assert found is not None and found[0] == "Lum-bi-ni"


def test_leader_own_country_not_where_he_went():
    q = analyse_question("Which country did Niinistö visit before Hanoi?")
    s = "Chủ tịch nước đón Tổng thống Phần Lan Sau-li Ni-i-ni-xtô."
    at = s.index("Phần Lan")
    assert own_country(q, s, at, at + len("Phần Lan")) is False  # "Niinistö" is not "Ni-i-ni-xtô"
    found = _span(
        "Trước khi tới Hà Nội, ông Ni-i-ni-xtô thăm nước nào?",
        "Chủ tịch nước đón Tổng thống Phần Lan Sau-li Ni-i-ni-xtô.",
    )
    assert found is None
    found = _span(
        "Trước khi tới Hà Nội, ông Ni-i-ni-xtô thăm nước nào?",
        "Trước khi tới Hà Nội, ông Ni-i-ni-xtô đã thăm In-đô-nê-xi-a.",
    )
    assert found is not None and found[0] == "In-đô-nê-xi-a"


def test_own_country_only_where_a_trip_is_asked():
    # "nguyên thủ nước nào": the leader's own country is the answer
    found = _span(
        "Ông Ni-i-ni-xtô là nguyên thủ nước nào?", "Tổng thống Phần Lan Sau-li Ni-i-ni-xtô phát biểu."
    )
    assert found is not None and found[0] == "Phần Lan"


def test_trip_asked_of_the_knowledge_base(kb):
    ans = kb.ask("Trước khi tới Hà Nội, ông Ni-i-ni-xtô đã thăm nước nào?").to_dict()
    assert "In-đô-nê-xi-a" in (ans["answer"] or "")
    ans = kb.ask("Hiệp định hợp tác giáo dục được ký ở đâu?").to_dict()
    assert "Hạ Long Xanh" in (ans["answer"] or "")
