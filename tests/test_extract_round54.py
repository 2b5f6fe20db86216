"""Round 54 (session 14): sentences of two clauses where the second event's subject was lost.

Sentences written for these tests (other states, names and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read):

* a result or causative verb after a first act ("... bùng nổ năm 1950 khiến Hy Lạp và Thổ Nhĩ Kỳ gia nhập NATO"):
  the names after it are the next clause's subject (not Vietnam by default), and the first act's objects end there;
* a conjunction "(phải / mãi) đến khi", "trong khi" is no marker of the name after it ("đến" no destination);
* a passive agent of a fronted phrase ("Được X giúp sức, Y tấn công Z") does not act in the main clause;
* a fronted span of the act with no subject ("Sau hơn hai năm đàm phán ..., A và B ký ..."): the negotiators are the
  main clause's subject (a "A và B" list before the comma is closed; "Chính phủ X" may open the main clause);
* a trailing ", khi X đang giữ ..." clause takes the main clause's last date, not the sentence's first.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("result-clause-subject",
     "Cuộc chiến tranh Triều Tiên bùng nổ năm 1950 khiến Hy Lạp và Thổ Nhĩ Kỳ gia nhập NATO năm 1952.",
     K.MEMBERSHIP_JOIN, ("GRC", "TUR"), ("NATO",), "1952", S.OCCURRED),
    ("result-clause-after-named-conflict",
     "Cuộc xung đột giữa Ê-ti-ô-pi-a và Ê-ri-tơ-rê-a năm 1998 khiến Gi-bu-ti gia nhập IGAD.",
     K.MEMBERSHIP_JOIN, ("DJI",), ("IGAD",), "", S.OCCURRED),
    ("until-when-no-marker",
     "Phải đến khi Ê-ti-ô-pi-a, Xô-ma-li và Ê-ri-tơ-rê-a ký Hiệp định hòa bình ngày 9/7/2018, kế hoạch rút quân mới "
     "được triển khai dưới sự giám sát của Liên minh châu Phi.",
     K.AGREEMENT_SIGN, ("ETH", "SOM", "ERI"), (), "2018-07-09", S.OCCURRED),
    ("fronted-passive-agent",
     "Được Liên Xô giúp sức, quân đội Ấn Độ tấn công Pa-ki-xtan tháng 12/1971.",
     K.CONFLICT, ("IND",), ("PAK",), "1971-12", S.OCCURRED),
    ("fronted-negotiation-span",
     "Sau hơn hai năm đàm phán tại An-giê với sự trung gian của An-giê-ri và Hoa Kỳ, Ê-ti-ô-pi-a và Ê-ri-tơ-rê-a "
     "đã ký Hiệp định hòa bình ngày 12/12/2000.",
     K.AGREEMENT_NEGOTIATE, ("ETH", "ERI"), (), "", S.OCCURRED),
    ("trailing-when-main-date",
     "Hiệp định Đối tác và Hợp tác, ký ngày 27/6/2012, được Nghị viện châu Âu phê chuẩn ngày 10/3/2016, khi Hà Lan "
     "đang giữ cương vị Chủ tịch luân phiên Hội đồng EU.",
     K.CHAIR, ("NLD",), ("EU",), "2016-03-10", S.ONGOING),
    # the rules must not fire: a first act's own objects stay; a passive agent next to its verb still acts
    ("first-act-objects-stay",
     "Nga tấn công U-crai-na năm 2022 khiến Phần Lan gia nhập NATO.",
     K.CONFLICT, ("RUS",), ("UKR",), "2022", S.OCCURRED),
    ("passive-agent-stays",
     "Năm 1962, Cu-ba bị Hoa Kỳ áp đặt lệnh cấm vận toàn diện.",
     K.SANCTION, ("USA",), ("CUB",), "1962", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round54(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients, date or ""): events that must not be read (with that date, when given)
# fmt: off
ABSENT: list[tuple] = [
    ("result-clause-not-vietnam",
     "Cuộc chiến tranh Triều Tiên bùng nổ năm 1950 khiến Hy Lạp và Thổ Nhĩ Kỳ gia nhập NATO năm 1952.",
     K.MEMBERSHIP_JOIN, ("VNM",), (), ""),
    ("result-subject-no-object-of-first-act",
     "Nga tấn công U-crai-na năm 2022 khiến Phần Lan gia nhập NATO.",
     K.CONFLICT, (), ("FIN",), ""),
    ("fronted-agent-not-actor",
     "Được Liên Xô giúp sức, quân đội Ấn Độ tấn công Pa-ki-xtan tháng 12/1971.",
     K.CONFLICT, ("SUN",), (), ""),
    ("until-when-not-vietnam",
     "Phải đến khi Ê-ti-ô-pi-a, Xô-ma-li và Ê-ri-tơ-rê-a ký Hiệp định hòa bình ngày 9/7/2018, kế hoạch rút quân mới "
     "được triển khai dưới sự giám sát của Liên minh châu Phi.",
     K.AGREEMENT_SIGN, ("VNM",), (), ""),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients", "date"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round54_absent(text, kind, actors, recipients, date):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind
        and set(actors) <= set(e.actors)
        and set(recipients) <= set(e.recipients)
        and (not date or e.date.startswith(date))
    ]
    assert not wrong, show(got)
