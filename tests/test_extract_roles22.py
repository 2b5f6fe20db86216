"""Round 22 (session 7): the parties of events the rules already find (docs/decisions.md, Events, "round 22
(session 7): parties"). Each rule has a grid of sentences of its own (other states, other dates) and negative
twins where the rule must not fire."""

from __future__ import annotations

import pytest

from doingoai import export
from doingoai.pipeline import extract_text


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    doc = extract_text(text)
    out = set()
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.add((d["kind"], tuple(d["actors"]), tuple(d["recipients"])))
    return out


# a possessor's "của" before a title of several words: the visitor ("chuyến thăm X của <title> Y")
@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Năm 2021, chuyến thăm Việt Nam của một lãnh đạo cấp cao Hung-ga-ri diễn ra.", "HUN", "VNM"),
        ("Năm 2018, chuyến thăm Việt Nam của đoàn đại biểu cấp cao Quốc hội Lào thành công.", "LAO", "VNM"),
        (
            "Tháng 4/2019, chuyến thăm Việt Nam của Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Ô-xtrây-li-a.",
            "AUS",
            "VNM",
        ),
        ("Năm 2016, chuyến thăm Cu-ba của một đoàn đại biểu cấp cao Việt Nam kết thúc.", "VNM", "CUB"),
    ],
)
def test_visitor_after_a_long_title(text: str, visitor: str, host: str) -> None:
    assert ("visit", (visitor,), (host,)) in _events(text)


def test_possessor_after_other_words_is_no_visitor() -> None:
    # "của các tỉnh miền núi Lào": the words between are no title, Laos is the aid's recipient as before
    evs = _events("Năm 2010, Nhật Bản viện trợ cho sự phát triển kinh tế của các tỉnh miền núi Lào.")
    assert ("aid", ("JPN",), ("LAO",)) in evs


# "X thăm Y và hai nước V ...": the pair opens the next clause, the visit keeps its visitor
@pytest.mark.parametrize(
    ("text", "visitor", "pair_kind"),
    [
        (
            "Tháng 9/2016, Thủ tướng Nhật Bản thăm Việt Nam và hai nước nâng quan hệ lên Đối tác chiến lược toàn diện.",
            "JPN",
            "relations.upgrade",
        ),
        (
            "Tháng 3/2018, Tổng thống Pháp thăm Việt Nam và hai nước nâng quan hệ lên Đối tác chiến lược.",
            "FRA",
            "relations.upgrade",
        ),
        (
            "Năm 2019, Thủ tướng Việt Nam thăm Cam-pu-chia và hai bên ký Biên bản ghi nhớ hợp tác giai đoạn 2019 – 2023.",
            "VNM",
            "agreement.sign",
        ),
    ],
)
def test_pair_after_a_visit(text: str, visitor: str, pair_kind: str) -> None:
    evs = _events(text)
    visits = [e for e in evs if e[0] == "visit"]
    assert visits and all(e[1] == (visitor,) for e in visits)
    pair = [e for e in evs if e[0] == pair_kind]
    assert pair and len(set(pair[0][1]) | set(pair[0][2])) == 2


def test_visit_with_no_pair_unchanged() -> None:
    evs = _events("Tháng 5/2016, Tổng thống Hoa Kỳ thăm Việt Nam và Nhật Bản.")
    assert all(e[1] == ("USA",) for e in evs if e[0] == "visit")


# diplomatic relations are bilateral: a list on one side gives one relation per state
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Ngày 3/2/1950, Hung-ga-ri và Ru-ma-ni cùng đặt quan hệ ngoại giao với Việt Nam.",
            {("HUN", "VNM"), ("ROU", "VNM")},
        ),
        (
            "Năm 2009, Ba Lan và Séc nâng quan hệ với Việt Nam lên Đối tác toàn diện.",
            {("POL", "VNM"), ("CZE", "VNM")},
        ),
        (
            "Năm 1992, Hàn Quốc, Nam Phi và Việt Nam lần lượt thiết lập quan hệ ngoại giao với I-xra-en.",
            {("KOR", "ISR"), ("ZAF", "ISR"), ("VNM", "ISR")},
        ),
    ],
)
def test_relations_split_per_state(text: str, pairs: set[tuple[str, str]]) -> None:
    got = {
        (e[1][0], e[2][0])
        for e in _events(text)
        if e[0].startswith("relations.") and len(e[1]) == 1 and len(e[2]) == 1
    }
    assert pairs <= got


@pytest.mark.parametrize(
    "text",
    [
        "Năm 1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao.",  # one pair: nothing to split
        "Năm 1973, Việt Nam thiết lập quan hệ ngoại giao với Pháp và Nhật Bản.",  # partners listed: one event
        "Năm 1976, Việt Nam thiết lập quan hệ với Quỹ Tiền tệ Quốc tế và Ngân hàng Thế giới.",  # organisations
        "Tối 15/11/2023, Đại sứ quán Việt Nam tại Bỉ và Lúc-xăm-bua kỷ niệm 50 năm thiết lập quan hệ ngoại giao với Lúc-xăm-bua (15/11/1973).",
    ],
)
def test_relations_not_split(text: str) -> None:
    rel = [e for e in _events(text) if e[0].startswith("relations.")]
    assert len(rel) <= 1


def test_dated_objects_still_split_by_their_dates() -> None:
    evs = _events(
        "Việt Nam lập quan hệ ngoại giao với Xri Lan-ca ngày 21/7/1970, với Pa-ki-xtan ngày 8/11/1972."
    )
    assert {("relations.establish", ("VNM",), ("LKA",)), ("relations.establish", ("VNM",), ("PAK",))} <= evs
    assert len([e for e in evs if e[0] == "relations.establish"]) == 2


# help in a fronted phrase goes to the subject after the comma
@pytest.mark.parametrize(
    ("text", "helpers", "helped"),
    [
        (
            "Tháng 10/1993, với sự giúp đỡ của Pháp, Nhật Bản và một số nước khác, Việt Nam thanh toán xong khoản nợ với IMF.",
            ("FRA", "JPN"),
            ("VNM",),
        ),
        ("Nhờ sự hỗ trợ của Nhật Bản, Lào hoàn thành xây dựng cầu năm 2005.", ("JPN",), ("LAO",)),
        ("Năm 1981, với sự viện trợ của Liên Xô, Cu-ba xây dựng nhà máy điện.", ("SUN",), ("CUB",)),
        ("Năm 2012, nhờ có sự giúp đỡ của Ô-xtrây-li-a, Cam-pu-chia khánh thành cầu.", ("AUS",), ("KHM",)),
    ],
)
def test_fronted_help(text: str, helpers: tuple[str, ...], helped: tuple[str, ...]) -> None:
    aid = [e for e in _events(text) if e[0] in ("aid", "support")]
    assert aid and aid[0][1] == helpers and aid[0][2] == helped


def test_help_not_fronted_unchanged() -> None:
    # the help is the clause's own predicate, its "cho" recipient stands
    evs = _events("Năm 1981, Liên Xô tăng cường sự viện trợ của mình cho Cu-ba.")
    assert any(e[0] == "aid" and e[1] == ("SUN",) and e[2] == ("CUB",) for e in evs)


# a chronology entry opening with "hai nước" speaks of the pair of the entry before; a verb between "hai nước"
# and a name makes the name its object, not a description of the pair ("hai nước láng giềng Lào")
@pytest.mark.parametrize(
    ("text", "pair", "org"),
    [
        (
            "Niên biểu\n\n- Năm 1999: Ba Lan và Séc gia nhập NATO.\n- Năm 2004: Hai nước gia nhập Liên minh châu Âu.",
            {"POL", "CZE"},
            "EU",
        ),
        (
            "Các mốc chính\n\n- Ngày 14/12/1955: Bun-ga-ri và Ru-ma-ni được kết nạp vào Liên Hợp Quốc.\n"
            "- Ngày 29/3/2004: Hai nước trở thành thành viên NATO.",
            {"BGR", "ROU"},
            "NATO",
        ),
        (
            "Niên biểu\n\n- Tháng 7/1995: Lào và Mi-an-ma dự Hội nghị ASEAN với tư cách quan sát viên.\n"
            "- Tháng 7/1997: Hai nước gia nhập ASEAN.",
            {"LAO", "MMR"},
            "ASEAN",
        ),
    ],
)
def test_pair_in_a_chronology(text: str, pair: set[str], org: str) -> None:
    joins = [e for e in _events(text) if e[0] == "membership.join" and e[2] == (org,)]
    assert joins and set(joins[0][1]) == pair


def test_pair_described_by_its_names_unchanged() -> None:
    evs = _events(
        "Năm 1999, Việt Nam thăm Pháp. Năm 2005, hai nước láng giềng Lào và Cam-pu-chia gia nhập ASEAN."
    )
    assert any(e[0] == "membership.join" and set(e[1]) == {"LAO", "KHM"} for e in evs)


def test_entry_before_naming_states_inside_an_agreement_is_not_the_pair() -> None:
    # the entry before opens with an agreement whose name holds two states: they are no pair that acts
    text = (
        "Quan hệ Việt Nam – Niu Di-lân\n\n• 19/6/1975: Việt Nam và Niu Di-lân thiết lập quan hệ ngoại giao.\n"
        "• 27/2/2009: Hiệp định thành lập Khu vực thương mại tự do ASEAN – Ô-xtrây-li-a – Niu Di-lân được ký.\n"
        "• 8/3/2018: Hai nước cùng chín nước khác ký Hiệp định CPTPP."
    )
    signs = [e for e in _events(text) if e[0] == "agreement.sign" and "CPTPP" in e[2]]
    assert signs and "AUS" not in signs[0][1]
