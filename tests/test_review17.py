"""Review 17 (session 17): defects found reading rounds 94-111 and speed round 22.

* events_attend_trip / events_trip_pair: the delegation's cue "đoàn" is a syllable of other words too ("đoàn kết":
  solidarity, "liên đoàn", "công đoàn", "đoàn thể", "đoàn viên"); only the delegation itself counts.
* events_host.mission_host_mentions: "cơ sở tại X", "hội sở tại X" (a base, a head office at X) are no "sở tại"
  phrase, as "trụ sở tại X" is not.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.events_host import mission_host_mentions
from doingoai.extract.textscan import lower_same_length
from doingoai.pipeline import extract_text
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _found(text: str, kind) -> list:
    return [(sorted(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_solidarity_is_no_delegation_attending():
    text = (
        "Ngày 5/6/2024, Thủ tướng Việt Nam, với tinh thần đoàn kết, dự Hội nghị Cấp cao ASEAN lần thứ 44 tại "
        "Viêng Chăn.\n"
    )
    assert not _found(text, K.VISIT)
    assert _found(text, K.CONSULT)


def test_delegation_attending_is_a_trip():
    text = "Ngày 5/6/2024, đoàn Quốc hội Việt Nam dự Hội nghị Cấp cao ASEAN lần thứ 44 tại Viêng Chăn.\n"
    assert (["VNM"], ["LAO"], "2024-06-05") in _found(text, K.VISIT)


def test_solidarity_is_no_trip_before_the_pair():
    text = (
        "Tháng 5/2024, tỉnh Bắc Giang tổ chức hội nghị.\n\n"
        "Tinh thần đoàn kết với tỉnh Luông Pha-bang (Lào) được lãnh đạo tỉnh nhắc lại khi làm việc với Sở Ngoại vụ. "
        "Hai tỉnh đã ký biên bản ghi nhớ hợp tác.\n"
    )
    assert not _found(text, K.AGREEMENT_SIGN)


def test_delegation_trip_before_the_pair():
    text = (
        "Tháng 5/2024, tỉnh Bắc Giang tổ chức hội nghị.\n\n"
        "Đoàn lãnh đạo tỉnh sang thăm tỉnh Luông Pha-bang (Lào). Hai tỉnh đã ký biên bản ghi nhớ hợp tác.\n"
    )
    assert any(a == ["LAO", "VNM"] for a, _, _ in _found(text, K.AGREEMENT_SIGN))


@pytest.mark.parametrize("phrase,host", [("cơ sở tại", False), ("hội sở tại", False), ("nước sở tại", True)])
def test_mission_host_not_in_a_base_at(phrase, host):
    text = (
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI LÀO\n\nBÁO CÁO\n\n"
        f"Ngày 3/4/2024, Đại sứ thăm các doanh nghiệp Việt Nam có {phrase} Viêng Chăn.\n"
    )
    doc = extract_text(text)
    found = mission_host_mentions(doc, lower_same_length(text), sorted(doc.mentions, key=lambda m: m.start))
    assert [m.code for m in found] == (["LAO"] if host else [])


@pytest.mark.parametrize("verb", ["ký", "kí"])
def test_reduced_signing_in_the_school_book_spelling(verb):
    # "kí" reads as "ký" everywhere (round 105): the reduced passive of round 108 too
    text = (
        "Việt Nam đẩy mạnh thương mại với các nước vùng Vịnh. Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE "
        f"(CEPA) {verb} ngày 28/10/2024 mở ra cơ hội lớn.\n"
    )
    assert (["ARE", "VNM"], [], "2024-10-28") in _found(text, K.AGREEMENT_SIGN)


def test_trip_before_outside_the_sentences():
    from doingoai.extract.events_trip_pair import trip_before

    doc = extract_text("Đoàn lãnh đạo tỉnh sang thăm tỉnh Luông Pha-bang (Lào). Hai tỉnh đã ký biên bản.\n")
    assert not trip_before(doc, -1, 0)
    assert not trip_before(doc, len(doc.sentences), len(doc.text))
    doc.sentences = []
    assert not trip_before(doc, -1, 0)
