"""Anniversaries, relative clauses and leaders as actors: general Vietnamese patterns, on sentences written
for these tests (not taken from any seed or probe document)."""

from __future__ import annotations

from doingoai.model import EventKind, Status
from doingoai.pipeline import extract_text

K = EventKind


def events(text: str, kind: EventKind) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    doc = extract_text(text)
    return [(e.actors, e.recipients, e.date, e.status.value) for e in doc.events if e.kind is kind]


TASKS = """Phương hướng công tác năm 2010

Năm 2010, cần tập trung thực hiện các nhiệm vụ sau:
1. Tổ chức các hoạt động kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cu-ba \
(2/12/1960 – 2/12/2010) và 45 năm Ngày ký Hiệp định thương mại Việt Nam – Cu-ba (10/3/1965 – 10/3/2010).
2. Tăng cường hợp tác với Campuchia.
"""


def test_anniversary_names_the_past_event_with_the_interval_start():
    got = events(
        "Năm 2012, hai bên kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Cu-ba "
        "(2/12/1960 – 2/12/2010).",
        K.RELATIONS_ESTABLISH,
    )
    assert got == [(("VNM",), ("CUB",), "1960-12-02", "occurred")]


def test_anniversary_in_a_task_list_is_a_past_fact_and_coordinated_anniversaries_count():
    est = events(TASKS, K.RELATIONS_ESTABLISH)
    assert est == [(("VNM",), ("CUB",), "1960-12-02", "occurred")]
    sign = events(TASKS, K.AGREEMENT_SIGN)
    assert [(d, s) for _, _, d, s in sign] == [("1965-03-10", "occurred")]
    assert set(sign[0][0] + sign[0][1]) == {"VNM", "CUB"}
    # the task itself stays planned
    assert [s for _, _, _, s in events(TASKS, K.COOPERATE)] == [Status.PLANNED.value]


def test_anniversary_with_years_only_counts_back_from_the_year_written():
    got = events(
        "Năm 2022, hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam – Hàn Quốc.",
        K.RELATIONS_ESTABLISH,
    )
    assert [(a, r, d) for a, r, d, _ in got] == [(("VNM",), ("KOR",), "1992")]


def test_relative_clause_names_the_agent_after_ma_and_the_target_after_doi_voi():
    got = events(
        "Việt Nam kiên quyết phản đối chính sách cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba.", K.SANCTION
    )
    assert got == [(("USA",), ("CUB",), "", "ongoing")]
    got = events("Các nước lên án lệnh cấm vận mà Mỹ duy trì chống Cu-ba.", K.SANCTION)
    assert [(a, r) for a, r, _, _ in got] == [(("USA",), ("CUB",))]


def test_noun_phrase_of_x_against_y_is_not_the_subjects_sanction():
    got = events("Việt Nam phản đối lệnh cấm vận của Hoa Kỳ đối với Cu-ba.", K.SANCTION)
    assert [(a, r) for a, r, _, _ in got] == [(("USA",), ("CUB",))]


def test_a_plain_sanction_keeps_its_subject():
    got = events("Năm 1964, Hoa Kỳ áp đặt cấm vận đối với Việt Nam.", K.SANCTION)
    assert [(a, r, d) for a, r, d, _ in got] == [(("USA",), ("VNM",), "1964")]


def test_leaders_stand_for_their_country():
    assert events("Tháng 9/1973, Thủ tướng Fidel Castro sang thăm Việt Nam.", K.VISIT) == [
        (("CUB",), ("VNM",), "1973-09", "occurred")
    ]
    assert [(a, r) for a, r, _, _ in events("Năm 2018, Chủ tịch Kim Jong-un thăm Trung Quốc.", K.VISIT)] == [
        (("PRK",), ("CHN",))
    ]
    assert [(a, r) for a, r, _, _ in events("Năm 2012, Thủ tướng Lý Hiển Long thăm Lào.", K.VISIT)] == [
        (("SGP",), ("LAO",))
    ]
    got = events("Năm 1955, Chủ tịch Hồ Chí Minh thăm Liên Xô.", K.VISIT)
    assert [(a, r) for a, r, _, _ in got] == [(("VNM",), ("SUN",))]


def test_the_city_named_after_ho_chi_minh_is_not_the_person():
    doc = extract_text("Năm 2019, Thành phố Hồ Chí Minh đón nhiều đoàn khách quốc tế.")
    assert not [m for m in doc.mentions if m.kind == "person"]
