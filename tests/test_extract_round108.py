"""Round 108 (session 17): signings whose sides are not in the clause.

* a bilateral agreement in the passive with its abbreviation in brackets, "Hiệp định ... song phương (ABBR) được ký",
  is the pair the text is about's (events_invited._BILATERAL_SIGNED);
* a reduced passive, "Hiệp định ... A – B (ABBR) ký ngày D": the pair the name ends on signs it on D
  (events_agreement_phrases.reduced_agreements); a name holding no pair gives no signing;
* a sentence opening on "hai bên" / "hai trường" / "hai tỉnh" right after a sentence telling a delegation's trip to a
  foreign side: the two sides are the trip's, the unstated one ours (events_anaphora._trip_before).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _signs(text: str) -> list:
    return [(sorted(e.actors), e.date) for e in asserted_events(text) if e.kind is K.AGREEMENT_SIGN]


def test_bilateral_agreement_with_abbreviation_signed_in_passive():
    text = (
        "QUAN HỆ VIỆT NAM – NHẬT BẢN\n\n"
        "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao năm 1973. "
        "Hiệp định Đối tác kinh tế song phương (VJEPA) được ký tại Tô-ky-ô ngày 25/12/2008.\n"
    )
    assert (["JPN", "VNM"], "2008-12-25") in _signs(text)


def test_reduced_passive_of_a_name_ending_on_its_pair():
    text = (
        "Doanh nghiệp cần tận dụng Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA) ký ngày 11/11/2011.\n"
    )
    assert (["CHL", "VNM"], "2011-11-11") in _signs(text)


def test_reduced_passive_of_a_name_with_no_pair_gives_no_signing():
    text = "Hiệp định Rô-ma ký ngày 4/10/1992 chấm dứt nội chiến.\n"
    assert _signs(text) == []


def test_two_sides_after_a_delegations_trip():
    text = (
        "Tháng 10/2024, đoàn công tác của Học viện sang thăm Trường Đại học Quốc gia Mông Cổ tại U-lan Ba-to. "
        "Hai trường đã ký Biên bản ghi nhớ về trao đổi sinh viên.\n"
    )
    assert any(a == ["MNG", "VNM"] for a, _ in _signs(text))


def test_two_sides_with_no_trip_before_are_not_made_up():
    text = (
        "Tháng 10/2024, Học viện tổ chức hội thảo về giáo dục đại học. "
        "Hai trường đã ký Biên bản ghi nhớ về trao đổi sinh viên.\n"
    )
    assert _signs(text) == []
