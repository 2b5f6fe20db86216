"""Round 46 (session 14): wrong direction and wrong roles — events whose actor and recipient were swapped, or which
were given Vietnam where it has no part.

Sentences written for these tests (other states, names and dates than the working sets). Each rule has a case
where the parties must come out the right way round and a twin where the rule must not fire. Whole pipeline with the
learned reading off (marker rules_alone: these pin what the rules read):

* a meeting verb after "khi" opening the sentence ("khi tiếp Đại sứ Việt Nam ..., Tổng thống X ...") has the main
  clause's subject as its actor (`events_fronted`);
* an envoy's post ("Đại sứ X tại Việt Nam đến thăm Trường") is not the visitor; it hosts when nothing else is named
  (`events_fallback`);
* a marker before a state's people and bodies listed ("của Đảng, Chính phủ và nhân dân X") governs the name
  (`events_groups`);
* a support verb before a colon does not ask the next subject to act ("ủng hộ lẫn nhau ...: X đã ủng hộ Y ứng cử")
  (`events_sides`);
* money handed over ("trao 50.000 USD cho ...") is aid (`trigger_aid`);
* a mutual act followed by "giữa A và B" has A and B as its parties, not the unstated Vietnam (`events_draft`);
* a foreign delegation named before "sang khảo sát / làm việc ..." comes to the writer's side (`events_fallback`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("host-receives-after-khi",
     "Tháng 5/2024, khi tiếp Đại sứ Việt Nam trình Quốc thư, Tổng thống Séc Petr Pavel khẳng định coi trọng quan hệ"
     " với Việt Nam.",
     K.CONSULT, ("CZE",), ("VNM",), "2024-05", S.OCCURRED),
    ("khi-visit-no-subject-named",
     "Tháng 5/2024, khi thăm Séc, Thủ tướng đã gặp cộng đồng người Việt.",
     K.VISIT, ("VNM",), ("CZE",), "2024-05", S.OCCURRED),
    ("envoy-post-hosts",
     "Tháng 9/2024, Đại sứ Ca-na-đa tại Việt Nam đến thăm Trường, giới thiệu chương trình học bổng của Chính phủ"
     " Ca-na-đa.",
     K.VISIT, ("CAN",), ("VNM",), "2024-09", S.OCCURRED),
    ("own-envoy-abroad",
     "Tháng 9/2024, Đại sứ Việt Nam tại Nhật Bản đến thăm tỉnh Ka-ga-oa, gặp gỡ lãnh đạo tỉnh.",
     K.VISIT, ("VNM",), ("JPN",), "2024-09", S.OCCURRED),
    ("help-of-people-and-bodies",
     "Nhân dân Việt Nam luôn nhận được sự giúp đỡ quý báu của Đảng, Chính phủ và nhân dân Cu-ba.",
     K.AID, ("CUB",), ("VNM",), None, S.OCCURRED),
    ("help-of-a-state",
     "Nhân dân Việt Nam luôn nhận được sự giúp đỡ quý báu của Cu-ba.",
     K.AID, ("CUB",), ("VNM",), None, S.OCCURRED),
    ("support-after-colon",
     "Hai nước luôn ủng hộ lẫn nhau trên các diễn đàn quốc tế: Mông Cổ đã ủng hộ Việt Nam ứng cử vào Hội đồng"
     " Nhân quyền Liên hợp quốc nhiệm kỳ 2023 – 2025.",
     K.SUPPORT, ("MNG",), ("VNM",), None, S.OCCURRED),
    ("support-of-a-candidacy",
     "Mông Cổ ủng hộ Việt Nam ứng cử vào Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 – 2025.",
     K.SUPPORT, ("MNG",), ("VNM",), None, S.OCCURRED),
    ("money-handed-over",
     "Năm 2023, Hội Chữ thập đỏ tỉnh đã trao 50.000 USD cho Hội Chữ thập đỏ Lào để khắc phục hậu quả lũ lụt.",
     K.AID, ("VNM",), ("LAO",), "2023", S.OCCURRED),
    ("talks-between-two-others",
     "Đàm phán giữa Ca-na-đa và Mê-hi-cô bắt đầu tháng 2/2019.",
     K.AGREEMENT_NEGOTIATE, ("CAN", "MEX"), (), "2019-02", S.OCCURRED),
    ("talks-with-vietnam",
     "Tháng 2/2019, Việt Nam đàm phán với Ca-na-đa về hiệp định thương mại.",
     K.AGREEMENT_NEGOTIATE, ("VNM",), ("CAN",), "2019-02", S.OCCURRED),
    ("foreign-delegation-comes",
     "Quý II năm sau, phối hợp tổ chức đoàn doanh nghiệp Ma Cao sang khảo sát hạ tầng các khu công nghiệp của tỉnh.",
     K.VISIT, ("MAC",), ("VNM",), None, S.OCCURRED),
    ("own-delegation-goes",
     "Tháng 4/2025, tổ chức đoàn doanh nghiệp Việt Nam sang khảo sát thị trường Xin-ga-po.",
     K.VISIT, ("VNM",), ("SGP",), "2025-04", S.OCCURRED),
]

# (id, text, kind, actors, recipients): no event of the kind may be read with these parties
NOT_READ: list[tuple] = [
    ("envoy-post-not-the-visited",
     "Tháng 9/2024, Đại sứ Ca-na-đa tại Việt Nam đến thăm Trường, giới thiệu chương trình học bổng của Chính phủ"
     " Ca-na-đa.",
     K.VISIT, ("VNM",), ("CAN",)),
    ("no-vietnam-in-others-talks",
     "Đàm phán giữa Ca-na-đa và Mê-hi-cô bắt đầu tháng 2/2019.",
     K.AGREEMENT_NEGOTIATE, ("VNM",), ("CAN", "MEX")),
    ("prize-handed-over-no-aid",
     "Năm 2023, Trường trao bằng khen cho Đại sứ quán Lào.",
     K.AID, None, None),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round46(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=kind is K.AGREEMENT_NEGOTIATE)


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in NOT_READ]
)
def test_round46_not_read(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind
        and (actors is None or e.actors == actors)
        and (recipients is None or e.recipients == recipients)
    ]
    assert not wrong, show(got)
