"""Round 88 (session 16): bodies signing — "Học viện và Đại học X ký Biên bản ghi nhớ", "Trường ký Bản ghi nhớ với
Đại học X về ...": the writer's body by its bare noun is Vietnam's, the partner body the gazetteer lacks takes the
country of a place its name holds, of a state a fronted phrase names, of its earlier placing, or of the title's one
partner (events_received.signed_mentions).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

_PLACE_IN_NAME = (
    "BÁO CÁO\n\n"
    "1. Tháng 6/2025, Học viện và Trường Kỹ thuật Tashkent ký Biên bản ghi nhớ về trao đổi giảng viên.\n"
)
_TITLE_PARTNER = (
    "BÁO CÁO\n\nKết quả hợp tác với các đối tác Hàn Quốc năm 2025\n\n"
    "1. Tháng 4/2025, Trường ký Bản ghi nhớ với Đại học Kyung Hee về đào tạo điều dưỡng.\n"
)
_NO_PARTNER = (
    "BÁO CÁO\n\nKết quả hợp tác quốc tế năm 2025\n\n"
    "1. Tháng 4/2025, Trường ký Bản ghi nhớ với Đại học Kyung Hee về đào tạo điều dưỡng.\n"
)


def _signings(text: str) -> list:
    return [e for e in asserted_events(text) if e.kind is K.AGREEMENT_SIGN]


def test_own_body_and_partner_body_named_with_its_city_sign():
    got = _signings(_PLACE_IN_NAME)
    assert [sorted(e.actors + e.recipients) for e in got] == [["UZB", "VNM"]]


def test_partner_body_signed_with_takes_the_titles_partner():
    got = _signings(_TITLE_PARTNER)
    assert [sorted(e.actors + e.recipients) for e in got] == [["KOR", "VNM"]]


def test_partner_body_with_no_country_told_gives_no_signing():
    assert not _signings(_NO_PARTNER)
