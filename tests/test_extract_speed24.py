"""Speed round 24: the withdrawal's treaty noun found where "khỏi " stands gives ``finditer``'s matches."""

from __future__ import annotations

import random

from doingoai.extract import events_left_treaty as lt

_PIECES = (
    "khỏi ",
    "khỏi",
    "rút khỏi ",
    "bản ",
    "thỏa thuận",
    "thoả thuận",
    "hiệp ước",
    "hiệp định",
    "công ước",
    "nghị định thư",
    " này",
    " đó",
    " trên",
    " nói trên",
    ", ",
    ".",
    ";",
    ")",
    " năm",
    " từ",
    " và",
    " song",
    " sau",
    "\n",
    " ",
    "a",
    "1",
    "_",
    "-",
    "đơn phương",
    "xkhỏi ",
    "tpp",
)


def _spans(ms):
    return [(m.span(), m.span("noun"), m.group("noun")) for m in ms]


def test_left_matches_are_finditers_on_random_texts() -> None:
    rng = random.Random(24)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert _spans(lt._left_matches(text)) == _spans(lt._LEFT.finditer(text)), text


def test_left_matches_on_constructed_texts() -> None:
    for text in (
        "mỹ đơn phương rút khỏi thỏa thuận.",
        "nộp văn kiện rút khỏi công ước này, từ năm 2019",
        "rút nước này khỏi hiệp ước",
        "rút khỏi hiệp định tpp",
        "bỏkhỏi thỏa thuận.",  # a letter before "khỏi": no match (the look-behind)
        "1khỏi thỏa thuận.",  # a digit before it: a match
        "khỏi khỏi thỏa thuận nói trên và khỏi bản nghị định thư",
        "",
    ):
        assert _spans(lt._left_matches(text)) == _spans(lt._LEFT.finditer(text)), text
