"""The document around an evidence sentence, and the question read with names set aside.

* :class:`DocumentContext`: a sentence saying "hai nước" / "hai bên" / "phía bạn" stands for the
  parties its document names just before it (or in its title); a list item under "Nhiệm vụ trọng
  tâm năm 2024:" is about 2024. Documents are read once per question.
* :func:`analyse_question`: :func:`doingoai.question.analyse`, but names do not decide the language
  ("Who did Tô Lâm hold talks with?" is English though "Tô Lâm" carries Vietnamese marks).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from doingoai.answer import actors as actor_names
from doingoai.answer import relative
from doingoai.answer.persons import UPPER
from doingoai.answer.required import has_deixis
from doingoai.answer.terms import LOOSE, Concept, contains_all, exact_index, required_actors
from doingoai.fold import fold
from doingoai.question import Question, analyse
from doingoai.structure.headings import heading_rank

_FORUMS = {"organisation", "body"}  # actors a document may name once and then leave out
MAX_SECTION_HEAD = 120  # characters of a section heading a list item sits under


class DocumentContext:
    """What a sentence's document says before it (and in its title)."""

    WINDOW = 1500  # characters before the sentence searched for the parties
    LEAD_WINDOW = 800  # characters before a list item searched for the line introducing it
    JUST_BEFORE = 200  # characters before a sentence read for another ordinal (the sentence it follows)

    def __init__(self, kb, codes: set[str]):
        self.kb, self.codes = kb, codes
        self.docs: dict[int, tuple[str, str]] = {}
        self.named: dict[str, list] = {}  # text -> its actor mentions (no deixis), read once
        self.dates: dict[int, str | None] = {}  # the document's own date (meta "date")

    def _mentions(self, text: str) -> list:
        if text not in self.named:
            from doingoai.extract.mentions import mentions_in

            self.named[text] = [m for m in mentions_in(text) if m.via != "deixis"]
        return self.named[text]

    def _doc(self, doc_id: int) -> tuple[str, str]:
        if doc_id not in self.docs:
            row = self.kb.document(doc_id) or {}
            title = (
                row.get("title") or (row.get("meta") or {}).get("title") or ""
            )  # the column, or older meta
            self.docs[doc_id] = (row.get("text") or "", title)
            self.dates[doc_id] = (row.get("meta") or {}).get("date")
        return self.docs[doc_id]

    def relative(self, hit: dict[str, Any]) -> str:
        """The dates the sentence's relative ones ("Năm ngoái", "Tháng trước") stand for, read from its
        document's own date (" năm 2024 tháng 12/2024"), and the year of "năm đó" from the text before it
        (:func:`relative.story_year`); "" when it has none."""
        if "doc_id" not in hit:
            return ""
        story = relative.story_year(hit["text"], self.just_before(hit, self.WINDOW))  # "Cuối năm đó, …"
        if not relative.cue(hit["text"]):
            return story
        self._doc(hit["doc_id"])
        return relative.resolved(hit["text"], self.dates.get(hit["doc_id"])) + story

    def own_year(self, hit: dict[str, Any]) -> str:
        """The year of the sentence's document, for a sentence writing none (:func:`relative.document_year`)."""
        if "doc_id" not in hit:
            return ""
        _, title = self._doc(hit["doc_id"])
        return relative.document_year(hit["text"], title, self.dates.get(hit["doc_id"]))

    def document(self, doc_id: int) -> tuple[str, str]:
        """The document's (text, title)."""
        return self._doc(doc_id)

    def title(self, doc_id: int) -> str:
        """The document's title ("" if none)."""
        return self._doc(doc_id)[1]

    def lead_in(self, hit: dict[str, Any]) -> str:
        """The line introducing the list the sentence is in ("Nhiệm vụ trọng tâm năm 2024:"), if any:
        the nearest line before it ending in ":" (up to six lines back)."""
        if "doc_id" not in hit:
            return ""
        text, _ = self._doc(hit["doc_id"])
        before = text[max(0, hit["start"] - self.LEAD_WINDOW) : hit["start"]]
        lines = [ln.strip() for ln in before.split("\n") if ln.strip()]
        item = hit.get("type") == "list_item"
        # (or, for an item, its section's heading when nearer: "2. Về nhiệm vụ trong Năm Chủ tịch 2020")
        lead = next(
            (
                k
                for k in range(len(lines) - 1, len(lines) - 7, -1)
                if k >= 0 and (lines[k].endswith(":") or item and _section_head(lines[k]))
            ),
            None,
        )
        if lead is None:
            return ""
        if not item or (rank := heading_rank(lines[lead])) is None:
            return lines[lead]
        # and the headings above it, each numbered higher ("I. KẾT QUẢ NĂM 2024" over "1. Quan hệ …")
        found = [lines[lead]]
        for ln in reversed(lines[max(0, lead - 6) : lead]):
            r = heading_rank(ln)
            if r is not None and r < rank and _section_head(ln):
                found.append(ln)
                rank = r
        return " ".join(found)

    def heading_over(self, hit: dict[str, Any]) -> str:
        """The section heading right above the paragraph a sentence (no list item) is in ("2. Kế hoạch năm
        2026" over "Mở rộng sang thị trường …, dự kiến đưa 600 lao động …"): the paragraph is about what it
        heads, its year; "" when the line before the paragraph is no heading."""
        if "doc_id" not in hit or hit.get("type") == "list_item":
            return ""
        text, _ = self._doc(hit["doc_id"])
        start = hit.get("passage_start", hit["start"])
        before = text[max(0, start - MAX_SECTION_HEAD - 4) : start]
        if not before.endswith("\n"):
            return ""  # (the line before is cut: a paragraph wrapped, no block of its own)
        lines = [ln.strip() for ln in before.split("\n")[1:] if ln.strip()]
        return lines[-1] if lines and _section_head(lines[-1]) and heading_rank(lines[-1]) is not None else ""

    def in_plan(self, hit: dict[str, Any]) -> bool:
        """The sentence is a list item of a plan: its document is titled "Kế hoạch …" / "Chương trình …",
        or the headings it sits under say what is to be done ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")."""
        if "doc_id" not in hit or hit.get("type") != "list_item" or _NOT_DONE.match(hit["text"]):
            return False  # ("6. Chưa xem xét việc mở …": what is not to be done)
        title = self._doc(hit["doc_id"])[1]
        return bool(_PLAN_TITLE.match(title) or _PLAN_HEAD.search(self.lead_in(hit)))

    def asked_line(self, hit: dict[str, Any]) -> str:
        """The question a Q&A page answers with the sentence's paragraph ("Hỏi: Việt Nam đã mấy lần
        là Ủy viên ... Hội đồng Bảo an?" before "Đáp: Hai lần. Việt Nam trúng cử ..."): the line
        just before a paragraph opening with an answer mark, when it opens with a question mark;
        else ""."""
        if "doc_id" not in hit:
            return ""
        text, _ = self._doc(hit["doc_id"])
        start = min(hit.get("passage_start", hit["start"]), hit["start"])
        if not _ANSWER_MARK.match(text, start, hit["end"]):
            return ""
        before = text[max(0, start - self.LEAD_WINDOW) : start]
        lines = [ln.strip() for ln in before.split("\n") if ln.strip()]
        return lines[-1] if lines and _QUESTION_MARK.match(lines[-1]) else ""

    def deixis(self, hit: dict[str, Any], required: list[Concept]) -> str | None:
        """The names of the asked actors, when the sentence refers to them ("hai nước", "hai bên",
        "phía bạn", or a name cut short: "vào Hội đồng" for "Hội đồng Nhân quyền") and the title or
        the text just before it names every required actor, or when it answers a Q&A page's
        question naming them (:meth:`asked_line`); else None."""
        if "doc_id" not in hit:
            return None
        asked = self.asked_line(hit)
        if asked and contains_all(required, " ".join((hit["text"], hit.get("passage", ""), asked))):
            return " ".join(actor_names.display(c) for c in sorted(self.codes))
        if not (has_deixis(hit["text"]) or _short_forms(required, hit["text"])):
            return None
        text, title = self._doc(hit["doc_id"])
        before = _capitals_read(title + " " + text[max(0, hit["start"] - self.WINDOW) : hit["start"]])
        # (an asked actor the sentence names itself need not be named before: "Hoa Kỳ ký Công ước …")
        missing = [alts for alts in required if not contains_all([alts], hit["text"])]
        if not contains_all(missing, before) or self._others_since(before, hit["text"]):
            return None
        return " ".join(actor_names.display(c) for c in sorted(self.codes))

    def ours(self, hit: dict[str, Any], required: list[Concept]) -> str | None:
        """The names of the asked actors, when the sentence writes Vietnam as its writer's own country
        ("Quốc hội nước ta phê chuẩn …", "Chính phủ ta") and, read so, names every one of them; else None."""
        if not any(c == "VNM" or c.startswith("VNM_") for c in self.codes):
            return None  # (Vietnam or one of its bodies asked: "VNM_NA", its National Assembly)
        read = _OURS.sub(lambda m: (m.group(1) or "") + " Việt Nam", hit["text"])
        if read == hit["text"] or not contains_all(required, read):
            return None
        return " ".join(actor_names.display(c) for c in sorted(self.codes))

    def forum_before(self, hit: dict[str, Any], index: str) -> str | None:
        """The names of the asked actors the sentence leaves out, when they are all organisations or
        forums that its title or the text just before it names ("Hội nghị Bộ trưởng lần thứ nhất
        được tổ chức tại Cảnh Hồng" in a press release titled "... Hợp tác Mê Công – Lan Thương
        ..."), or countries its title names while the sentence names no other ("1. Hội nghị dự kiến
        được tổ chức tại Đà Nẵng ..." in a plan titled "... Hội nghị ... ASEAN – Nhật Bản ...");
        else None."""
        missing = {c for c in self.codes if c != "VNM" and not contains_all(required_actors({c}), "", index)}
        kinds = {actor_names.kind(c) for c in missing}
        if "doc_id" not in hit or not missing or not kinds <= _FORUMS | {"country", "person", "agreement"}:
            return None
        if any(m.kind in kinds | _FORUMS and m.code not in self.codes for m in self._mentions(hit["text"])):
            return None  # the sentence names another forum or country: it is about that one
        text, title = self._doc(hit["doc_id"])
        if title.isupper():  # "... VIỆT NAM – TRUNG QUỐC": the names as a sentence writes them
            title += " " + title.title()
        before = (  # (a country: named by the title, or by the headings an item sits under)
            title + " " + self.lead_in(hit)
            if "country" in kinds
            else title + " " + text[max(0, hit["start"] - self.WINDOW) : hit["start"]]
        )
        if not contains_all(required_actors(missing), before):
            return None
        return " ".join(actor_names.display(c) for c in sorted(self.codes))

    def place_of(self, hit: dict[str, Any]) -> str | None:
        """The names of the asked countries, when the sentence names none but a province or city
        ("với tỉnh Ta-keo") that the document named before in a block saying whose it is, itself or by
        the headings it sits under ("hai tỉnh Ta-keo và Kan-đan" under "1. Quan hệ với các tỉnh giáp
        biên của Cam-pu-chia"); else None."""
        places = [m.group(1) for m in _SUBNATIONAL.finditer(hit["text"])] if "doc_id" in hit else []
        asked = {c for c in self.codes if c != "VNM" and actor_names.kind(c) == "country"}
        if not places or not asked or asked != self.codes - {"VNM"}:
            return None
        if any(m.kind == "country" and m.code not in self.codes for m in self._mentions(hit["text"])):
            return None  # another country named: the place is its
        text, _ = self._doc(hit["doc_id"])
        required = required_actors(asked)
        from doingoai.extract.places import place_keys

        known = place_keys()
        for name in places:
            country = known.get(name.lower())  # (a place the table does not know: the text decides)
            if country is not None and country not in asked:
                continue  # a place the table knows as another country's ("tỉnh Nghệ An": Vietnam's)
            at = text.rfind(name, 0, hit["start"])
            if at < 0:
                continue
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            block = text[start : end if end >= 0 else len(text)]
            heads = self.lead_in({"doc_id": hit["doc_id"], "start": start, "type": "list_item"})
            if contains_all(required, block + " " + heads):
                return " ".join(actor_names.display(c) for c in sorted(self.codes))
        return None

    def own_act(self, hit: dict[str, Any], required: list[Concept]) -> str | None:
        """The names of the asked actors, when the sentence speaks of the document itself ("Nghị quyết
        này đã được Quốc hội … thông qua ngày …") and its title names every one of them; else None."""
        title = self.own_title(hit)
        if (
            title.isupper()
        ):  # "… CỘNG HÒA CHI-LÊ": the names as a sentence writes them ("Chi-lê", "Xri Lan-ca")
            title += " " + " ".join(w.capitalize() for w in title.split())
        if not title or not contains_all(required, title):
            return None
        return " ".join(actor_names.display(c) for c in sorted(self.codes))

    def entry_of(self, hit: dict[str, Any], required: list[Concept]) -> str | None:
        """The name of the asked actor, when the sentence's document is an entry titled by that name alone
        ("Mô-dăm-bích", "Liên minh châu Phi (AU)") and the sentence names no other actor of its kind in its
        place, or opens with the name's first words ("Liên minh chính thức ra mắt …, thay thế OAU"):
        "Hiệp định hòa bình chung được hai bên ký tại Rô-ma …" there speaks of the entry's subject; else None."""
        if "doc_id" not in hit or len(required) != 1:
            return None
        title = self._doc(hit["doc_id"])[1]
        if not title or len(title) > 80 or not contains_all(required, title):
            return None
        words = re.findall(r"\w+", re.sub(r"\([^()]*\)", " ", title))
        if len(words) > max(len(re.findall(r"\w+", a)) for a in required[0]):
            return None  # (a title saying more than the name: "Quan hệ Việt Nam – Mô-dăm-bích")
        opens = len(words) >= 2 and re.findall(r"\w+", hit["text"])[:2] == words[:2]
        if not opens and self.names_others(hit["text"], required):
            return None
        return " ".join(actor_names.display(c) for c in sorted(self.codes))

    def own_title(self, hit: dict[str, Any]) -> str:
        """The document's title when the sentence speaks of the document itself ("Nghị quyết này …
        thông qua ngày …": what it says is about what the title names); else ""."""
        if "doc_id" not in hit or _OWN_ACT.search(hit["text"]) is None:
            return ""
        return self._doc(hit["doc_id"])[1]

    def just_before(self, hit: dict[str, Any], reach: int = JUST_BEFORE) -> str:
        """The document's text just before the sentence (``reach`` characters), or ""."""
        if "doc_id" not in hit:
            return ""
        return self._doc(hit["doc_id"])[0][max(0, hit["start"] - reach) : hit["start"]]

    def year_after(self, hit: dict[str, Any], names: list[Concept], year: int | None) -> str:
        """The asked year (" 2024"), when the text just before the sentence writes it right after one
        of the names the sentence leaves out ("Hội nghị … (CHOGM) 2024 đã bế mạc …" then "Các nhà lãnh
        đạo đã nhất trí chọn …": about CHOGM 2024); else ""."""
        if year is None or not names or "doc_id" not in hit:
            return ""
        before = self.just_before(hit, self.WINDOW)
        for alts in names:
            for name in alts:
                if name and re.search(rf"(?<!\w){re.escape(name)}\W{{0,3}}{year}(?!\d)", before):
                    return f" {year}"
        return ""

    def titled_ordinals(self, hit: dict[str, Any], wanted) -> str:
        """A sentence writing no ordinal, in a document whose title writes the ordinals asked: "Phát
        biểu khai mạc, đồng chí X …" under "Khai mạc Cuộc gặp … lần thứ 18" is about the 18th meeting
        (never when the text just before it writes another one). The title, read with the sentence;
        else "" (never for "first": a word any title may write, no number)."""
        from doingoai.ordinals import ordinals_in

        if not wanted or 1 in wanted or "doc_id" not in hit or ordinals_in(hit["text"]):
            return ""
        title = self._doc(hit["doc_id"])[1]  # (its "lần đầu" is no other meeting; "lần thứ 17" just
        other = ordinals_in(self.just_before(hit)) - wanted - {1}  # before it may be)
        return title if not other and wanted <= ordinals_in(title) else ""

    def names_others(self, sentence: str, required: list[Concept]) -> bool:
        """Whether the sentence leaves out an asked actor and names another of its kind in its place:
        its paragraph's other sentences then cannot lend it the asked one ("Việt Nam và Mê-hi-cô
        thiết lập quan hệ ..." beside "Việt Nam và Pê-ru đặt quan hệ ..." is about Mexico; "Ấn Độ
        ... không ký Hiệp định" still lends RCEP from its paragraph: a country is no agreement)."""
        if not required or contains_all(required, sentence):
            return False
        index = exact_index(sentence)
        missing = {c for c in self.codes if c != "VNM" and not contains_all(required_actors({c}), "", index)}
        kinds = {actor_names.kind(c) for c in missing}
        return any(
            m.kind in kinds and m.code != "VNM" and m.code not in self.codes for m in self._mentions(sentence)
        )

    def _others_since(self, before: str, sentence: str = "") -> bool:
        """Whether an actor of an asked one's kind is named after the last of them in ``before``:
        "hai nước" then stands for it ("Việt Nam và Pê-ru đặt quan hệ ... Ác-hen-ti-na là đối tác ...
        Hai nước lập quan hệ ..." is about Argentina). An asked actor ``sentence`` names itself is no
        one's stand-in: "Hoa Kỳ ký Công ước …" after "Xô-ma-li … phê chuẩn Công ước" still names Hoa Kỳ."""
        before = _US_DOLLAR.sub("đô-la", before)  # ("ước đạt 6 triệu đô-la Mỹ": a currency, no party)
        found = [m for m in self._mentions(before) if m.code != "VNM"]
        asked = [i for i, m in enumerate(found) if m.code in self.codes]
        if not asked:
            return False  # the asked actors only in the title: kept as before
        own = {m.code for m in self._mentions(sentence)} if sentence else set()
        kinds = {actor_names.kind(c) for c in self.codes - own if c != "VNM"}  # an agreement's parties do not
        return any(m.kind in kinds and m.code not in self.codes for m in found[asked[-1] + 1 :])  # replace it

    def names_before(self, hit: dict[str, Any], required: list[Concept], index: str) -> bool:
        """The title and the text just before the sentence, when the sentence leaves out only names
        (no years, no figures, but a year the document's title writes) that they write: "Hội nghị Cấp cao lần thứ nhất được tổ chức tại Hua
        Hin" in a page titled "Hội nghị Cấp cao Ủy hội sông Mê Công ..." is about "Ủy hội"."""
        missing = [alts for alts in required if not contains_all([alts], "", index)]
        if "doc_id" not in hit or not missing:
            return False
        text, title = self._doc(hit["doc_id"])
        years = [alts for alts in missing if any(a[:1].isdigit() for a in alts)]
        if years and not contains_all(years, title):
            return False  # a year only from the title ("NGHỊ QUYẾT Về việc phê chuẩn Công ước … năm 1982")
        before = title + "\n" + text[max(0, hit["start"] - self.WINDOW) : hit["start"]]
        # a heading in capitals names as a sentence writes them: "SỞ NGOẠI VỤ", "TRƯỜNG ĐẠI HỌC NHA TRANG"
        capitals = " ".join(ln.title() for ln in before.splitlines() if ln.isupper())
        return contains_all(missing, before + "\n" + capitals)


# a province, city or state named by its kind ("tỉnh Ta-keo", "thành phố Vũng Tàu", "bang Texas")
_SUBNATIONAL = re.compile(rf"(?<!\w)(?:tỉnh|thành phố|bang)\s+([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)")
# a Q&A page: "Hỏi: ...?" then "Đáp: ..." ("Câu hỏi", "Trả lời", "H:", "TL:", "Q:", "A:")
# the document speaking of itself: "Nghị quyết này", "Quyết định này có hiệu lực …"
_OWN_ACT = re.compile(
    r"\b(?:Nghị quyết|Quyết định|Nghị định|Chỉ thị|Thông tư|Luật|Pháp lệnh|Lệnh|Văn bản"
    r"|Hiệp định|Hiệp ước|Công ước|Nghị định thư|Thỏa thuận|Bản ghi nhớ) này\b"  # (a treaty's text of itself)
    r"|^\s*Làm tại\s",  # a treaty's closing line "Làm tại Cô-lôm-bô, ngày …": where the text itself was done
    re.I,
)
_ITEM_MARK = re.compile(r"[-+*•–]\s|\(?[a-zđ]\)\s")


_US_DOLLAR = re.compile(r"(?<!\w)(?:đô[- ]la|Đô[- ]la)\s+Mỹ(?!\w)")


def _capitals_read(text: str) -> str:
    """``text`` with each line in capitals followed by its words as names are written ("THƯƠNG VỤ VIỆT NAM
    TẠI BRA-XIN" then "Thương Vụ Việt Nam Tại Bra-xin"), in its place: an issuer's or a heading's names, found
    as a sentence writes them."""
    lines = text.split("\n")
    return "\n".join(
        ln + "\n" + " ".join(w[:1] + w[1:].lower() for w in ln.split()) if ln.isupper() else ln
        for ln in lines
    )


def _section_head(line: str) -> bool:
    """A short line ending like no sentence, not itself an item ("- …", "a) …"): a section's heading."""
    return len(line) <= MAX_SECTION_HEAD and line[-1] not in '.;!?…,”")' and _ITEM_MARK.match(line) is None


_QUESTION_MARK = re.compile(r"(?:hỏi|câu hỏi(?:\s+\d+)?|q|question)\s*[:.]\s*\S", re.I)
# a plan's title, and the heading of a report's part on what is to be done
_PLAN_TITLE = re.compile(r"\s*(?:kế hoạch|chương trình hành động|chương trình công tác)\b", re.I)
_NOT_DONE = re.compile(r"[\W\d]*(?:chưa|không|lùi|hoãn|tạm dừng)(?!\w)", re.I)
_PLAN_HEAD = re.compile(r"\b(?:phương hướng|kế hoạch|nhiệm vụ)\b", re.I)
# Vietnam written as the writer's own country: "nước ta", "Quốc hội ta", "Chính phủ ta", "Đảng ta"
_OURS = re.compile(r"(?<!\w)(?:(Nhà nước|Quốc hội|Chính phủ|Đảng|phía)\s+(?:nước\s+)?|nước\s+)ta(?!\w)", re.I)
_ANSWER_MARK = re.compile(r"(?:đáp|trả lời|tl|a|answer)\s*:\s*\S", re.I)


def _short_forms(required: list[Concept], sentence: str) -> bool:
    """Every required actor the sentence does not name is there by the first two words of one of
    its names of three words or more ("Hội đồng" for "Hội đồng Nhân quyền")."""
    index = exact_index(sentence)
    missing = [alts for alts in required if not contains_all([alts], sentence, index)]
    return bool(missing) and all(
        any(
            len(a.split()) >= 3
            and (
                _cut_short(" ".join(a.lstrip(LOOSE).split()[:2]), sentence)
                or (a.lstrip(LOOSE).startswith("Tòa ") and _COURT_ALONE.search(sentence) is not None)
            )
            for a in alts
        )
        for alts in missing
    )


# a court named by its head word alone, as Vietnamese writes it once named ("Tòa gồm 15 thẩm phán" after "Tòa án
# Công lý quốc tế"); "Tòa án nhân dân …", "Tòa Trọng tài …" are names of their own
_COURT_ALONE = re.compile(rf"(?<!\w)Tòa(?!\w)(?!\s+(?:án|[{UPPER}]))")


def _cut_short(prefix: str, sentence: str) -> bool:
    """``prefix`` stands alone in the sentence: not the start of another name ("ký Hiệp định Đối tác
    Toàn diện ..." is another agreement, not "Hiệp định ... Khu vực" cut short)."""
    return bool(re.search(rf"(?<!\w){re.escape(prefix)}(?!\w)(?!\s+[{UPPER}])", sentence))


_WORD = re.compile(r"(?<=\s)[^\W\d_][\w'’-]*")


def analyse_question(text: str) -> Question:
    """The question analysed with its capitalised words (names) unaccented for the language test."""
    q = analyse(text)
    if q.lang != "vi":
        return q
    plain = _WORD.sub(lambda m: fold(m.group(0)) if m.group(0)[:1].isupper() else m.group(0), text)
    q2 = analyse(plain)
    return replace(q2, text=q.text) if q2.lang == "en" else q
