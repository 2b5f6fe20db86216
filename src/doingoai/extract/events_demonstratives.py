"""Demonstratives for events: "nước này", "quốc gia đó", "đất nước ấy", "liên minh này" -> the country or
organisation named before it (a synthetic mention, ``via="anaphora"``). :func:`demonstrative_mentions` also gathers
the other synthetic mentions of the events stage (places, a body's head noun alone and an election's seat from
:mod:`events_heads`, partners, a meeting's host, officials, "các nước thành viên"). The "hai nước" pairs are in
:mod:`events_anaphora`."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_bracketed import bracketed_bodies
from doingoai.extract.events_heads import head_mentions
from doingoai.extract.events_phrases import member_mentions
from doingoai.extract.events_regions import in_region, region_of
from doingoai.extract.textscan import matches_at
from doingoai.model import Document, Mention

_THIS: Final = re.compile(
    r"\b(?:(?P<org>liên minh|tổ chức|khối|diễn đàn|hiệp hội|cơ quan|cơ chế|nhóm|khuôn khổ|cộng đồng|phong trào)|(?P<state>đất nước|nước(?: cộng hòa| cộng hoà)?(?: non trẻ)?|quốc gia|vương quốc|công quốc|quốc đảo|đảo quốc)"
    r"(?P<region> (?:(?:ở |thuộc )?(?:khu vực |vùng )?(?:(?:nam|bắc|trung|đông|tây|đông nam|đông bắc|tây nam|tây bắc)"
    r" (?:mỹ|âu|á|phi)|trung đông|mỹ la-?tinh|mỹ latinh|ca-ri-bê|vùng vịnh|ban-tích|baltic|bán đảo [^\W\d_]+"
    r"|châu (?:phi|âu|á|mỹ|đại dương)|nam thái bình dương|láng giềng|hồi giáo|ả-rập|đảo)))?)"
    r"(?: (?:này|đó|ấy)|(?<=non trẻ))(?![^\W\d_])"
)  # "vương quốc này", "quốc đảo đó": a monarchy or an island state (rounds 38, 39); "Nước cộng hòa non trẻ được kết
# nạp vào ...": the state named before (round 39); "Nước Nam Mỹ này", "quốc gia Trung Đông này", "nước láng giềng
# đó": a country described by its region
# (round 210) "cơ chế này", "nhóm này", "khuôn khổ này", "cộng đồng này", "phong trào này": an organisation too
_THIS_FIRSTS: Final = (
    "liên minh",
    "tổ chức",
    "khối",
    "diễn đàn",
    "hiệp hội",
    "cơ quan",
    "cơ chế",
    "nhóm",
    "khuôn khổ",
    "cộng đồng",
    "phong trào",
    "nước",
    "quốc gia",
    "vương quốc",
    "công quốc",
    "quốc đảo",
    "đảo quốc",
)
# a country named as a leader's ("tổng thống Mỹ đầu tiên đến thăm đất nước này") is not what "nước này" points to
_TITLED: Final = re.compile(
    r"(?:tổng thống|thủ tướng|chủ tịch|nguyên thủ|đại sứ|ngoại trưởng|bộ trưởng|người|công dân) $"
)
_THIS_REACH: Final = (
    300  # the name it points back to is at most this many characters before, in the same paragraph
)


def demonstrative_mentions(
    doc: Document,
    low: str,
    mentions: list[Mention],
    places: list[Mention] | None = None,
    capitals: list[Mention] | None = None,
) -> list[Mention]:
    """ "ký Hiệp định ... với liên minh này", "đến thăm đất nước này": a synthetic mention of the nearest
    organisation (or country) named before it in the paragraph (``via="anaphora"``). Also a body named by
    its head noun alone ("trúng cử vào Hội đồng") and the member seat of an election whose body is not
    named after it ("được bầu làm thành viên"): see :func:`head_mentions`."""
    from doingoai.extract.events_introduced import introduced_mentions
    from doingoai.extract.events_meeting_host import meeting_host_mentions
    from doingoai.extract.events_officials import official_mentions
    from doingoai.extract.events_partner import partner_mentions  # (imports this module)
    from doingoai.extract.places import place_mentions

    if places is None:  # "với tỉnh Ta-keo", "Tỉnh" in a provincial report (places; the caller's when given)
        places = place_mentions(doc, low, mentions)
    out = (
        places
        + head_mentions(doc, low, mentions)
        + partner_mentions(doc, low, mentions, places)
        + meeting_host_mentions(doc, low, mentions)  # "nước chủ nhà" of a meeting (events_meeting_host)
        + official_mentions(doc, mentions)
        + introduced_mentions(doc, mentions)  # "Tổng thống Hàn Quốc Moon Jae-in ... ông Moon" (round 139)
        + member_mentions(
            doc.text, low, mentions
        )  # "các nước thành viên": of the organisation named before (events_phrases)
        + bracketed_bodies(doc, mentions)  # "Đại học X (Italia)" ... "Đại học X" (events_bracketed, round 42)
    )
    if "này" not in low and " đó" not in low and " ấy" not in low and "non trẻ" not in low:
        return out
    # a place standing for its state ("quan hệ với Bình Nhưỡng có phần chững lại. Năm 2000, nước này ..."): a
    # candidate as its state's name is (places; round 28)
    standing = [p for p in places if p.kind == "country"]
    standing += capitals or []  # "Lu-xa-ca đăng cai ... . ... nước này": the capital's state (round 31)
    if standing:
        mentions = sorted(mentions + standing, key=lambda x: x.start)
    starts = [m.start for m in mentions]
    for m in matches_at(low, _THIS, _THIS_FIRSTS):  # (each is ``_THIS.match(low, s)``: not matched again)
        s, e = m.span()
        if s > 0 and low[s - 1].isalnum():
            continue
        kinds = ("organisation",) if m.group("org") else ("country", "person")
        if m.group("org") == "cơ quan":  # "Hội đồng Bảo an ...; được bầu vào cơ quan này": a body too
            kinds = ("organisation", "body")
        k = bisect_left(starts, s) - 1
        # "Nước Nam Mỹ này": the nearest country in that region (events_regions)
        region = region_of(m.group("region")) if m.group("region") else None
        # Vietnam, taken only when no foreign country is named before ("nước này" is a foreign one)
        own = None
        titled: Mention | None = None  # a state named after a title, taken before Vietnam (round 153)
        while k >= 0 and s - mentions[k].end <= _THIS_REACH and "\n" not in doc.text[mentions[k].end : s]:
            x = mentions[k]
            if (
                x.kind in kinds
                and (x.via != "anaphora" or x in standing)
                and (region is None or in_region(country_of(x.code), region))
            ):
                if _TITLED.search(low, max(0, x.start - 16), x.start):
                    if titled is None and x.kind == "country" and m.group("state") and x.code != "VNM":
                        titled = x
                    k -= 1
                    continue
                if (
                    m.group("state")
                    and _OWN_SUBJECT.fullmatch(low, x.end, s) is not None
                    and _ORGAN_OF.search(low, max(0, x.start - 40), x.start) is None
                ):
                    k -= 1  # "Việt Nam sớm công nhận nước này": a verb's object is not its own subject (round 19)
                    continue
                if m.group("state") and _fronted_oblique(doc, low, x, s):
                    k -= 1  # "Vì tranh chấp với Hy Lạp, nước này ...": a fronted phrase's oblique (round 45)
                    continue
                subj = _sentence_subject(
                    doc, mentions, starts, x, s, kinds, standing
                )  # (later sentence: its subject)
                x = subj if subj is not None and in_region(country_of(subj.code), region) else x
                code = country_of(x.code)
                found = Mention(s, e, code, "country" if x.kind == "person" else x.kind, "anaphora")
                # Vietnam in reach is passed over for a foreign state named before (round 153: "Khi Côte d'Ivoire
                # ..., Việt Nam trở thành khách hàng lớn nhất của nước này"; "Séc kế thừa quan hệ với Việt Nam; năm
                # 2004, nước này ...": the Czech Republic), taken only when none is
                if code == "VNM" and m.group("state"):
                    own = own or found  # "... của Thụy Điển cho Việt Nam. Nước này cũng giúp ...": Sweden
                    k -= 1
                    continue
                out.append(found)
                own = None
                break
            k -= 1
        if own is not None:
            # "Đại sứ Hy Lạp tại Việt Nam ... đội tàu nước này": the ambassador's state, not the station (round 153)
            out.append(
                own if titled is None else Mention(s, e, country_of(titled.code), "country", "anaphora")
            )
        elif m.group("state") and (not out or out[-1].start != s):
            prior = _previous_paragraph_country(doc, low, mentions, starts, s)
            if (
                prior is not None
            ):  # "... I-ta-li-a và Việt Nam thiết lập quan hệ ... / Là ..., nước này ...": nothing
                out.append(Mention(s, e, prior, "country", "anaphora"))  # before it in its paragraph
    return out


# a state's own organ acting on "nước này" acts on its own state (round 35): "chính phủ lâm thời X đưa nước này ra khỏi O"
_ORGAN_OF: Final = re.compile(
    r"\b(?:chính phủ|chính quyền|quốc hội|nghị viện|nhà nước)(?: (?:lâm thời|mới|quân sự|liên bang|cách mạng))? $"
)
# a preposition before a name in a phrase fronted before "nước này" (round 45): "Vì tranh chấp tên gọi với Hy Lạp, ngày
# ... nước này được kết nạp ...", "Giành độc lập từ Anh ngày ..., vương quốc này ..." -- the name is no antecedent
_OBLIQUE: Final = re.compile(
    r"(?<!đối )\b(?:với|từ|khỏi|chống|chống lại) $"
)  # ("Đối với X, ... nước này": X, the topic)


def _fronted_oblique(doc: Document, low: str, x: Mention, s: int) -> bool:
    """``x`` stands after a preposition in a fronted phrase of the sentence of the demonstrative at ``s`` (a comma
    between them, none of ``.;:`` and no other clause break)."""
    if doc.sentence_at(x.start) is not doc.sentence_at(s) or not _OBLIQUE.search(
        low, max(0, x.start - 12), x.start
    ):
        return False
    gap = low[x.end : s]
    return "," in gap and not any(c in gap for c in ".;:")


# a state's name and "nước này" as subject and object of one short predicate ("X (đã / sớm) công nhận nước này", up to
# six words: "quân đội X cuối cùng mới rút hết khỏi nước này", round 27), not
# across a reporting or copular verb ("X khẳng định nước này ...", "X cho rằng nước này ...")
_OWN_SUBJECT: Final = re.compile(
    r"(?:\s+(?!rằng\b|là\b|biết\b|khẳng định\b|tuyên bố\b|cho\b|nói\b|nêu\b|và\b|với\b|của\b|thì\b)"
    r"[^\W\d][\w-]*){1,6}\s+(?:đất\s+)?$"
)


def _previous_paragraph_country(
    doc: Document, low: str, mentions: list[Mention], starts: list[int], s: int
) -> str | None:
    """For "nước này" with no country named before it in its own paragraph: the nearest foreign country (never
    Vietnam, "nước ta") named in the paragraphs before, within ``_THIS_REACH`` characters; None when its own
    paragraph names any country or person before it."""
    k = bisect_left(starts, s) - 1
    crossed = False
    while k >= 0 and s - mentions[k].end <= _THIS_REACH:
        x = mentions[k]
        crossed = crossed or "\n" in doc.text[x.end : s]
        if x.kind in ("country", "person") and x.via != "anaphora":
            if not crossed:
                return None  # its own paragraph names someone (passed over above for a reason)
            code = country_of(x.code)
            if code != "VNM" and not _TITLED.search(low, max(0, x.start - 16), x.start):
                return code
        k -= 1
    return None


# what may stand before a sentence's subject: nothing, or opening phrases closed by commas ("Năm 1973, ", "Năm 2014,
# trên cương vị Chủ tịch Nhóm 77, ": round 31); a state's forces or organ as the subject stand for it (round 35:
# "Ngày 2/8/1990, quân đội I-rắc chiếm đóng Cô-oét")
_SUBJECT_GAP: Final = re.compile(
    r"(?:[^,;:]*,){0,3}\s*(?:(?i:quân đội|chính phủ|chính quyền|nhà nước|lực lượng vũ trang)\s+)?$"
)


_IN_FRONTED: Final = re.compile(r"[^.;:]{0,60}?,")  # a fronted phrase goes on to a comma after the name
# a ruler's time fronted: "Dưới thời Tổng thống X, ...", "Trong nhiệm kỳ của Thủ tướng X, ..."
_RULE_OF: Final = re.compile(
    r"(?:[Dd]ưới thời|[Tt]hời|[Tt]rong nhiệm kỳ(?: của)?|[Dd]ưới sự lãnh đạo của)(?: [^\W\d_][\w-]*){0,3} $"
)


def _sentence_subject(
    doc: Document,
    mentions: list[Mention],
    starts: list[int],
    x: Mention,
    pos: int,
    kinds: tuple[str, ...],
    standing: list[Mention] | tuple[()] = (),
) -> Mention | None:
    """ "Ca-na-đa cùng Ba Lan, ... và In-đô-nê-xi-a tham gia ICCS. Tháng 7/1973, nước này rút khỏi Ủy ban":
    "nước này" in a later sentence points back to the subject of the sentence that names ``x`` (the nearest
    candidate), not to the last name of it; the same for the clause before a semicolon of the phrase's own sentence
    ("A cùng các nước B ký ...; ngày ..., nước này ...", round 31); None when that sentence opens on no such name,
    when ``x`` is in the phrase's own clause, or when the subject is Vietnam ("nước này" is a foreign country: Vietnam is "nước ta")."""
    cur = doc.sentence_at(pos)
    sent = doc.sentence_at(x.start)
    if cur is None or sent is None or sent.start > cur.start:
        return None
    s0 = sent.start
    if (
        sent.start == cur.start
    ):  # "A ký ... cùng các nước B ...; ngày ..., nước này ...": the clause before (round 31)
        semi = doc.text.rfind(";", x.end, pos)
        if semi < 0:
            return None
        s0 = doc.text.rfind(";", sent.start, x.start) + 1 or sent.start
    for m in mentions[bisect_left(starts, s0) : bisect_left(starts, x.start) + 1]:
        if m.kind not in kinds or m.via == "anaphora" and m not in standing:
            continue
        if not _SUBJECT_GAP.fullmatch(doc.text, s0, m.start):
            if (
                m.kind == "person"
                and _RULE_OF.search(doc.text, max(s0, m.start - 50), m.start)
                and _IN_FRONTED.match(doc.text, m.end)
            ):
                continue  # "Dưới thời Tổng thống X, người ..., Lu-xa-ca đăng cai ...": a fronted time (round 31)
            return None
        if country_of(m.code) == "VNM":
            return None
        return m
    return None
