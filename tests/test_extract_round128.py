"""Round 128 (session 18): signings whose parties are only in context.

* a passive signing of an instrument told by its head noun alone ("... sau khi Hiệp định được ký", "Bản ghi
  nhớ được ký ngày ..."): the parties that the instrument's name, given earlier in the paragraph with the same
  head noun, carries ("Hiệp định ... Việt Nam – Chi-lê"); nothing when that name carries no pair
  (events_instrument_named).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _signings(text: str) -> list:
    return [sorted(e.actors) for e in asserted_events(text) if e.kind is K.AGREEMENT_SIGN]


def test_bare_head_noun_signed_after_the_name_in_its_sentence():
    text = (
        "Sở Công Thương giới thiệu Hiệp định Thương mại tự do Việt Nam – Chi-lê (VCFTA) với doanh nghiệp "
        "ngay sau khi Hiệp định được ký tại Xan-ti-a-gô ngày 11/11/2011."
    )
    assert ["CHL", "VNM"] in _signings(text)


def test_bare_head_noun_signed_in_the_next_sentence():
    text = (
        "Năm 2019, hai bộ hoàn tất đàm phán Bản ghi nhớ hợp tác Việt Nam – Cam-pu-chia về y tế. "
        "Bản ghi nhớ được ký tại Phnôm Pênh ngày 14/3/2020."
    )
    assert ["KHM", "VNM"] in _signings(text)


def test_bare_head_noun_with_no_pair_named_before_is_not_guessed():
    text = (
        "Năm 2019, hai bộ hoàn tất đàm phán Bản ghi nhớ hợp tác về y tế. "
        "Bản ghi nhớ được ký tại Phnôm Pênh ngày 14/3/2020."
    )
    assert _signings(text) == []
