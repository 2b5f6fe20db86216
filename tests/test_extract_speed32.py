"""Speed round 32 (docs/decisions.md): ``events_described._described`` behind literal guards and
``learned_features.trigger_index`` reading a per-class table, against the code they replaced.

Each kind's pattern is searched only when the sentence holds a literal every match of it holds ("như sau" for a
plan's opening, "kháng chiến chống" / "chiến tranh kết thúc" / "chiến tranh chấm dứt" for a war as a time frame,
"từ khi" / "để quan hệ" for a relation grown since an act, " hỗ trợ " and a served noun for a mission's service).
Checked against the old (``_described_31``) on hypothesis sentences of the patterns' pieces, for every kind and
every span, on the premise that a match holds its literal, and on the samples', the seeds' and the working sets'
sentences. ``trigger_index`` (``_trigger_index_31``, every class's pair of each feature) on random models (classes,
weights of any sign, zero, NaN and infinity, words with underscores) and on the bundled model over a set's sentences.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.extract import events_described as ed
from doingoai.extract import learned_features as lf
from doingoai.extract.learned_model import LinearModel, load_model
from doingoai.model import EventKind
from speed_corpus import speed_corpus

K = ed.K


def _described_31(low: str, kind: EventKind, s0: int, s1: int) -> bool:
    """``_described`` before speed round 32 (no guards)."""
    if kind is K.COOPERATE:
        return ed._PLAN_OPENING.search(low, s0, s1) is not None
    if kind is K.CONFLICT:
        return ed._WAR_FRAME.search(low[s0:s1]) is not None and ed._FIGHTING.search(low, s0, s1) is None
    if kind is K.AGREEMENT_SIGN or kind is K.AGREEMENT_NEGOTIATE:
        return ed._SIGNERS.search(low[s0:s1]) is not None
    if kind is K.RELATIONS:
        return ed._GROWN_SINCE.search(low[s0:s1]) is not None
    if kind is K.AID:
        return ed._OWN_SERVICE.search(low, s0, s1) is not None and ed._AID_PROPER.search(low, s0, s1) is None
    if kind is K.VISIT:
        return ed._FIRST_VISIT_HEADING.match(low[s0:s1].strip()) is not None
    return False


_ALL_KINDS = list(EventKind)

_PIECES = st.sampled_from(
    [
        " ",
        ", ",
        ".",
        ":",
        ";",
        "\n",
        "x",
        "2013",
        "bộ tài chính ",
        "xây dựng ",
        "ban hành ",
        "đề ra ",
        "và triển khai ",
        "kế hoạch ",
        "chương trình ",
        "như sau",
        "như sau:",
        "trong ",
        "giữa lúc ",
        "suốt ",
        "hai ",
        "cuộc ",
        "kháng chiến chống ",
        "kháng chiến chống pháp:",
        "kể từ khi ",
        "từ khi ",
        "sau khi ",
        "chiến tranh ",
        "kết thúc",
        "chấm dứt",
        "tấn công",
        "được ",
        "thiết lập ",
        "nâng ",
        "quan hệ ",
        "phát triển",
        "được củng cố",
        "để quan hệ ",
        "đại sứ quán ",
        "thương vụ ",
        "tỉnh ",
        "phối hợp với ",
        "đã ",
        "hỗ trợ ",
        "hỗ trợ",
        "04 ",
        "các ",
        "hơn 5 ",
        "doanh nghiệp",
        "công dân",
        "người lao động",
        "bà con",
        "viện trợ",
        "oda",
        "phía bạn",
        "người ký ",
        "là ",
        "gồm ",
        "trưởng đoàn đàm phán ",
        "trong số 23 bên ký kết ban đầu có ",
        "chuyến thăm ",
        "đầu tiên của ",
        "nhà vua",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=18), st.sampled_from(_ALL_KINDS), st.integers(0, 40), st.integers(0, 400))
def test_guarded_is_the_old(pieces: list[str], kind: EventKind, a: int, b: int) -> None:
    low = "".join(pieces)
    s0, s1 = min(a, len(low)), min(max(a, b), len(low))
    assert ed._described(low, kind, s0, s1) == _described_31(low, kind, s0, s1)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="như saukháng chiến chốngtrừ khiđể quan hệỗợdoanh nghiệpcông dân,.:;\n", max_size=120)
)
def test_guarded_on_random_text(low: str) -> None:
    for kind in _ALL_KINDS:
        assert ed._described(low, kind, 0, len(low)) == _described_31(low, kind, 0, len(low))


def test_matches_hold_their_literals() -> None:
    """The guards' premise, on sentences that match."""
    cases = [
        (ed._PLAN_OPENING, "bộ xây dựng kế hoạch năm 2026 như sau:", ("như sau",)),
        (ed._WAR_FRAME, "trong hai cuộc kháng chiến chống thực dân", ("kháng chiến chống",)),
        (ed._WAR_FRAME, "kháng chiến chống pháp:", ("kháng chiến chống",)),
        (ed._WAR_FRAME, "kể từ khi chiến tranh kết thúc", ("chiến tranh kết thúc", "chiến tranh chấm dứt")),
        (
            ed._WAR_FRAME,
            "sau khi cuộc chiến tranh chấm dứt",
            ("chiến tranh kết thúc", "chiến tranh chấm dứt"),
        ),
        (ed._GROWN_SINCE, "kể từ khi thiết lập quan hệ, quan hệ phát triển", ("từ khi",)),
        (ed._GROWN_SINCE, "để quan hệ hai nước phát triển", ("để quan hệ",)),
        (ed._OWN_SERVICE, "đại sứ quán đã hỗ trợ 04 doanh nghiệp", (" hỗ trợ ",)),
        (ed._OWN_SERVICE, "tỉnh hỗ trợ bà con", ed._SERVED),
    ]
    for rx, text, words in cases:
        m = rx.search(text)
        assert m is not None, text
        assert any(w in m.group(0) for w in words), text


def test_guarded_on_the_documents() -> None:
    kinds = [K.COOPERATE, K.CONFLICT, K.AGREEMENT_SIGN, K.AGREEMENT_NEGOTIATE, K.RELATIONS, K.AID, K.VISIT]
    n = 0
    for p in speed_corpus(every_set=True):
        low = p.read_text(encoding="utf-8", errors="replace").lower()
        s0 = 0
        for i, c in enumerate(low):
            if c in ".\n" or i == len(low) - 1:
                for kind in kinds:
                    assert ed._described(low, kind, s0, i + 1) == _described_31(low, kind, s0, i + 1), (p, s0)
                n += 1
                s0 = i + 1
    assert n > 1000


def test_described_sentences_still_read() -> None:
    """Each kind's own sentence is read as a description by both, and without its literal by neither."""
    cases = [
        (K.COOPERATE, "căn cứ kết quả hợp tác, bộ tài chính xây dựng kế hoạch hợp tác năm 2026 như sau:"),
        (K.CONFLICT, "trong hai cuộc kháng chiến chống thực dân pháp và đế quốc mỹ, hai đảng đã sát cánh"),
        (K.CONFLICT, "kể từ khi chiến tranh kết thúc năm 1975, hai nước hợp tác"),
        (
            K.RELATIONS,
            "kể từ khi thiết lập quan hệ ngoại giao năm 1992, quan hệ hai nước không ngừng phát triển",
        ),
        (K.RELATIONS, "để quan hệ hai nước phát triển tương xứng, tôi xin đề xuất"),
        (K.AID, "đại sứ quán đã hỗ trợ 04 doanh nghiệp việt nam tham gia hội chợ"),
        (K.AID, "phối hợp với bộ ngoại giao gioóc-đa-ni hỗ trợ 17 công dân về nước"),
        (K.AGREEMENT_SIGN, "người ký là ngoại trưởng mỹ và ngoại trưởng hàn quốc"),
        (K.VISIT, "chuyến thăm đầu tiên của một nhà vua nhật bản"),
    ]
    for kind, low in cases:
        for s0, s1 in ((0, len(low)), (0, len(low) // 2), (3, len(low))):
            assert ed._described(low, kind, s0, s1) == _described_31(low, kind, s0, s1), (kind, low, s0, s1)
        assert ed._described(low, kind, 0, len(low)), (kind, low)


# --- learned_features.trigger_index: one float per feature, from a per-class table ---------------------------------


def _trigger_index_31(kinds: LinearModel, kind: str, words: list[str]) -> int | None:
    """``trigger_index`` before speed round 32 (every class's pair of each feature looked at)."""
    k = kinds.classes.index(kind)
    best, top = None, 0.0
    get = kinds.weights.get
    for i, w in enumerate(words):
        if w.startswith("<"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        for f in (f"u:{w}", f"b:{w}_{nxt}"):
            for c, weight in get(f, ()):
                if c == k and weight > top:
                    best, top = i, weight
    return best


_WORDS = st.sampled_from(["a", "b", "c", "a_b", "b_", "_c", "<vnm>", "<country>", "<date>", "thăm", "ký", ""])
_FEATURES = st.builds(
    lambda kind, a, b: f"u:{a}" if kind == "u" else f"b:{a}_{b}", st.sampled_from(["u", "b"]), _WORDS, _WORDS
)
_WEIGHT = st.sampled_from([0.0, -0.0, 0.5, 0.5, 1.0, 2.0, -1.0, 1e-9, float("nan"), float("inf")])


@st.composite
def _models(draw: st.DrawFn) -> LinearModel:
    n = draw(st.integers(1, 4))
    weights = draw(
        st.dictionaries(
            _FEATURES,
            st.lists(st.tuples(st.integers(0, n - 1), _WEIGHT), max_size=5).map(tuple),
            max_size=25,
        )
    )
    return LinearModel(tuple(f"k{i}" for i in range(n)), tuple(0.0 for _ in range(n)), weights)


@settings(max_examples=1500, deadline=None)
@given(_models(), st.lists(_WORDS, max_size=12), st.integers(0, 3))
def test_trigger_index_is_the_old(model: LinearModel, words: list[str], k: int) -> None:
    kind = model.classes[k % len(model.classes)]
    assert lf.trigger_index(model, kind, words) == _trigger_index_31(model, kind, words)


def test_trigger_index_on_the_bundled_model() -> None:
    model = load_model()
    if model is None:
        return
    texts = [p.read_text(encoding="utf-8", errors="replace").lower() for p in speed_corpus(["heldout69"])]
    n = 0
    for text in texts:
        for sentence in text.split(".")[:200]:
            words = lf._WORD.findall(sentence)
            for kind in model.kinds.classes:
                assert lf.trigger_index(model.kinds, kind, words) == _trigger_index_31(
                    model.kinds, kind, words
                )
                n += 1
    assert n > 1000
