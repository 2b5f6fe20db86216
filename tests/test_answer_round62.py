"""Round 62 (session 14): answers — who signed, not who led the delegation.

* a person asked to have signed is never one the sentence names as a delegation's leader ("do Tổng Bí
  thư X … dẫn đầu", "led by X");
* when the sentence telling the signing names no signer, the next sentence of its paragraph writing
  "ký" may ("Người ký là hai Bộ trưởng …");
* an English "agreement" is also a "thỏa thuận", not only a "hiệp định".

Sentences and documents written here, each with a negative case."""

from __future__ import annotations

import pytest

from doingoai.answer.signers import asks_signer, says_signing, without_leaders
from store_fixtures import ingested_kb

ENTRY = """Hiệp định Hợp tác Văn hóa Việt Nam – Mông Cổ

Hiệp định Hợp tác Văn hóa được ký tại U-lan Ba-to ngày 12/6/1979, trong chuyến thăm chính thức Mông Cổ của Đoàn đại biểu Chính phủ Việt Nam do Phó Thủ tướng Trần Minh Khải và Bộ trưởng Lê Quang Vinh dẫn đầu. Người ký là hai Bộ trưởng Lê Quang Vinh và Ba-tô-rơ Gan-xúc.

Hiệp định Thương mại Việt Nam – Mông Cổ được ký tại Hà Nội năm 1985, trong chuyến thăm của đoàn do Thủ tướng Ô-chi-rơ Đa-va dẫn đầu.
"""

NEWS = """Xan-ti-a-gô (TTXVN) – Ngày 9/3, tại thủ đô Xan-ti-a-gô, Bộ trưởng Nông nghiệp Chi-lê Pa-blô Rô-xa và Bộ trưởng Nông nghiệp Pê-ru Hu-an Ca-rê-ra ký thỏa thuận chia sẻ nguồn nước sông biên giới, dưới sự chứng kiến của hai Tổng thống.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    yield from ingested_kb(tmp_path_factory, {"muc-tu.txt": ENTRY, "tin.txt": NEWS}, "round62.sqlite")


def test_who_signed_is_asked():
    assert asks_signer("Who signed the 1979 agreement?", True)
    assert asks_signer("Ai ký Hiệp định Hợp tác Văn hóa?", False)
    assert not asks_signer("Ai dẫn đầu đoàn đại biểu ký Hiệp định?", False)
    assert not asks_signer("Ai là Tổng Thư ký ASEAN?", False)  # (a secretary, not a signing)
    assert says_signing("Người ký là hai Bộ trưởng")
    assert not says_signing("Tổng Thư ký ASEAN phát biểu")


def test_a_delegations_leader_is_blanked():
    s = "Hiệp định được ký trong chuyến thăm của đoàn do Phó Thủ tướng Trần Minh Khải dẫn đầu."
    out = without_leaders(s)
    assert len(out) == len(s) and "Trần Minh Khải" not in out and "Hiệp định được ký" in out


def test_the_signers_in_the_next_sentence(kb):
    ans = kb.ask("Who signed the 1979 cultural cooperation agreement with Mongolia?")
    assert ans.answer is not None and "Trần Minh Khải" not in ans.answer
    assert "Lê Quang Vinh" in ans.answer or "Lê Quang Vinh" in ans.evidence["text"]


def test_a_leader_is_no_signer(kb):
    ans = kb.ask("Ai ký Hiệp định Thương mại Việt Nam – Mông Cổ năm 1985?")
    assert ans.via != "text" or "Ô-chi-rơ Đa-va" not in (ans.answer or "")  # (at most the whole sentence)


def test_an_agreement_may_be_a_thoa_thuan():
    from doingoai.answer.lexicon import EN_VI

    assert "thỏa thuận" in EN_VI["agreement"] and "hiệp định" in EN_VI["agreement"]


def test_who_signed_the_water_agreement(kb):
    ans = kb.ask("When was the water-sharing agreement between Chile and Peru signed?")
    assert ans.answer is not None and "9/3" in ans.answer


def test_an_agreement_on_something_else_is_not_it(kb):
    ans = kb.ask("When was the fisheries agreement between Chile and Argentina signed?")
    assert ans.answer is None or "9/3" not in ans.answer
