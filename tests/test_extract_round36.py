"""Round 36 (session 12): the kinds recalled least on the working sets (sanctions, protests, conflicts, leaving,
cooperation, hosting, consultations).

Sentences written for these tests (other states, organisations and dates than the working sets), each rule with a
negative twin. Whole pipeline (tests/event_grid.py).

* a conference of its own hosted by one state: "hội nghị về X do Y chủ trì", "Y đã tổ chức Hội nghị quốc tế về ..."
  -> host Y with no organisation (`events_unstated`);
* the Security Council's sanctions and condemnations are its own: UNSC, not UNO (`events_draft`);
* a no-fly zone imposed over a state: "thiết lập vùng cấm bay trên không phận X" -> sanction against X
  (`trigger_disputes`, `events_groups`); a resolution's number is no year (`dates`);
* investment projects counted with their investors: "cấp mới N dự án FDI, chủ yếu của nhà đầu tư X và Y" -> X, Y
  cooperate with the writer's side (`trigger_cooperation`, `events_draft`);
* "X tuyên bố rời liên minh." (the noun ending the clause) -> X leaves the text's organisation (`trigger_defs`);
* a treaty denounced: "X tuyên bố bãi bỏ hiệp ước ..." -> X leaves it, one party's act (`trigger_defs`,
  `events_unstated`);
* "chính phủ X đưa nước này ra khỏi O" -> X leaves O, "nước này" being X (`trigger_defs`);
* a bare summit attended, "đã dự Hội nghị cấp cao tại ...", in a text about one organisation -> a consultation
  with it (`events_org_unstated`);
* "xung đột A – B bùng nổ" -> conflict A -> B (`events_unstated`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

NO = ((), (), "", S.NEGATED)
_AU = "Liên minh châu Phi\n\nLiên minh châu Phi (AU) là tổ chức liên chính phủ của các nước châu Phi.\n\n"
_ASEAN = (
    "Hiệp hội các quốc gia Đông Nam Á\n\nHiệp hội các quốc gia Đông Nam Á (ASEAN) là tổ chức khu vực.\n\n"
)

# fmt: off
CASES: list[tuple] = [
    # --- a conference hosted by one state ---------------------------------------------------------------------
    ("conference-chaired-by",
     "Năm 2018, các bộ trưởng nhiều nước sẽ dự hội nghị về Y-ê-men do Thụy Điển chủ trì tại Xtốc-khôm.",
     K.HOST, ("SWE",), (), "2018", S.PLANNED),
    ("international-conference-held",
     "Năm 2023, In-đô-nê-xi-a đã tổ chức Hội nghị quốc tế về an ninh biển tại Gia-các-ta.",
     K.HOST, ("IDN",), (), "2023", S.OCCURRED),
    # --- the Security Council's own sanctions -----------------------------------------------------------------
    ("council-sanction-own",
     "Ngày 12/3/2015, Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 2210, áp đặt lệnh cấm vận vũ khí đối với"
     " Xu-đăng.",
     K.SANCTION, ("UNSC",), ("SDN",), "2015-03-12", S.OCCURRED),
    # --- a no-fly zone ----------------------------------------------------------------------------------------
    ("no-fly-zone",
     "Ngày 5/4/2012, Hội đồng Bảo an thông qua Nghị quyết 2400, thiết lập vùng cấm bay trên không phận Xy-ri.",
     K.SANCTION, ("UNSC",), ("SYR",), "2012-04-05", S.OCCURRED),
    # --- investment projects and their investors --------------------------------------------------------------
    ("projects-of-investors",
     "Năm 2024, tỉnh cấp mới 45 dự án FDI, chủ yếu của nhà đầu tư Xin-ga-po và Thái Lan.",
     K.COOPERATE, ("SGP", "THA"), ("VNM",), "2024", S.OCCURRED),
    # --- leaving ----------------------------------------------------------------------------------------------
    ("left-bloc-clause-end",
     _AU + "Tháng 3/1984, Ma-rốc tuyên bố rời liên minh.",
     K.MEMBERSHIP_LEAVE, ("MAR",), ("AU",), "1984-03", S.OCCURRED),
    ("treaty-denounced",
     "Năm 2002, Hoa Kỳ tuyên bố bãi bỏ hiệp ước chống tên lửa đạn đạo với Nga.",
     K.MEMBERSHIP_LEAVE, ("USA",), (), "2002", S.OCCURRED),
    ("treaty-proposed-twin",
     "Năm 2002, Hoa Kỳ đề nghị bãi bỏ hiệp ước chống tên lửa đạn đạo với Nga.",
     K.MEMBERSHIP_LEAVE, *NO),
    ("own-country-taken-out",
     "Tháng 5/2022, chính phủ mới của Ni-giê đưa nước này ra khỏi ECOWAS.",
     K.MEMBERSHIP_LEAVE, ("NER",), ("ECOWAS",), "2022-05", S.OCCURRED),
    # --- a bare summit attended -------------------------------------------------------------------------------
    ("bare-summit-attended",
     _ASEAN + "Năm 2019, Thủ tướng Thái Lan đã dự Hội nghị cấp cao tại Băng Cốc.",
     K.CONSULT, ("THA",), ("ASEAN",), "2019", S.OCCURRED),
    # --- a conflict named by its sides ------------------------------------------------------------------------
    ("conflict-dash-pair",
     "Cuộc chiến bắt đầu sau khi xung đột Ác-mê-ni-a – A-déc-bai-gian bùng nổ năm 2020.",
     K.CONFLICT, ("ARM",), ("AZE",), "2020", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round36(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients): negative twins where the event must not be read with these parties
# fmt: off
ABSENT: list[tuple] = [
    # a seminar held is no international conference of one state's own
    ("seminar-not-conference",
     "Năm 2019, In-đô-nê-xi-a đã tổ chức hội thảo về an ninh biển tại Gia-các-ta.",
     K.HOST, ("IDN",), ()),
    # a no-fly zone called for is not imposed (and has no place named)
    ("no-fly-called-for",
     "Năm 1992, Liên đoàn Ả-rập kêu gọi Hội đồng Bảo an áp đặt vùng cấm bay.",
     K.SANCTION, (), ()),
    # projects of domestic investors: no foreign partner
    ("projects-domestic",
     "Năm 2024, tỉnh cấp mới 45 dự án của nhà đầu tư trong nước.",
     K.COOPERATE, (), ()),
    # the General Assembly still acts for the UN: no Council sanction read into it
    ("assembly-not-council",
     "Năm 2011, Đại hội đồng Liên hợp quốc đình chỉ tư cách thành viên Hội đồng Nhân quyền của Li-bi.",
     K.SANCTION, ("UNSC",), ()),
    # a bare summit in a text about no organisation: no consultation with a guessed one
    ("bare-summit-no-topic",
     "Năm 2019, Thủ tướng Thái Lan đã dự Hội nghị cấp cao tại Băng Cốc.",
     K.CONSULT, ("THA",), ("ASEAN",)),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round36_absent(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind and set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
