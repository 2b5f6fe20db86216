"""Round 38 (session 13): journal articles and encyclopedia entries, history told in the past (memberships,
diplomatic relations).

Sentences written for these tests (other states, organisations and dates than the working sets), each rule with a
negative twin. Whole pipeline, the learned reading off (rules_alone).

* "vương quốc này", "quốc đảo đó" point back to the state named before, as "nước này" does
  (`events_demonstratives`);
* a join or leave followed by the head of the title's name closing the clause ("rút khỏi Hiệp ước năm 1973." under
  "Tổ chức Hiệp ước Đông Nam Á") -> the text's organisation (`events_org_unstated.topic_head`, `events_unstated`);
* "ORG (ABBR)(,) mà X gia nhập năm N" -> X joined ORG that year, though an earlier clause is negated
  (`events_relative`);
* "ông X (Y) được bầu làm Tổng Thư ký," with no organisation after the post -> Y's elected to the text's
  organisation (`events_unstated`);
* "có quan hệ ngoại giao với ..., sớm nhất là với A (date), tiếp đó là B và C (date)" -> relations established
  with each, on its own date (`events_dated_partners`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

_SEATO = (
    "Tổ chức Hiệp ước Đông Nam Á\n\nTổ chức Hiệp ước Đông Nam Á (SEATO) là liên minh quân sự lập năm 1954.\n\n"
    "Thành viên\n\n"
)
_AU = "Liên minh châu Phi\n\nLiên minh châu Phi (AU) là tổ chức liên chính phủ của các nước châu Phi.\n\nThành viên\n\n"
_LEFT = "Sau chiến tranh năm 1971, Pa-ki-xtan rút khỏi Hiệp ước năm 1973."
_ASEAN = (
    "Hiệp hội các quốc gia Đông Nam Á\n\nHiệp hội các quốc gia Đông Nam Á (ASEAN) là tổ chức khu vực.\n\n"
    "Ban Thư ký\n\n"
)
_HEAD = "Năm 2017, ông Lim Jock Hoi (Bru-nây) được bầu làm Tổng Thư ký, nhiệm kỳ 2018 – 2022."
_GCC = "Hội đồng Hợp tác vùng Vịnh\n\nHội đồng Hợp tác vùng Vịnh (GCC) là tổ chức khu vực.\n\nQuan hệ với Việt Nam\n\n"
_TIES = (
    "Việt Nam có quan hệ ngoại giao với cả sáu nước thành viên, sớm nhất là với Cô-oét (10/1/1976), tiếp đó là "
    "Ô-man và Ca-ta (8/3/1993), Ba-ranh (31/5/1995)."
)

# fmt: off
CASES: list[tuple] = [
    ("kingdom-this",
     "Quan hệ Việt Nam – Nê-pan\n\nNằm giữa hai nước lớn, Nê-pan theo đuổi chính sách trung lập. "
     "Năm 1955, vương quốc này gia nhập Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, ("NPL",), ("UNO",), "1955", S.OCCURRED),
    ("left-title-head",
     _SEATO + _LEFT,
     K.MEMBERSHIP_LEAVE, ("PAK",), ("SEATO",), "1973", S.OCCURRED),
    ("relative-after-name",
     "Việt Nam không phải là thành viên của NATO, song hợp tác chặt chẽ với nhiều nước châu Âu trong khuôn khổ "
     "Hội đồng Tương trợ Kinh tế (SEV), mà nước ta gia nhập năm 1978.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("CMEA",), "1978", S.OCCURRED),
    ("head-elected-topic",
     _ASEAN + _HEAD,
     K.MEMBERSHIP_ELECT, ("BRN",), ("ASEAN",), "2017", S.OCCURRED),
    ("ties-dated-first",
     _GCC + _TIES,
     K.RELATIONS_ESTABLISH, ("VNM", "KWT"), (), "1976-01-10", S.OCCURRED),
    ("ties-dated-coordinated",
     _GCC + _TIES,
     K.RELATIONS_ESTABLISH, ("VNM", "OMN"), (), "1993-03-08", S.OCCURRED),
    ("ties-dated-last",
     _GCC + _TIES,
     K.RELATIONS_ESTABLISH, ("VNM", "BHR"), (), "1995-05-31", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round38(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=True)


# (id, text, kind, actors, recipients): negative twins where the event must not be read with these parties
# fmt: off
ABSENT: list[tuple] = [
    # "vương quốc này" is a foreign state: never the unstated Vietnam
    ("kingdom-not-vietnam",
     "Quan hệ Việt Nam – Nê-pan\n\nNằm giữa hai nước lớn, Nê-pan theo đuổi chính sách trung lập. "
     "Năm 1955, vương quốc này gia nhập Liên hợp quốc.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("UNO",)),
    # "Hiệp ước" is not the head of "Liên minh châu Phi": no leave of the text's organisation
    ("left-other-head",
     _AU + _LEFT,
     K.MEMBERSHIP_LEAVE, ("PAK",), ("AU",)),
    # "mà" opening no membership of the organisation named before it
    ("relative-not-member",
     "Hội đồng Tương trợ Kinh tế (SEV) mà nước ta từng nghiên cứu năm 1978 đã giải thể.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("CMEA",)),
    # a head elected in a text about no organisation: no seat guessed
    ("head-elected-no-topic",
     "Quan hệ Việt Nam – Bru-nây\n\nBru-nây là nước thành viên ASEAN và APEC. " + _HEAD,
     K.MEMBERSHIP_ELECT, ("BRN",), ("ASEAN",)),
    # dates in parentheses after states in a sentence with no diplomatic relations: no relations established
    ("dated-no-ties",
     "Năm 1998, đoàn nghệ sĩ Việt Nam biểu diễn tại Cô-oét (10/1/1998) và Ô-man (8/3/1998).",
     K.RELATIONS_ESTABLISH, ("VNM",), ()),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round38_absent(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind and set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
