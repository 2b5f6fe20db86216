"""Merging one act told twice: the date kept (events_merge)."""

from __future__ import annotations

from doingoai.extract.events_merge import Draft, merge
from doingoai.model import EventKind, Status


def _draft(kind: EventKind, date: str, sentence: int, explicit: bool = True) -> Draft:
    return Draft(kind, ("VNM", "SGP"), (), date, Status.OCCURRED, (sentence, sentence + 10), (), explicit)


def test_a_one_day_act_keeps_the_day_its_second_telling_writes():
    (event,) = merge(
        [
            _draft(EventKind.RELATIONS_ESTABLISH, "1973", 0),
            _draft(EventKind.RELATIONS_ESTABLISH, "1973-08-01", 20),
        ]
    )
    assert event.date == "1973-08-01" and len(event.evidence) == 2


def test_two_different_days_of_one_act_keep_what_they_share():
    (event,) = merge(
        [
            _draft(EventKind.RELATIONS_ESTABLISH, "1995-07-11", 0),
            _draft(EventKind.RELATIONS_ESTABLISH, "1995", 20),
            _draft(EventKind.RELATIONS_ESTABLISH, "1995-07-12", 40),
        ]
    )
    assert event.date == "1995-07"


def test_a_lasting_role_keeps_the_covering_year():
    (event,) = merge([_draft(EventKind.CHAIR, "2020", 0), _draft(EventKind.CHAIR, "2020-11", 20)])
    assert event.date == "2020"


def test_an_inferred_day_does_not_sharpen_a_written_year():
    (event,) = merge(
        [
            _draft(EventKind.MEMBERSHIP_JOIN, "1995", 0),
            _draft(EventKind.MEMBERSHIP_JOIN, "1995-07-28", 20, explicit=False),
        ]
    )
    assert event.date == "1995"


def test_the_date_of_one_act_told_three_times_does_not_depend_on_their_order():
    from itertools import permutations

    dates = ("1995-07-11", "1995-08-01", "1995-07")
    got = {
        merge([_draft(EventKind.RELATIONS_ESTABLISH, d, 20 * k) for k, d in enumerate(order)])[0].date
        for order in permutations(dates)
    }
    assert got == {"1995"}


def test_acts_written_in_different_months_of_one_year_are_two_acts():
    """ "Ngày 5/3/2019, hai nước ký ..." and "Ngày 10/9/2019, hai nước ký ...": two signings, each kept."""
    events = merge(
        [_draft(EventKind.AGREEMENT_SIGN, "2019-03-05", 0), _draft(EventKind.AGREEMENT_SIGN, "2019-09", 20)]
    )
    assert [e.date for e in events] == ["2019-03-05", "2019-09"]
    # twins: days of one month (a visit told day by day), a year and its day, a one-day act's two months
    (visit,) = merge([_draft(EventKind.VISIT, "2019-03-05", 0), _draft(EventKind.VISIT, "2019-03-07", 20)])
    assert len(visit.evidence) == 2
    (sign,) = merge(
        [_draft(EventKind.AGREEMENT_SIGN, "2019", 0), _draft(EventKind.AGREEMENT_SIGN, "2019-09-10", 20)]
    )
    assert len(sign.evidence) == 2
    inferred = _draft(EventKind.AGREEMENT_SIGN, "2019-09-10", 20, explicit=False)
    assert len(merge([_draft(EventKind.AGREEMENT_SIGN, "2019-03-05", 0), inferred])) == 1
    (est,) = merge(
        [
            _draft(EventKind.RELATIONS_ESTABLISH, "1995-07-11", 0),
            _draft(EventKind.RELATIONS_ESTABLISH, "1995-08-05", 20),
        ]
    )
    assert est.date == "1995"


def test_a_long_text_of_dated_signings_keeps_every_month(tmp_path):
    from doingoai.pipeline import extract_file

    lines = [
        f"Ngày {m}/{m}/2001, Việt Nam và Lào ký biên bản hợp tác giáo dục số {m}.\n" for m in range(1, 13)
    ]
    path = tmp_path / "ky.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    # (each line's signing and its cooperation, session 12's fallback reading the "ký" the rules let go)
    dates = sorted({e.date for e in extract_file(path).events if e.date})
    assert dates == [f"2001-{m:02d}-{m:02d}" for m in range(1, 13)]


def test_the_first_evidence_is_the_bodys_sentence_not_its_heading(tmp_path):
    """ "1. Gia nhập APEC" names the act; the sentence under it tells it and is what a citation quotes."""
    from doingoai.pipeline import extract_file

    path = tmp_path / "apec.txt"
    path.write_text(
        "VIỆT NAM VÀ APEC\n\n1. Gia nhập APEC\n\n"
        "Tháng 11/1998, Việt Nam chính thức trở thành thành viên của APEC.\n",
        encoding="utf-8",
    )
    doc = extract_file(path)
    (join,) = [e for e in doc.events if e.kind is EventKind.MEMBERSHIP_JOIN]
    texts = [doc.text[s.start : s.end] for s in join.evidence]
    assert texts == ["Tháng 11/1998, Việt Nam chính thức trở thành thành viên của APEC.", "1. Gia nhập APEC"]
    # the twin: told in the body only, its evidence is as it was (in the order of the text)
    path.write_text(
        "VIỆT NAM VÀ APEC\n\nNăm 1998, Việt Nam gia nhập APEC. Tháng 11/1998, Việt Nam trở thành thành viên APEC.\n",
        encoding="utf-8",
    )
    doc = extract_file(path)
    (join,) = [e for e in doc.events if e.kind is EventKind.MEMBERSHIP_JOIN]
    assert [s.start for s in join.evidence] == sorted(s.start for s in join.evidence)
