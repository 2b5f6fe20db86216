"""Round 106 (session 17): an article's own summary ("Bài viết điểm lại quá trình X tham gia Y ...", "Tóm tắt: Bài
viết phân tích xung đột ở Z ...") states no event: its topic is what the body tells (events_article_topic), unless
it states a past act in a "khi" clause ("... từ khi hai nước thiết lập quan hệ ngoại giao năm 1973").

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def test_article_summary_states_no_event():
    text = (
        "Tóm tắt: Bài viết khái quát quá trình Việt Nam tham gia Tổ chức Thương mại thế giới (WTO) từ năm 2007 "
        "và đánh giá hợp tác giữa Việt Nam với Nhật Bản trong khuôn khổ tổ chức này.\n"
    )
    assert asserted_events(text) == []


def test_article_summary_keeps_a_past_act_in_a_when_clause():
    text = "Bài viết điểm lại quan hệ Việt Nam – Phần Lan kể từ khi hai nước thiết lập quan hệ ngoại giao năm 1973.\n"
    got = [(sorted(e.actors), e.date) for e in asserted_events(text) if e.kind is K.RELATIONS_ESTABLISH]
    assert got == [(["FIN", "VNM"], "1973")]


def test_the_same_act_told_in_the_body_is_read():
    text = "Việt Nam gia nhập Tổ chức Thương mại thế giới (WTO) ngày 11/1/2007.\n"
    got = [
        (list(e.actors), list(e.recipients), e.date)
        for e in asserted_events(text)
        if e.kind is K.MEMBERSHIP_JOIN
    ]
    assert got == [(["VNM"], ["WTO"], "2007-01-11")]
