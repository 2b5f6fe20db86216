"""Round 32 (session 12): the shapes of news pages and encyclopedia entries about organisations and summits.

Sentences written for these tests (other states, organisations and dates than the working sets), each rule with a
negative twin. Whole pipeline (tests/event_grid.py). An entry opens with its organisation's name as its title, so
its sentences may call it "tổ chức", "khối", "Liên đoàn" or leave it unstated.

* a suspension whose organisation is unstated: "X(,) bị đình chỉ (hoàn toàn) tư cách thành viên từ năm Y", "Liên
  đoàn đình chỉ tư cách thành viên của X" -> sanction by the text's organisation (`events_suspended`);
* a state leaving the organisation by its noun: "X rút khỏi tổ chức năm Y", "rời khỏi cơ chế này" (not "rút khỏi
  đàm phán") -> membership.leave of the one in play or the text's own (`events_unstated`);
* a chair or seat "của khối / vào tổ chức" -> the text's own organisation first (`events_unstated`);
* a summit that names no organisation ("Hội nghị cấp cao do X đăng cai", "X sẽ đăng cai nhiều cuộc họp không chính
  thức") -> X hosts the text's organisation (`events_unstated`);
* founders as the agents before the verb: "Tổ chức được A và B thành lập ...", "<ORG> được A, B và C thành lập ..."
  (`events_founded`);
* "nước cộng hòa Baltic này" points back to the country named before (`events_demonstratives`);
* "kết nạp X làm thành viên (đầy đủ) của O" with no organisation before the verb -> X joins O (`events_roles`);
* "X tiếp nhận từ Y chức Chủ tịch luân phiên O" -> X chairs O (`trigger_meetings`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

NO = ((), (), "", S.NEGATED)
_OAS = "Tổ chức các Quốc gia châu Mỹ\n\nTổ chức các Quốc gia châu Mỹ (OAS) là tổ chức khu vực của các nước châu Mỹ.\n\n"
_AU = "Liên minh châu Phi\n\nLiên minh châu Phi (AU) là tổ chức liên chính phủ của các nước châu Phi.\n\n"
_SCO = "Tổ chức Hợp tác Thượng Hải\n\nTổ chức Hợp tác Thượng Hải (SCO) là tổ chức khu vực Á – Âu.\n\n"

# fmt: off
CASES: list[tuple] = [
    # --- a suspension whose organisation is unstated ----------------------------------------------------------
    ("suspended-unstated",
     _OAS + "Hôn-đu-rát, bị đình chỉ hoàn toàn tư cách thành viên từ năm 2009, không dự các cuộc họp.",
     K.SANCTION, ("OAS",), ("HND",), "2009", S.OCCURRED),
    ("suspended-bare-head",
     _AU + "Tháng 3/2013, Liên minh đình chỉ tư cách thành viên của Cộng hòa Trung Phi.",
     K.SANCTION, ("AU",), ("CAF",), "2013-03", S.OCCURRED),
    ("suspended-never-twin",
     _OAS + "Chi-lê chưa bao giờ bị đình chỉ tư cách thành viên.",
     K.SANCTION, *NO),
    # --- a state leaving the organisation named by its noun ---------------------------------------------------
    ("left-organisation-noun",
     _SCO + "Năm 2010, U-dơ-bê-ki-xtan tuyên bố rút khỏi tổ chức.",
     K.MEMBERSHIP_LEAVE, ("UZB",), ("SCO",), "2010", S.OCCURRED),
    ("left-talks-twin",
     _SCO + "Năm 2010, U-dơ-bê-ki-xtan tuyên bố rút khỏi đàm phán.",
     K.MEMBERSHIP_LEAVE, *NO),
    # --- a chair "của khối" -----------------------------------------------------------------------------------
    ("chair-of-bloc",
     _AU + "Tại hội nghị có mặt Tổng Thư ký Liên hợp quốc. Ngày 10/2/2024, Ăng-gô-la đã chuyển giao chức Chủ tịch "
     "luân phiên của khối cho Mô-ri-ta-ni.",
     K.CHAIR, ("MRT",), ("AU",), "2024-02-10", S.OCCURRED),
    # --- a summit that names no organisation ------------------------------------------------------------------
    ("summit-hosted-unnamed",
     _SCO + "Năm 2019, Hội nghị cấp cao do Cư-rơ-gư-xtan đăng cai tại Bi-sơ-kếch.",
     K.HOST, ("KGZ",), ("SCO",), "2019", S.OCCURRED),
    # --- founders as the agents before the verb ---------------------------------------------------------------
    ("founded-by-agents",
     "Năm 2001, Tổ chức Hợp tác Thượng Hải được Trung Quốc, Nga, Ca-dắc-xtan và Tát-gi-ki-xtan thành lập.",
     K.MEMBERSHIP_JOIN, ("CHN", "RUS", "KAZ", "TJK"), ("SCO",), "2001", S.OCCURRED),
    ("founded-bare-head",
     _OAS + "Tổ chức được Hoa Kỳ và Mê-hi-cô thành lập tại Bô-gô-ta năm 1948.",
     K.MEMBERSHIP_JOIN, ("USA", "MEX"), ("OAS",), "1948", S.OCCURRED),
    ("funded-not-founded-twin",
     "Năm 2001, Tổ chức Hợp tác Thượng Hải được Trung Quốc và Nga tài trợ để xây trụ sở.",
     K.MEMBERSHIP_JOIN, *NO),
    # --- "nước cộng hòa <region> này" -------------------------------------------------------------------------
    ("republic-region-this",
     "Lít-va dùng đồng euro từ năm 2015. Năm 2018, nước cộng hòa Baltic này được kết nạp vào OECD.",
     K.MEMBERSHIP_JOIN, ("LTU",), ("OECD",), "2018", S.OCCURRED),
    # --- "kết nạp X làm thành viên của O" ---------------------------------------------------------------------
    ("admitted-member-of",
     "Ngày 5/3/2016, hội nghị nhất trí kết nạp Nam Xu-đăng làm thành viên đầy đủ của EAC.",
     K.MEMBERSHIP_JOIN, ("SSD",), ("EAC",), "2016-03-05", S.OCCURRED),
    # --- a rotating chair taken over from its predecessor -----------------------------------------------------
    ("chair-taken-from",
     "Ngày 1/7/2025, Đan Mạch tiếp nhận từ Ba Lan chức Chủ tịch luân phiên Hội đồng Liên minh châu Âu.",
     K.CHAIR, ("DNK",), ("EU",), "2025-07-01", S.OCCURRED),
    ("chair-received-guest-twin",
     "Ngày 1/7/2025, Đan Mạch tiếp nhận từ Ba Lan một đoàn đại biểu do Chủ tịch Thượng viện dẫn đầu.",
     K.CHAIR, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round32(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients): negative twins where the event must not be read with these parties (the
# sentence may hold other, right events of the kind)
# fmt: off
ABSENT: list[tuple] = [
    # a meeting about a state, chaired by one, is no summit of the text's organisation
    ("meeting-about-not-summit",
     _SCO + "Năm 2019, hội nghị về Áp-ga-ni-xtan do Nga chủ trì tại Mát-xcơ-va.",
     K.HOST, ("RUS",), ("SCO",)),
    # an admission discussed by another body's ministers: the organisation is not the one after the ministers
    ("admission-discussed-not-joined",
     "Việc kết nạp Nam Xu-đăng vào Cộng đồng được các bộ trưởng EU thảo luận tại Brúc-xen.",
     K.MEMBERSHIP_JOIN, ("SSD",), ("EU",)),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round32_absent(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind and set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
