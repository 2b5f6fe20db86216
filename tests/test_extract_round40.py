"""Round 40 (session 13): trigger vocabulary the working sets' misses had no trigger for.

Sentences written for these tests (other states, names and dates than the working sets), with negative twins.
Whole pipeline with the learned reading off (marker rules_alone: these pin what the rules read). All in
`trigger_lex40` unless told:

* criticism voiced ("lên tiếng chỉ trích X"): a protest;
* representations made to a foreign side ("giao thiệp với phía X"): talks;
* a promotion programme held or joined abroad ("tổ chức chương trình xúc tiến du lịch tại <city> (<country>)"):
  a visit to the place's country (`events_parties`: found as a delegation's destination);
* a named declaration, a charter, a master plan or guidelines adopted by the parties named before it
  ("A, B và C thông qua Tuyên bố <place>"): signed (`trigger_cooperation`, "adopt_named");
* force used to seize a place ("dùng vũ lực chiếm đảo X của Y"): a conflict with its owner;
* equipment handed over ("bàn giao thiết bị ... cho ..."): aid;
* volunteers of a foreign agency received ("tiếp nhận 3 tình nguyện viên của KOICA"): aid from its state.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

pytestmark = pytest.mark.rules_alone

# fmt: off
CASES: list[tuple] = [
    ("criticise",
     "Ngày 12/5/2019, Bộ Ngoại giao Nhật Bản đã lên tiếng chỉ trích Triều Tiên.",
     K.PROTEST, ("JPN",), ("PRK",), "2019-05-12", S.OCCURRED),
    ("representations",
     "Năm 2023, Đại sứ quán Việt Nam tại In-đô-nê-xi-a đã giao thiệp với phía In-đô-nê-xi-a để bảo hộ ngư dân.",
     K.CONSULT, ("VNM",), ("IDN",), "2023", S.OCCURRED),
    ("promotion-abroad",
     "Tháng 9/2024, tỉnh tổ chức chương trình xúc tiến thương mại tại Ô-xa-ca (Nhật Bản).",
     K.VISIT, ("VNM",), ("JPN",), "2024-09", S.OCCURRED),
    ("adopt-named-declaration",
     "Ngày 5/10/2005, lãnh đạo Ma-lai-xi-a, Thái Lan và In-đô-nê-xi-a thông qua Tuyên bố Kuching.",
     K.AGREEMENT_SIGN, ("MYS", "THA", "IDN"), (), "2005-10-05", S.OCCURRED),
    ("force-seize",
     "Tháng 1/1974, Trung Quốc sử dụng vũ lực chiếm giữ quần đảo Hoàng Sa của Việt Nam.",
     K.CONFLICT, ("CHN",), ("VNM",), "1974-01", S.OCCURRED),
    ("equipment-handed-over",
     "Tháng 6/2022, Bộ Năng lượng Hoa Kỳ bàn giao thiết bị giám sát phóng xạ cho cảng Hải Phòng.",
     K.AID, ("USA",), ("VNM",), "2022-06", S.OCCURRED),
    ("volunteers-received",
     "Năm 2023, tỉnh tiếp nhận 3 tình nguyện viên của Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA).",
     K.AID, ("KOR",), ("VNM",), "2023", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round40(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


# (id, text, kind, actors, recipients): negative twins where the event must not be read with these parties
# fmt: off
ABSENT: list[tuple] = [
    # a person criticised by the public is no protest between states
    ("criticised-person",
     "Năm 2019, ông Kim bị nhiều người ở Nhật Bản chỉ trích.",
     K.PROTEST, ("JPN",), ()),
    # a critical opinion (the noun) is no protest, nor is criticism as a noun
    ("criticism-noun",
     "Có ý kiến chỉ trích cho rằng chính sách năng lượng của Mỹ đã bị chi phối bởi tư duy khủng hoảng.",
     K.PROTEST, (), ("USA",)),
    # a promotion office opened abroad is no visit (the older cooperation, not a programme held there)
    ("promotion-office",
     "Năm 2024, tỉnh mở văn phòng xúc tiến thương mại tại Ô-xa-ca (Nhật Bản).",
     K.VISIT, ("VNM",), ("JPN",)),
    # force renounced is no conflict
    ("force-renounced",
     "Năm 2002, các bên cam kết không sử dụng vũ lực hoặc đe dọa sử dụng vũ lực với Trung Quốc.",
     K.CONFLICT, (), ()),
    # a contractor's handover of equipment (the contractor right before the verb) is no aid
    ("contractor-handover",
     "Năm 2022, Đại sứ Hàn Quốc dự lễ nghiệm thu, tại đó nhà thầu bàn giao thiết bị cho nhà máy.",
     K.AID, ("KOR",), ()),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT]
)
def test_round40_absent(text, kind, actors, recipients):
    got = extract_text(text).events
    wrong = [
        e
        for e in got
        if e.kind is kind and set(actors) <= set(e.actors) and set(recipients) <= set(e.recipients)
    ]
    assert not wrong, show(got)
