"""Round 211 (session 23): statuses of planned and negated acts. A recommendation or a wish ("hai bên nên sớm ký
...", "Chúng tôi mong sớm ký ...") is an act to come; a modal said once governs the verbs coordinated after it
("... nên sớm mở đường bay thẳng và thúc đẩy hợp tác ..."); a plan's item said not carried out ("Việc ký Bản ghi
nhớ ... chưa thực hiện được") and a proposal left unanswered or refused ("Đề xuất ký ... chưa được phía bạn chấp
thuận") did not happen.

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.extract.events_modal_scope import modal_carried
from doingoai.model import Status
from doingoai.pipeline import extract_text
from event_grid import K

pytestmark = pytest.mark.rules_alone

S = Status
HEAD = "BÁO CÁO\n\nKết quả công tác đối ngoại năm 2024 của tỉnh Nghệ An\n\n"


def _read(text: str, kind) -> list[tuple[list[str], str]]:
    return sorted(
        (sorted({*e.actors, *e.recipients}), e.status.value)
        for e in extract_text(text).events
        if e.kind is kind
    )


def test_a_recommendation_with_nen_is_planned() -> None:
    text = "Thời gian tới, hai bên nên sớm ký hiệp định hợp tác về du lịch với Bun-ga-ri.\n"
    assert _read(text, K.AGREEMENT_SIGN) == [(["BGR", "VNM"], "planned")]


def test_a_wish_with_mong_is_planned() -> None:
    text = "Chúng tôi cũng mong sớm ký với Ma-lai-xi-a một bản ghi nhớ về hợp tác nông nghiệp.\n"
    assert _read(text, K.AGREEMENT_SIGN) == [(["MYS", "VNM"], "planned")]


def test_nen_as_so_is_no_modal() -> None:
    text = "Vì thời tiết xấu nên Thủ tướng Nhật Bản thăm Việt Nam muộn hai ngày.\n"
    assert _read(text, K.VISIT) == [(["JPN", "VNM"], "occurred")]


def test_an_item_of_a_plan_not_carried_out_is_negated() -> None:
    text = (
        HEAD + "5. Việc ký Bản ghi nhớ về hợp tác thủy sản với Bộ Nông nghiệp Chi-lê chưa thực hiện được.\n"
    )
    assert _read(text, K.AGREEMENT_SIGN) == [(["CHL", "VNM"], "negated")]


def test_a_proposal_refused_by_the_partner_is_negated() -> None:
    text = HEAD + "Đề xuất ký bản ghi nhớ hợp tác lao động với Ca-ta chưa được phía bạn chấp thuận.\n"
    assert _read(text, K.AGREEMENT_SIGN) == [(["QAT", "VNM"], "negated")]


def test_a_signing_carried_out_stays_occurred() -> None:
    text = (
        HEAD
        + "5. Việc ký Bản ghi nhớ về hợp tác thủy sản với Bộ Nông nghiệp Chi-lê đã được thực hiện tháng 5.\n"
    )
    assert [s for _, s in _read(text, K.AGREEMENT_SIGN)] == ["occurred"]


def test_the_modal_governs_a_coordinated_verb() -> None:
    text = (
        "Trong thời gian tới, hai nước nên sớm mở đường bay thẳng và thúc đẩy hợp tác với U-dơ-bê-ki-xtan.\n"
    )
    assert _read(text, K.COOPERATE) == [(["UZB", "VNM"], "planned")]


@pytest.mark.parametrize(
    ("predicate", "carried"),
    [
        ("nên sớm mở đường bay thẳng và thúc đẩy ", True),
        ("sẽ gặp đại diện doanh nghiệp, ", True),
        ("dự kiến sang làm việc và ", True),
        ("sẽ ", False),  # no coordination: status_of reads the modal itself
        ("sẽ gặp đại diện doanh nghiệp khi ", False),  # a time clause ends its scope
        ("cần chuẩn bị tốt, nhưng đã ", False),  # an adversative and a done act
        ("đã thăm thủ đô và ", False),  # no modal
        ("cần thiết phải mở rộng và ", False),  # "cần thiết" is no modal
    ],
)
def test_modal_carried(predicate: str, carried: bool) -> None:
    assert modal_carried(predicate) is carried
