"""Vietnamese syllables: tone tables and a strict spelling check.

The check is what lets the clean stage tell a legacy-font word ("c¸c", "Vieät") from a real word:
a candidate conversion is kept only when it spells a Vietnamese syllable. A syllable is an onset
(possibly empty), a rhyme from the closed list below, and at most one tone; the spelling rules
c/k, g/gh, ng/ngh and "stop finals (-c, -ch, -p, -t) take only the acute or dot-below tone" are
enforced, so random Latin-1 letters rarely pass.
"""

from __future__ import annotations

import unicodedata
from enum import IntEnum
from functools import lru_cache


class Tone(IntEnum):
    LEVEL = 0  # ngang
    GRAVE = 1  # huyền
    HOOK = 2  # hỏi
    TILDE = 3  # ngã
    ACUTE = 4  # sắc
    DOT = 5  # nặng


TONE_MARKS = {
    Tone.GRAVE: "\u0300",
    Tone.HOOK: "\u0309",
    Tone.TILDE: "\u0303",
    Tone.ACUTE: "\u0301",
    Tone.DOT: "\u0323",
}
VOWELS = "aăâeêioôơuưy"


def _tone_tables() -> tuple[dict[str, tuple[str, Tone]], dict[tuple[str, Tone], str]]:
    split: dict[str, tuple[str, Tone]] = {}
    join: dict[tuple[str, Tone], str] = {}
    for base in VOWELS + VOWELS.upper():
        join[(base, Tone.LEVEL)] = base
        for tone, mark in TONE_MARKS.items():
            ch = unicodedata.normalize("NFC", base + mark)
            split[ch] = (base, tone)
            join[(base, tone)] = ch
    return split, join


SPLIT_TONE, JOIN_TONE = _tone_tables()
_STRIP_TONE = str.maketrans({ch: base for ch, (base, _) in SPLIT_TONE.items()})
TONED_VOWELS = frozenset(SPLIT_TONE)
# Letters that only Vietnamese uses (outside Latin-1): their presence marks Vietnamese text.
VIETNAMESE_ONLY = frozenset(
    c for c in set(SPLIT_TONE) | set(VOWELS + VOWELS.upper()) | {"đ", "Đ"} if ord(c) > 0xFF
)


def with_tone(base: str, tone: Tone) -> str:
    """The vowel ``base`` (no tone) carrying ``tone``."""
    return JOIN_TONE[(base, tone)]


def split_tone(ch: str) -> tuple[str, Tone]:
    """A character -> (the character without its tone, its tone)."""
    return SPLIT_TONE.get(ch, (ch, Tone.LEVEL))


_RHYMES = frozenset(
    """
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot oong ooc
    oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
    oe oen oeo oet
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uơ uy uya uych uyên uyêt uynh uyt uyu
    uôc uôi uôm uôn uông uôt
    ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêt yêu
    """.split()
)
# After "qu" the u belongs to the onset: "quý", "quýt", "quỳnh", "quyết".
_QU_RHYMES = _RHYMES | frozenset("yt ynh ych yêt yên yêu ya".split())
_ONSETS = frozenset("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split())
_FRONT = frozenset("eêiy")
_STOPS = ("c", "ch", "p", "t")


def _tone_of(word: str) -> tuple[str, Tone] | None:
    """(toneless word, tone), or None when the word carries two tones."""
    bare = word.translate(_STRIP_TONE)
    if bare == word:
        return word, Tone.LEVEL
    tones = [SPLIT_TONE[c][1] for c in word if c in SPLIT_TONE]
    if len(tones) != 1:
        return None
    return bare, tones[0]


def _onset_ok(onset: str, rhyme: str) -> bool:
    first = rhyme[0]
    if onset == "c":
        return first not in _FRONT
    if onset == "k":
        return first in _FRONT
    if onset in ("gh", "ngh"):
        return first in "eêi"
    if onset in ("g", "ng"):
        return first not in "eê" and (onset == "g" or first != "i")
    return True


@lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """True when ``word`` (any case, NFC) spells one Vietnamese syllable."""
    if not word or len(word) > 8:
        return False
    split = _tone_of(word.lower())
    if split is None:
        return False
    bare, tone = split
    for onset in (bare[:3], bare[:2], bare[:1], ""):
        if onset and onset not in _ONSETS:
            continue
        rhyme = bare[len(onset) :]
        if not rhyme or rhyme not in (_QU_RHYMES if onset == "qu" else _RHYMES):
            continue
        if not _onset_ok(onset, rhyme):
            continue
        if rhyme.endswith(_STOPS) and tone not in (Tone.ACUTE, Tone.DOT):
            continue
        return True
    return False


def case_consistent(word: str) -> bool:
    """lower, Title or UPPER case (a legacy font's lower-case code inside a capital word is not)."""
    return word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())
