"""The place of a one-sided act told with no place, in a text about one foreign country (round 137).

The chair of the body an entry is about (also round 137): "Trung Quốc làm Chủ tịch giai đoạn 2014 – 2018" in an
entry on a forum, "X giữ cương vị Chủ tịch năm 2020." -- the office named bare, closing its clause or followed only by
its term, is the entry's own body's (:func:`chair_of_topic`).

A journal article or a report on one country ("NI-GIÊ SAU CUỘC ĐẢO CHÍNH ...", "XIN-GA-PO NHỮNG NĂM ĐẦU ĐỘC LẬP")
tells what others did there without naming it again: "Oa-sinh-tơn hoàn tất rút quân khỏi căn cứ không quân ở
Agadez" (a town of the country), "ECOWAS dỡ bỏ phần lớn các biện pháp trừng phạt" (the sanctions on it told
before). A troop withdrawal, a sanction or its lifting named only by its actor is then an act on the text's
country (:func:`events_topic_country.topic_country`), unless that country is the actor itself or the sentence
names another state. Used by :mod:`events_unstated` for drafts left with no recipient.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_context import Context
from doingoai.extract.events_org_unstated import is_state, topic_organisation
from doingoai.extract.events_topic_country import topic_country
from doingoai.extract.places import VNM
from doingoai.model import Document, EventKind

# the triggers of an act on a place that may leave the place unsaid
_ON_PLACE: Final = frozenset({"sanction_weak", "lift_share"})


def topic_target(
    doc: Document, ctx: Context, kind: EventKind, name: str, word: str, s0: int, s1: int, actors: list[str]
) -> str:
    """The text's country as the recipient of the withdrawal or sanction ``name`` / ``kind`` (its words ``word``,
    lower-cased) by ``actors`` told in the sentence ``[s0, s1)`` with no recipient, or ""."""
    if not actors or not (kind is EventKind.RETREAT or name in _ON_PLACE):
        return ""
    if name == "sanction_weak" and "trừng phạt" not in word:
        return ""  # "phong tỏa các chương đàm phán", "bao vây": a blockade of something, no sanction on the country
    topic = topic_country(doc, ctx)
    if not topic or topic in actors or VNM in actors:
        return ""
    named = {country_of(m.code) for m in ctx.mentions_between(s0, s1) if m.kind == "country"}
    return topic if not named - {topic, *actors} else ""


# the bare office closing its clause, or followed by its term only: "làm Chủ tịch giai đoạn 2014 – 2018."
_BARE_TERM: Final = re.compile(
    r"\s*(?:[,.;)]|$|(?:(?:trong |cho )?(?:giai đoạn|nhiệm kỳ)|năm|từ)\s+(?:năm |tháng )?\d)"
)


def chair_of_topic(doc: Document, ctx: Context, low: str, te: int, actors: list[str]) -> str:
    """The organisation the text is about (:func:`topic_organisation`) for a state's chairmanship named bare at
    ``te`` (``low``: the lower-cased text), or ""."""
    if not actors or not all(is_state(c) for c in actors) or _BARE_TERM.match(low, te) is None:
        return ""
    org = topic_organisation(doc, ctx)
    return org if org and org not in actors else ""
