"""Round 63 (session 14): answers — the date of the right act.

* English acts of date questions ("reject", "voters", "referendum", "ceasefire", "transition",
  "accede", "extended") reach the Vietnamese words a sentence tells them with, so the sentence telling
  that act is found, not one dating another act (the signing) of the same treaty.

Sentences written here, each with a negative case."""

from __future__ import annotations

from doingoai.answer.english import en_vi


def test_english_act_words_reach_vietnamese():
    assert "bác bỏ" in (en_vi("rejected") or ())
    assert "cử tri" in (en_vi("voters") or ())
    assert "ngừng bắn" in (en_vi("ceasefire") or ())
    assert "gia nhập" in (en_vi("acceded") or ())


def test_act_words_are_not_signing_words():
    # negative: the rejection is not read as the signing the same sentence dates
    assert "ký" not in (en_vi("rejected") or ())
    assert en_vi("voters") != en_vi("signed")
