"""Round 117 (session 18): kind confusions, a gold event read as another kind or not read at all.

* a withdrawal from a treaty called by its noun alone ("rút khỏi thỏa thuận", "khỏi Công ước") leaves the treaty
  named before in the text (events_left_treaty; SCHEMA: membership.leave is leaving "an organisation or treaty");
* an agreement adopted by the parties named right before the verb ("Việt Nam và Tòa Thánh thông qua Thỏa thuận
  ...") is one they make (agreement.sign, trigger ``adopt_named``); not a parliament's approval;
* a membership restored ("X được khôi phục tư cách thành viên <organisation>") is X a member again
  (membership.join, trigger ``join_restored``); "Liên đoàn" alone is the league named before (events_heads);
* a partnership named with its pair by a dash and told set up on a date ("quan hệ Đối tác toàn diện Việt Nam –
  Canada được xác lập tháng 11/2017") is the upgrade of that date (trigger_defs._TOLD_SET).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _events(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_withdrawal_from_the_agreement_named_before():
    text = (
        "Kế hoạch hành động chung toàn diện (JCPOA) được I-ran và nhóm P5+1 đạt được năm 2015. "
        "Ngày 8/5/2018, Mỹ đơn phương rút khỏi thỏa thuận."
    )
    assert (["USA"], ["JCPOA"], "2018-05-08") in _events(text, K.MEMBERSHIP_LEAVE)


def test_withdrawal_with_nothing_named_before_leaves_nothing():
    text = "Ngày 8/5/2018, Mỹ đơn phương rút khỏi thỏa thuận."
    assert not [e for e in _events(text, K.MEMBERSHIP_LEAVE) if e[1]]


def test_agreement_adopted_by_the_two_named_parties_is_signed():
    text = "Ngày 14/3/2024, Việt Nam và Tòa Thánh Vatican thông qua Thỏa thuận về hợp tác giáo dục."
    got = _events(text, K.AGREEMENT_SIGN)
    assert any(set(a) | set(r) >= {"VNM", "VAT"} and d == "2024-03-14" for a, r, d in got)


def test_agreement_a_parliament_adopts_is_not_signed():
    text = "Năm 2019, Quốc hội Hoa Kỳ đã thông qua thỏa thuận thương mại với Mê-hi-cô."
    assert not _events(text, K.AGREEMENT_SIGN)


def test_membership_restored_is_a_joining():
    text = "Tháng 6/2011, Hôn-đu-rát được khôi phục tư cách thành viên Tổ chức các quốc gia châu Mỹ (OAS)."
    assert (["HND"], ["OAS"], "2011-06") in _events(text, K.MEMBERSHIP_JOIN)


def test_restored_in_another_sense_is_no_joining():
    text = "Tháng 6/2011, Hôn-đu-rát được khôi phục quan hệ thương mại với Mê-hi-cô."
    assert not _events(text, K.MEMBERSHIP_JOIN)


def test_league_by_its_head_noun_alone_is_the_one_named_before():
    text = (
        "Liên đoàn Ả-rập đình chỉ tư cách thành viên của Xi-ri năm 2011. "
        "Tháng 5/2023, Xi-ri được khôi phục tư cách thành viên Liên đoàn."
    )
    assert (["SYR"], ["ARAB_LEAGUE"], "2023-05") in _events(text, K.MEMBERSHIP_JOIN)


def test_partnership_with_its_pair_by_a_dash_set_up_on_a_date():
    text = "Quan hệ Đối tác toàn diện Việt Nam – Ca-na-đa được xác lập tháng 11/2017 và phát triển tốt đẹp."
    got = _events(text, K.RELATIONS_UPGRADE)
    assert any(set(a) | set(r) == {"VNM", "CAN"} and d == "2017-11" for a, r, d in got)


def test_partnership_with_no_date_after_its_verb_is_no_upgrade_told():
    text = "Quan hệ Đối tác toàn diện Việt Nam – Ca-na-đa được xác lập và phát triển tốt đẹp."
    assert not [e for e in _events(text, K.RELATIONS_UPGRADE) if e[2]]
