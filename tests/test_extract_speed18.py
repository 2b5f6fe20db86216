"""Speed round 18: the pre-checks and search windows of the events stage give what the plain searches give."""

from __future__ import annotations

import random
import re

from doingoai.extract import events_groups as eg
from doingoai.extract import events_status as es

_PEOPLE = [
    "đảng",
    "Đảng",
    "chính phủ",
    "Chính Phủ",
    "nhà nước",
    "nhân dân",
    "quốc hội",
    "QUÂN ĐỘI",
    "chính quyền",
]
_FILL = ["của", "và", "với", "Trung Quốc", "nước", ",", " ", "  ", "\n", "\t", "x", "đảngx", "nhândân", "–"]


def _plain_people_words(head: str) -> int:
    m = eg._PEOPLE_LIST.search(head, max(0, len(head) - 60))
    return len(m.group().split()) if m is not None else 0


def _random_head(rng: random.Random) -> str:
    parts = [rng.choice(_PEOPLE + _FILL) for _ in range(rng.randrange(0, 12))]
    seps = [rng.choice([" ", ", ", " và ", ",", "", "\n "]) for _ in parts]
    return "".join(p + s for p, s in zip(parts, seps, strict=True)) + rng.choice(["", " ", ",", ", ", "  \n"])


def test_people_words_pre_check_agrees_with_the_plain_search() -> None:
    rng = random.Random(18)
    for _ in range(20000):
        head = _random_head(rng)
        assert eg._people_words(head) == _plain_people_words(head), head
    for head in ("của Đảng, Chính phủ và nhân dân ", "Chính quyền,  ", "chính quyền,", "với nhân dân"):
        assert eg._people_words(head) == _plain_people_words(head) > 0


def test_people_end_holds_every_word_of_the_list() -> None:
    words = re.search(r"\(\?:đảng\|([^)]*)\)", eg._PEOPLE_LIST.pattern)
    assert words is not None
    listed = {"đảng", *words.group(1).split("|")}
    assert listed == {"đảng", "chính phủ", "nhà nước", "nhân dân", "quốc hội", "quân đội", "chính quyền"}
    assert max(len(w) for w in listed) + 1 == 12  # the window of _people_words (a word and its comma)
    for w in listed:
        assert eg._PEOPLE_END.search(w + ",  ") is not None


_TAIL_WORDS = [
    "kết",
    "quả",
    "của",
    "các",
    "những",
    ",",
    "–",
    "một",
    "là",
    "nước",
    "quốc",
    "gia",
    "mà",
    "ta",
    "x",
]


def test_end_anchored_searches_from_their_longest_match() -> None:
    rng = random.Random(181)
    for _ in range(20000):
        words = [rng.choice(_TAIL_WORDS) for _ in range(rng.randrange(0, 30))]
        tail = " ".join(words).replace(" ,", ",")
        a = es._APPOSED_STATE.search(tail)
        b = es._APPOSED_STATE.search(tail, max(0, len(tail) - es._APPOSED_MAX))
        assert (a is None) == (b is None), tail
        a = es._RESULTS_OF.search(tail)
        b = es._RESULTS_OF.search(tail, max(0, len(tail) - es._RESULTS_MAX))
        assert (a is None) == (b is None), tail
    assert es._APPOSED_STATE.fullmatch("– một quốc gia mà " + "y" * 30) is not None
    assert es._APPOSED_STATE.fullmatch("– một quốc gia mà " + "y" * 31) is None
    assert es._RESULTS_OF.fullmatch("kết quả của những") is not None


def test_kinds_scorer_of_the_kinds_read_gives_their_scores() -> None:
    from doingoai.extract.events_learned import load_model
    from doingoai.extract.learned_model import NgramScorer

    model = load_model()
    if model is None:
        return
    full, kept = NgramScorer(model.kinds), model.scorer
    assert kept is not None
    read = [k for k, c in enumerate(model.kinds.classes) if c in model.read]
    assert read and len(read) < len(model.kinds.classes)
    vocab = sorted(full.ids) + ["<country>", "<date>", "chưa có"]
    rng = random.Random(1818)
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randrange(0, 40))]
        a, b = full.scores(words), kept.scores(words)
        for k in read:
            assert a[k] == b[k]  # (the very same float additions)
        for k in set(range(len(a))) - set(read):
            assert b[k] == model.kinds.bias[k]
