"""Round 174 (session 21): answers — English words the lexicon lacked: base forms beside their
inflections ("meet" / "met", "open" / "opened", "hold" / "held"; four-letter words are not stemmed) and
the words of acts and roles ("vetoed", "adopted", "depositary", "rapporteur", "representatives").

Sentences and documents written here; a negative case each."""

from __future__ import annotations

import pytest

from doingoai.answer.english import en_vi
from store_fixtures import ingested_kb

JOURNAL = """Tiến trình mở rộng khối Schengen

Tháng 12/2030, Hà Lan phủ quyết việc kết nạp Xlô-va-ki-a vào khu vực Schengen, viện dẫn lo ngại về di cư.

Các nước thành viên khác đều ủng hộ việc kết nạp Xlô-va-ki-a.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"tap-chi.txt": JOURNAL}, "round174.sqlite")


def test_base_forms_read():
    assert "gặp" in (en_vi("meet") or ())
    assert "khai trương" in (en_vi("open") or ())
    assert "tổ chức" in (en_vi("hold") or ())
    assert en_vi("vetoed") == ("phủ quyết",)
    assert en_vi("adopted") == ("thông qua",)
    assert en_vi("depositary") == ("lưu chiểu",)
    assert en_vi("representatives") == ("đại diện",)


def test_entries_above_win():
    # words the lexicon had keep their own reading
    assert en_vi("held") == ("tổ chức", "diễn ra")
    assert en_vi("zzzz") is None


def test_vetoed_asks_the_veto(kb):
    ans = kb.ask("Which country vetoed Slovakia's Schengen entry in December 2030?").to_dict()
    assert "Hà Lan" in (ans["answer"] or "") or "Netherlands" in (ans["answer"] or "")
