"""A signing told of one named party whose counterparty the sentence leaves unstated is still that party's
signing (issue 3): "Ê-cu-a-đo là một trong năm nước ký Hiệp định Các-ta-hê-na ngày 26/5/1969" is Ecuador's
signing of 1969; no partner is guessed. Other directed acts with no recipient stay dropped."""

from __future__ import annotations

from doingoai import export
from doingoai.pipeline import extract_text


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    doc = extract_text(text, "t.txt")
    return [
        (e["kind"], tuple(e["actors"]), tuple(e["recipients"]), e["date"])
        for e in (export.event_dict(doc, ev) for ev in export.reported_events(doc))
    ]


def test_one_named_signer_is_a_signing():
    got = _events("Ê-cu-a-đo là một trong năm nước ký Hiệp định Các-ta-hê-na ngày 26/5/1969.")
    assert ("agreement.sign", ("ECU",), (), "1969-05-26") in got


def test_the_counterparty_is_not_guessed_from_the_sentence_before():
    got = _events(
        "Năm 2014, Lào và Việt Nam tổ chức kỷ niệm quan hệ hữu nghị. "
        "Ê-cu-a-đo là một trong năm nước ký Hiệp định Các-ta-hê-na ngày 26/5/1969."
    )
    signings = [e for e in got if e[0] == "agreement.sign"]
    assert signings == [("agreement.sign", ("ECU",), (), "1969-05-26")]


def test_a_joining_with_no_organisation_stays_dropped():
    assert _events("Năm 2019, Ê-cu-a-đo gia nhập.") == []
