"""The Vietnamese trigger lexicon for event extraction (the cue words around triggers are in
:mod:`doingoai.extract.trigger_cues`, the tone-tolerant regex helpers in :mod:`doingoai.extract.vi_regex`;
both are re-exported here). The trigger record and the lexicon's first family (sanctions lifted or cut,
agreements, membership, relations) are in :mod:`doingoai.extract.trigger_defs`; :data:`LEXICON` joins the families
in their order: :mod:`~doingoai.extract.trigger_acts` (round 23), :mod:`~doingoai.extract.trigger_lex24` (round 24),
``trigger_defs``, :mod:`~doingoai.extract.trigger_cooperation`, :mod:`~doingoai.extract.trigger_aid`,
:mod:`~doingoai.extract.trigger_meetings`, :mod:`~doingoai.extract.trigger_disputes`,
:mod:`~doingoai.extract.trigger_troops` (round 27), and first after the missions
:mod:`~doingoai.extract.trigger_lex33` (round 33),
:mod:`~doingoai.extract.trigger_lex36` (round 36) and :mod:`~doingoai.extract.trigger_lex40` (round 40); before
all, :mod:`~doingoai.extract.trigger_lex67` (round 67) and :mod:`~doingoai.extract.trigger_lex47` (round 47).

:func:`scan` finds every trigger in one pass: an Aho-Corasick automaton over the lower-cased text
finds the head words, and only there is each candidate trigger's regex tried. Hits are chosen as one
alternation's ``finditer`` would choose them: leftmost first, and at one position the trigger listed
first wins, so longer and more specific phrases come first ("dỡ bỏ cấm vận" before "cấm vận",
"ký và phê chuẩn" before "ký"). Patterns are written in NFC with the new tone placement ("hóa"); both placements
("hóa"/"hoá", "thủy"/"thuỷ") are accepted.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from doingoai.extract.textscan import lower_same_length  # noqa: F401  (re-exported)
from doingoai.extract.trigger_acts import ACTS  # (round 23: applications, appointments, delegations)
from doingoai.extract.trigger_aid import AID
from doingoai.extract.trigger_cooperation import COOPERATION
from doingoai.extract.trigger_cues import (  # noqa: F401  (re-exported: the cue words around a trigger)
    CO_ACTOR,
    COMMUNICATE,
    CONTEXT,
    CONTEXT_WORDS,
    COORD_GAP,
    HYPOTHETICAL,
    JOINT,
    NEGATION,
    OBJECTS_INTRO,
    ONGOING,
    PATIENT,
    PLANNED,
    POST_STOP,
    PURPOSE,
    RECEIVE,
    STRONG_BREAK,
    VOTE_WORD,
    VOTES,
)
from doingoai.extract.trigger_defs import (  # noqa: F401  (re-exported: the record, the relation verbs)
    _PARTNERS,
    _REL_VERBS,
    STANDING,
    Trigger,
)
from doingoai.extract.trigger_disputes import DISPUTES
from doingoai.extract.trigger_lex24 import LEX24  # (round 24: wordings the kind-by-kind grid found missing)
from doingoai.extract.trigger_lex33 import LEX33  # (round 33: wordings fresh text had no trigger for)
from doingoai.extract.trigger_lex36 import LEX36  # (round 36: treaties denounced, a country taken out)
from doingoai.extract.trigger_lex40 import LEX40  # (round 40: criticism, representations, promotion, aid)
from doingoai.extract.trigger_lex47 import LEX47  # (round 47: joint committees' sessions)
from doingoai.extract.trigger_lex66 import LEX66  # (round 66: a state back in an organisation)
from doingoai.extract.trigger_lex67 import LEX67  # (round 67: promotion abroad, leaders meeting)
from doingoai.extract.trigger_lex79 import LEX79  # (round 79: embassies opened, candidate status)
from doingoai.extract.trigger_lex90 import LEX90  # (round 90: transport links, receptions, remains)
from doingoai.extract.trigger_lex92 import LEX92  # (round 92: tariffs, yellow cards)
from doingoai.extract.trigger_lex119 import LEX119  # (round 119: chairs in apposition, missions, ...)
from doingoai.extract.trigger_lex136 import LEX136  # (round 136: backing given)
from doingoai.extract.trigger_lex152 import LEX152  # (round 152: declarations issued, ...)
from doingoai.extract.trigger_lex163 import LEX163  # (round 163: experts invited, QHNG)
from doingoai.extract.trigger_lex164 import LEX164  # (round 164: suspensions, pledges, troops sent in, ...)
from doingoai.extract.trigger_lex170 import LEX170  # (round 170: a state ending its part in a body)
from doingoai.extract.trigger_lex172 import LEX172  # (round 172: a forum's leaders received)
from doingoai.extract.trigger_lex177 import LEX177  # (round 177: a plan's lines: envoys invited, ...)
from doingoai.extract.trigger_lex202 import LEX202  # (round 202: workers sent abroad)
from doingoai.extract.trigger_lex212 import LEX212  # (round 212: delegations meeting delegations)
from doingoai.extract.trigger_lex216 import LEX216  # (round 216: meetings attended, promotions abroad, ...)
from doingoai.extract.trigger_meetings import MEETINGS
from doingoai.extract.trigger_troops import MISSIONS, TROOPS  # (round 27: missions set up, troops moving)
from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.extract.vi_regex import Cue, needles_of, vi_compile, vi_pattern  # noqa: F401  (re-exported)
from doingoai.extract.vi_regex import cue as _cue

_AGREEMENT_NOUN: Final = (
    r"(?:hiệp định|hiệp ước|thỏa thuận|thỏa ước|văn kiện|bản ghi nhớ|nghị định thư|công ước|tuyên bố chung"
    r"|hòa ước|định ước|thư ý định|tuyên bố ý định chung|tuyên bố ý định|tuyên bố chính trị|hiến chương|hợp đồng|văn bản|mou|fta|chương trình hợp tác|kế hoạch hành động|kế hoạch hợp tác"
    r"|công hàm trao đổi)"
)

# the families in the lexicon's order (at one position the trigger listed first wins)
LEXICON: tuple[Trigger, ...] = (
    LEX216
    + LEX212
    + LEX202
    + LEX177
    + LEX170
    + LEX172
    + LEX164
    + LEX163
    + LEX152
    + LEX136
    + LEX119
    + LEX92
    + LEX90
    + LEX79
    + LEX67
    + LEX47
    + MISSIONS
    + LEX33
    + LEX36
    + LEX66
    + LEX40
    + ACTS
    + LEX24
    + STANDING
    + COOPERATION
    + AID
    + MEETINGS
    + DISPUTES
    + TROOPS
)
BY_NAME: Final = {t.name: t for t in LEXICON}


class Hit(NamedTuple):  # one per trigger word in a text: a NamedTuple is cheaper to build than a dataclass
    trigger: Trigger
    start: int
    end: int


def scan(text: str, low: str | None = None) -> list[Hit]:
    """Every trigger in ``text``, leftmost first, not overlapping (like one alternation's ``finditer``);
    the automaton and the scan are in :mod:`doingoai.extract.trigger_scan`."""
    from doingoai.extract.trigger_scan import scan_text  # (it imports this module's lexicon)

    return scan_text(text, low)


AGREEMENT_NOUN = _cue(r"\b" + _AGREEMENT_NOUN + _NO_WORD)
# a named agreement: "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (1977)" (capitalised noun)
AGREEMENT_NAME: Final = vi_compile(
    r"\b(?:Hiệp định|Hiệp ước|Công ước|Nghị định thư|Thỏa thuận|Bản ghi nhớ|Tuyên bố chung|Hiến chương|Hòa ước"
    r"|Định ước)\b",
    0,
)
