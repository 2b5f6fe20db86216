"""Round 42 (session 13): reports exported from Word and plans — a plan's partner on its subject line, joint
declarations of intent, work with a foreign body, a request to a partner's body, officials sent abroad and a body
introduced with its country in brackets.

Sentences written for these tests (other states, names and dates than the working sets), each rule with a negative
twin. Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read).

* a plan titled by the bare word "KẾ HOẠCH" reads its one partner off the subject line below (`events_plan_tasks`);
* "tuyên bố ý định (chung)" is a signed instrument (`triggers`);
* "làm việc với Bộ / Cơ quan / Ủy ban / ... <foreign>" is a consultation, not on a visit's way (`trigger_meetings`,
  `events_no_event`);
* "Đề nghị Phái đoàn EU hỗ trợ ...": aid asked of a partner's body is the partner's (`events_sides`);
* "cử 3 cán bộ sang X tham dự ...": officials are travellers (`events_phrases`);
* "Viện X (Đức)" ... "đón đoàn Viện X sang ...": the body stands for its bracketed country (`events_bracketed`).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone


def _plan(subject: str) -> str:
    return (
        "BỘ CÔNG THƯƠNG\n\nHà Nội, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\n\n"
        + subject
        + "\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "1. Hoàn tất đàm phán và ký Bản ghi nhớ về hợp tác nông nghiệp trong tháng 6."
    )


_BODY = "Tháng 4/2024, Trường ký thỏa thuận trao đổi sinh viên với Viện Công nghệ Karlsruhe{}.\n\n"
_BODY += "Tháng 3/2025, đón đoàn giảng viên Viện Công nghệ Karlsruhe sang tổ chức hội thảo."

# fmt: off
CASES: list[tuple] = [
    ("bare-plan-title-subject-line",
     _plan("Hợp tác thương mại với Cộng hòa Chi-lê năm 2026"),
     K.AGREEMENT_SIGN, ("VNM", "CHL"), (), "2026-06", S.PLANNED),
    ("joint-declaration-of-intent",
     "Ngày 4/6/2025, Việt Nam và Áo ký Tuyên bố ý định chung về hợp tác đào tạo nghề.",
     K.AGREEMENT_SIGN, ("VNM", "AUT"), (), "2025-06-04", S.OCCURRED),
    ("work-with-foreign-ministry",
     "Ngày 12/9/2024, Đại sứ làm việc với Bộ Giáo dục Ác-hen-ti-na về trao đổi sinh viên.",
     K.CONSULT, ("VNM",), ("ARG",), "2024-09-12", S.OCCURRED),
    ("request-to-partner-body",
     "Đề nghị Phái đoàn EU hỗ trợ kỹ thuật cho các doanh nghiệp chế biến gỗ trong năm 2025.",
     K.AID, ("EU",), ("VNM",), "2025", S.OCCURRED),
    ("officials-sent-abroad",
     "Tháng 10/2025, cử 3 cán bộ sang Xin-ga-po tham dự khóa tập huấn về quản lý cảng.",
     K.VISIT, ("VNM",), ("SGP",), "2025-10", S.OCCURRED),
    ("body-with-bracketed-country",
     _BODY.format(" (Đức)"),
     K.VISIT, ("DEU",), ("VNM",), "2025-03", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round42(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients): negative twins where no such event may be read
# fmt: off
ABSENT: list[tuple] = [
    # a subject line naming two partners: no one partner for the plan's signing
    ("bare-plan-title-two-partners",
     _plan("Hợp tác thương mại với Chi-lê và Pê-ru năm 2026"), K.AGREEMENT_SIGN, ("VNM",), ()),
    # an intent told, nothing signed
    ("intent-told-not-signed",
     "Ngày 4/6/2025, Áo bày tỏ ý định hợp tác đào tạo nghề với Việt Nam.", K.AGREEMENT_SIGN, ("AUT",), ()),
    # work with a ministry on a visit is the visit's part: no consultation of its own
    ("work-with-ministry-on-a-visit",
     "Tháng 5/2024, đoàn công tác của tỉnh sang Ác-hen-ti-na làm việc với Bộ Nông nghiệp nước này.",
     K.CONSULT, ("VNM",), ("ARG",)),
    # a request to one of our own ministries: Laos receives, it gives nothing
    ("request-to-own-ministry",
     "Đề nghị Bộ Tài chính bố trí kinh phí hỗ trợ Lào khắc phục hậu quả lũ lụt trong năm 2025.",
     K.AID, ("LAO",), ()),
    # goods going to a country are no traveller
    ("goods-not-travellers",
     "Tháng 10/2025, xuất khẩu gạo sang Xin-ga-po dự kiến tăng mạnh.", K.VISIT, (), ("SGP",)),
    # a body never given its country stands for none
    ("body-without-bracket",
     _BODY.format(""), K.VISIT, (), ("VNM",)),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round42_absent(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind and set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
