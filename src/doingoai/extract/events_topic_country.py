"""The foreign country a text is about, for a war told with no enemy named (round 31).

A journal article on one country ("QUAN HỆ VIỆT NAM – SÍP: ...", "Pa-ra-goay và ...") tells that country's wars
in its background section: "Thổ Nhĩ Kỳ đưa quân đổ bộ lên miền Bắc hòn đảo" (the island is the country the
text is about), "Pa-ra-goay đã trải qua hai cuộc chiến tranh tàn khốc" (its own wars, told one by one after).
Vietnam, the recipient a conflict (or a sanction) with no named target gets by default (events_roles.defaults: the histories of
Vietnam's wars), is the wrong one there: the war is waged on the text's country, or, when that country is the
one who wages it, no enemy is told and the sentence tells no event of its own. Only in a paragraph that does not
name Vietnam: one that does tells Vietnam's own history with that country.

:func:`foreign_subject` (round 45) widens this to every kind: in a text whose title names a foreign state or body and
not Vietnam (an encyclopedia entry on an organisation, a journal article on one country), a paragraph that names
Vietnam neither in itself nor in the one before leaves the text's subject unstated, not Vietnam ("Tại hội nghị
thượng đỉnh ..., các nguyên thủ quyết định ... đàm phán chương trình hỗ trợ với IMF" in an entry on a monetary union).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_codes import acting_code
from doingoai.extract.events_context import Context
from doingoai.extract.events_org_unstated import topic_organisation
from doingoai.extract.places import VNM, own_unit
from doingoai.model import BlockType, Document, EventKind


def topic_country(doc: Document, ctx: Context) -> str:
    """The one foreign state the title names (Vietnam aside); "" when there is no title or it names none or
    several."""
    cached = ctx.cache.get("topic country")
    if isinstance(cached, str):
        return cached
    title = next((b for b in doc.blocks[:3] if b.type is BlockType.TITLE), None)
    found: set[str] = set()
    if title is not None:
        found = {
            country_of(m.code)
            for m in doc.mentions
            if title.start <= m.start < title.end and m.kind == "country"
        } - {VNM}
    topic = found.pop() if len(found) == 1 else ""
    ctx.cache["topic country"] = topic
    return topic


_OWN: Final = frozenset({VNM, "CPV"})


def foreign_subject(doc: Document, ctx: Context, block: int) -> str:
    """The text's subject (:func:`topic_organisation`, else :func:`topic_country`) standing for a side the defaults
    left to Vietnam in running text of paragraph ``block``, or "": only when the title names no Vietnam or its
    Party, the text is no Vietnamese province's own (places.own_unit), the block is a paragraph of no task list and
    neither it nor the block before names Vietnam or its Party."""
    if block >= len(doc.blocks) or block in ctx.modes or doc.blocks[block].type is not BlockType.PARAGRAPH:
        return ""
    title = next((b for b in doc.blocks[:3] if b.type is BlockType.TITLE), None)
    if title is None or len(doc.sentences) < 4 or own_unit(doc):  # (a text too short to say: events_unstated)
        return ""
    # (whether the title names Vietnam: once a document, asked for each trigger left to Vietnam)
    own_title = ctx.cache.get("title names Vietnam")
    if own_title is None:
        own_title = ctx.cache["title names Vietnam"] = _names_own(ctx, title.start, title.end)
    if own_title or _names_own(ctx, doc.blocks[max(0, block - 1)].start, doc.blocks[block].end):
        return ""
    return topic_organisation(doc, ctx) or topic_country(doc, ctx)


def _names_own(ctx: Context, lo: int, hi: int) -> bool:
    """Does a mention starting in ``[lo, hi)`` name Vietnam or its Party?"""
    return any(acting_code(m) in _OWN for m in ctx.mentions_between(lo, hi))


def war_target(doc: Document, ctx: Context, actors: list[str], block: int) -> list[str] | None:
    """The recipient of a conflict or sanction that named none (Vietnam by default): the text's country when
    another acts on it, None (no event) when the text's country acts; Vietnam kept in a text about no one
    country, and where the paragraph names Vietnam ("Mỹ mở rộng lệnh cấm vận" told of Vietnam's own years)."""
    topic = topic_country(doc, ctx)
    if not topic or block >= len(doc.blocks):
        return [VNM]
    b = doc.blocks[block]
    lo = bisect_left(doc.mentions, b.start, key=lambda m: m.start)
    for m in doc.mentions[lo:]:
        if m.start >= b.end:
            break
        if country_of(m.code) == VNM:
            return [VNM]
    return None if topic in actors else [topic]


# a leader's title and a capitalised name after it the gazetteer does not know: "Tổng thống Pôn Ka-ga-mê",
# "Nhà Vua Philippe", "Tổng thống Makarios III" (no country named with it)
_TITLED_NAME: Final = re.compile(
    r"(?<![\w-])(?:[Tt]ổng thống|(?:[Pp]hó )?[Tt]hủ tướng|[Cc]hủ tịch nước|[Qq]uốc vương|[Nn]hà [Vv]ua|[Nn]ữ hoàng"
    r"|[Tt]hái tử|[Ee]mir|[Ss]ultan)\s+(?=[A-ZĐÀ-Ỹ])"
)


_GUEST_NAME: Final = re.compile(
    r"(?<![\w-])(?:(?:[Pp]hó )?(?:[Tt]ổng thống|[Tt]hủ tướng|[Bb]ộ trưởng|[Nn]goại trưởng)|[Đđ]ại sứ|[Qq]uốc vương"
    r"|[Nn]hà [Vv]ua)\s+(?=[A-ZĐÀ-Ỹ])"
)


# a word of the name: a transliteration (syllables joined by hyphens) or a Latin name with no Vietnamese letter
_FOREIGN_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])|[A-Z][a-z]{3,}\b")
_VOWELS: Final = re.compile(r"[aeiouy]+")
_NAME: Final = re.compile(
    r"[A-ZĐÀ-Ỹ][\w-]*(?: [A-ZĐÀ-Ỹ][\w-]*){0,3}"
)  # the capitalised words after the title


# the guest received or met, right after the verb: "(sẽ) tiếp Bộ trưởng Mbella Mbella", "hội đàm với Ngoại trưởng ..."
_GUEST_TITLED: Final = re.compile(
    r"\s+(?:với\s+)?(?:ngài\s+)?(?:(?:phó\s+)?(?:tổng thống|thủ tướng|bộ trưởng|ngoại trưởng)|đại sứ|quốc vương|nhà vua)\s+"
)


# a visit's genitive visitor after its destination: "chuyến thăm (cấp Nhà nước tới) Việt Nam của ..."
_VISITOR_OF: Final = re.compile(r"[^,.;:()]{0,60}?\bcủa\s+(?:ngài\s+)?")


def titled_stranger_after(
    doc: Document,
    ctx: Context,
    low: str,
    kind: EventKind,
    te: int,
    c1: int,
    actors: list[str],
    recips: list[str],
) -> tuple[list[str], list[str]]:
    """The sides with the text's country for a titled foreign name the gazetteer does not know after the trigger
    ending at ``te`` (clause to ``c1``): the guest right after a meeting verb ("Thủ tướng ... sẽ tiếp Bộ trưởng
    Mbella Mbella" in a text about Cameroon), a visit's genitive visitor ("chuyến thăm Việt Nam của Tổng thống Pôn
    Bi-a"), as :func:`titled_topic` gives it (round 39); else the sides unchanged. ``low``: the lower-cased text."""
    if kind is EventKind.CONSULT and actors and not recips:
        m = _GUEST_TITLED.match(low, te)
        guest = titled_topic(doc, ctx, m.start(), m.end() + 1, actors, guest=True) if m else ""
        return (actors, [guest]) if guest else (actors, recips)
    if kind is EventKind.VISIT and not actors and len(recips) == 1:
        of = _VISITOR_OF.match(low, te, c1)
        led = titled_topic(doc, ctx, of.end(), min(c1, of.end() + 60), recips) if of else ""
        return ([led], recips) if led else (actors, recips)
    return actors, recips


def titled_topic(
    doc: Document, ctx: Context, start: int, end: int, recips: list[str], *, guest: bool = False
) -> str:
    """The text's country for a head of state or government named in ``[start, end)`` by a title and a name the
    gazetteer does not know, with no country next to it ("Năm 2018, Tổng thống Pôn Ka-ga-mê đảm nhiệm ..." in a
    text about Rwanda); "" when the text is about no one foreign country, the title is followed by a known name,
    or that country is the event's other side. A Vietnamese text names a foreign leader's country unless it is the
    one the text is about."""
    topic = topic_country(doc, ctx)
    if not topic or topic in recips:
        return ""
    for m in (_GUEST_NAME if guest else _TITLED_NAME).finditer(doc.text, start, end):
        if not doc.text[m.end()].isupper() or ctx.in_mention(m.end()) or ctx.in_mention(m.start()):
            continue
        name = _NAME.match(doc.text, m.end())
        words = name.group(0).split() if name is not None else []
        if any(
            w[0].isupper() and _FOREIGN_WORD.fullmatch(w) and ("-" in w or len(_VOWELS.findall(w)) >= 2)
            for w in words
        ):
            return topic  # (a foreign name: "Pôn Ka-ga-mê", "Philippe"; not a Vietnamese one, "Hoàng Văn")
    return ""


_ONE_WAY: Final = frozenset({EventKind.VISIT, EventKind.CONSULT})  # (aid: a giver told elsewhere, dev fp)
# a visit whose destination is Vietnam itself, right after the verb: "thăm (chính thức) Việt Nam", "đến thăm nước ta"
_TO_VIETNAM: Final = re.compile(
    r"\s*(?:(?:chính thức|cấp nhà nước|làm việc|hữu nghị|và làm việc|tới|đến|sang)\s+){0,3}(?:việt nam|nước ta)\b"
)
# a nominal visit of Vietnam's own leader: "nhân chuyến thăm chính thức của Tổng Bí thư ..."
_OWN_VISIT_OF: Final = re.compile(r"\s*(?:chính thức|cấp nhà nước|làm việc|hữu nghị|\s)*của\b")
_TOLD_AGAIN: Final = re.compile(r"\b(?:tới|đến|sang) (?:nước này|nước bạn|đất nước này)\b")


def own_act_partner(
    doc: Document,
    ctx: Context,
    text: str,
    kind: EventKind,
    block: int,
    c0: int,
    ts: int,
    te: int,
    actors: list[str],
) -> tuple[list[str], list[str]] | None:
    """The sides of Vietnam's (or its Party's) visit or meeting that names no partner in its clause, in a text whose
    title names one foreign state (:func:`topic_country`), or None (round 93): a visit to Vietnam is that state's
    ("ông thăm chính thức Việt Nam" in a text on Lithuania), a visit "của" Vietnam's leader goes to it; a meeting
    goes from whichever side the clause names before the trigger ("Thủ tướng Phạm Minh Chính hội đàm với ..." /
    "Tổng thống sẽ hội kiến Thủ tướng Phạm Minh Chính": the guest)."""
    if kind not in _ONE_WAY or not actors or set(actors) - _OWN:
        return None
    partner = topic_country(doc, ctx)
    if not partner or _titled_name_in(doc.text, c0, ts) or _other_state_near(doc, ctx, block, c0, partner):
        return (
            None  # "Tổng thống Hoàng Văn thăm Việt Nam": a name the rules left Vietnamese; another state near
        )
    if kind is EventKind.VISIT:
        if _TO_VIETNAM.match(text, te):
            return [partner], [VNM]
        of = _OWN_VISIT_OF.match(text, te)
        # (not "chuyến thăm đầu tiên của ... tới nước này": the visit told just before, again)
        told = of is not None and _TOLD_AGAIN.search(text, te, te + 100) is not None
        return (actors, [partner]) if of and not told and _names_own(ctx, te, te + 80) else None
    if _names_own(ctx, c0, ts):
        return actors, [partner]
    # (a guest meeting Vietnam's leader named after the verb; not aid, whose giver that leaves unsaid)
    return ([partner], [VNM]) if kind is EventKind.CONSULT and _names_own(ctx, te, te + 80) else None


def _titled_name_in(text: str, start: int, end: int) -> bool:
    """A leader's title followed by a capitalised word in ``text[start:end]`` (review 16: _TITLED_NAME's "À-Ỹ"
    spans lower-case letters too, so "Thủ tướng đã thăm ..." is no titled name; titled_topic checks the same)."""
    return any(text[m.end()].isupper() for m in _TITLED_NAME.finditer(text, start, end))


def _other_state_near(doc: Document, ctx: Context, block: int, c0: int, partner: str) -> bool:
    """Does a foreign state other than ``partner`` stand in ``block`` (or the block before) up to ``c0``?"""
    lo = doc.blocks[max(0, block - 1)].start if block < len(doc.blocks) else c0
    return any(
        m.kind == "country" and country_of(m.code) not in (VNM, partner) for m in ctx.mentions_between(lo, c0)
    )
