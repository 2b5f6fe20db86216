"""Between two lines of body text: same block or a new one? (:class:`LineJoins`, the base of the walk
in :mod:`doingoai.structure.paragraphs`). The cues, strongest first:
* a heading, list item, label or source line starts a new block (when the line before could end);
* a line starting in lower case continues the block;
* a line that does not end a sentence is continued (text wrapped by a column, or a paragraph broken
  by a page break or a blank line in mid-sentence);
* after a line that ends a sentence: a blank line means a new paragraph (text extracted from a PDF);
  when the document ends wrapped lines with a space and a paragraph's last line without one, that
  decides; when blank lines separate the paragraphs, lines with none between belong together;
  otherwise (Word exports with a blank line after every line, text without blank lines) a new
  paragraph starts when the next line's first word would have fitted on the line before (with a
  margin), or with an ordinal opening an enumeration ("Thứ hai, ...").
"""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure import archive, boxes, chronology, headings, social, speech
from doingoai.structure.fields import MAX_RUN_LABEL_WORDS, field_line
from doingoai.structure.headings import start_kind
from doingoai.structure.layout import Layout, Raw
from doingoai.structure.lines import ends_sentence, first_word_len, local_width, starts_lower
from doingoai.structure.preamble_parts import is_addressee

SHORT = 0.6  # a line shorter than this share of the column width is "short"
FIT_MARGIN = 2
# "Thứ hai, ...": an ordinal that opens a paragraph of an enumeration
# the legal bases opening an official document's preamble, one a line ("Căn cứ Luật ...;")
_BASIS = re.compile(r"(?:Căn\s+cứ|(?:Xét|Theo)\s+(?:đề\s+nghị|[Tt]ờ\s+trình|[Bb]áo\s+cáo))\s")
# the recitals of a treaty's preamble, each its own paragraph after a blank line ("Xét rằng …,",
# "Mong muốn …,", "Đã thỏa thuận như sau:")
_RECITAL = re.compile(
    r"(?:Xét\s+(?:rằng|thấy)|(?:Với\s+)?[Mm]ong\s+muốn|Nhận\s+thức|Ghi\s+nhận|(?:Tái\s+)?[Kk]hẳng\s+định|"
    r"Thừa\s+nhận|Nhắc\s+lại|Quyết\s+tâm|Tin\s+tưởng|Đã\s+(?:thỏa|thoả)\s+thuận|Đã\s+nhất\s+trí)\s"
)
_RECITAL_FIRST = frozenset("XVMNGKTQĐ")
_ORDINAL = re.compile(r"Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b")
# a report's summing-up after its last item ("Trên đây là báo cáo …", "Trên đây là kết quả …"): a paragraph
# of its own after a sentence's end, whatever the widths say
_SUMMING_UP = re.compile(r"Trên\s+đây\s+là\s")
_BULLET_FIRST = frozenset("-•▪●○◦■□➢►✓*+–—")
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]\s+")  # "1. ", "2) ": a numbered item's number
MAX_FORMULA = 40  # characters of an upper-case enacting formula ("QUYẾT NGHỊ:")
MAX_NUMBERED_TITLE = 150  # characters of a numbered heading as wide as the text
MAX_HEADING_WORDS = 12  # words of an unnumbered heading standing on its own line in wrapped text
_OPEN_END = ",;:-–(/&"  # a line ending so goes on
_ALONE_END = ",!)"  # the last characters of a salutation or a stage direction

_AFTER_FRONT = frozenset((BlockType.HEADING, BlockType.TITLE, BlockType.AUTHOR, BlockType.AFFILIATION))


class LineJoins:
    def __init__(self, layout: Layout):
        self.lay = layout
        self.lines = layout.lines
        self.texts = layout.lines.texts
        # a post copied with its page's chrome ("Thích" looked for once: Lines.holds)
        self.post = layout.lines.holds("Thích") and social.is_post(layout.lines.text)

    # -- cues between two lines -------------------------------------------------------------------
    def _fits(self, p: int, i: int) -> bool:
        """The first word of line ``i`` would have fitted at the end of line ``p`` (with a margin of
        ``FIT_MARGIN`` characters: fonts are proportional, so character counts are approximate)."""
        return (
            len(self.texts[p]) + 1 + first_word_len(self.texts[i]) <= local_width(self.lines, i) - FIT_MARGIN
        )

    def _short(self, i: int) -> bool:
        return len(self.texts[i]) < SHORT * local_width(self.lines, i)

    def can_start(self, p: int, i: int, prev_type: BlockType, ends_p: bool) -> bool:
        """Line ``i`` may start a block after line ``p`` (``ends_p``: ``ends_sentence`` of line ``p``)."""
        if prev_type in _AFTER_FRONT:
            return True
        return (
            ends_p
            or self.texts[p][-1] == ";"
            or i in self.lay.gap
            or i in self.lay.soft
            or self.lay.cue
            and not self.lines.trail[p]
            or i in self.lay.indent
        )

    def joins(self, p: int, i: int, ends_p: bool, first: bool = False) -> bool:
        """Line ``i`` goes on with the block whose last line is ``p`` (``first``: ``p`` is that
        block's only line)."""
        tp, ti = self.texts[p], self.texts[i]
        if starts_lower(ti):
            return ti[0] != "l" or not archive.ocr_roman_one(
                ti
            )  # (OCR's "l." for "I.": a heading, round 167)
        if self.post and i != p + 1:
            return False  # the page's chrome dropped between ("Xem bản dịch", "Thích · Phản hồi"): a comment ends
        if ti[0] == "K" and i in self.lay.gap and is_addressee(ti):
            return False  # "Kính gửi: …" after a blank line: the addressee, a line of its own (round 167)
        if tp[-1] in _ALONE_END and speech.stands_alone(tp):
            return False  # after a salutation ("Thưa Quý vị,") or a stage direction ("(Vỗ tay)")
        if first and tp[-1] in ",!" and tp[0] in "KT" and i in self.lay.gap and speech.loose_salutation(tp):
            return False  # a letter's salutation over a blank line, however long its addressee (round 208)
        # (after a sentence's end, a blank line, another salutation or a bracket; not "… và\nMadam X,")
        if (
            ti[-1] in _ALONE_END
            and (ends_p or self.lines.blanks[i] or tp[-1] in ",)")
            and speech.stands_alone(ti)
        ):
            return False  # a salutation or a stage direction: a block of its own
        if first and tp.isupper() and boxes.caps_label(tp, ti):
            return False  # "EM CÓ BIẾT?", "TƯ LIỆU" over a box's text: a heading, not its first words
        if first and tp[-1] == ":" and not self.lines.blanks[i] and self._turn_text(p, i):
            return True  # "Phóng viên … hỏi:" over the question: the turn's paragraph
        if tp[-1] in ",!" and ti[0] in "KT" and speech.in_salutation_run(self.texts, p):
            return False  # "Kính thưa Ngài Trưởng nhóm … tại Hà Nội," over "Kính thưa các vị …,": one a line
        if ends_p and speech.opens_turn(ti):
            return False  # a speaker's turn ("Hỏi: ...", "PV: ...", "Đại sứ Trần Văn Nam: ...")
        if ti[0] in _RECITAL_FIRST and tp[-1] in ",;" and i in self.lay.gap and _RECITAL.match(ti):
            return False  # a treaty's recitals after a blank line ("…(sau đây gọi là “các Bên”)," / "Xét rằng …")
        if ti[0] in "CXT" and tp[-1] in ";,.:" and _BASIS.match(ti):
            return False  # "Căn cứ ...;" lines of an official document's preamble: one each
        if first and not ends_p and chronology.period_over_entry(tp, ti):
            return False  # "Giai đoạn 1954 – 1991" then "17/10/1954 – …": a period's heading, then its entry
        if len(tp) <= 8 and chronology.year_over_entry(tp, ti):
            return False  # "1960" then "- 02/12/1960: …": a chronology's year heading, then its entry
        if ends_p and ti[0] in "NTntĐđGgCc0123456789" and chronology.starts_entry(self.texts, p, i):
            return False  # "Ngày 3/2/1950: …" then "Tháng 6/1978 – …": a timeline's entries, one a line
        if (
            first
            and ":" in ti
            and field_line(tp, MAX_RUN_LABEL_WORDS)
            and field_line(ti, MAX_RUN_LABEL_WORDS)
        ):
            if field_line(tp) or field_line(ti):  # (one of them with a short label)
                return False  # "Thành lập: 1946" then "Trụ sở: Hà Nội": an infobox's fields, one a line
        if ti[-1] == ":" and len(ti) <= MAX_FORMULA and ti.isupper():
            return False  # a decision's enacting words standing alone ("QUYẾT NGHỊ:", "QUYẾT ĐỊNH:")
        if self.lay.indent:  # the document indents its paragraphs' first lines
            if i in self.lay.indent:
                return False
            if ends_p and i not in self.lay.gap:
                return not self._flush_heading(i)  # a line flush left goes on, but for a heading
        if not ends_p:
            if tp[-1] in ",;-–":
                return True
            if not _capital(ti):  # (but "Thế kỷ XX" on its own line, then its items "- Năm 1973: ...",
                return not (  # or "Tài liệu tham khảo", then "1. Đỗ Minh Khuê (2009), ...")
                    first and (headings.is_bullet(ti) or _ITEM_NUMBER.match(ti)) and self._title_line(p)
                )
            if self.lay.line_paragraphs:
                return False  # a line that is a heading or a headline
            if first and self._title_line(p):
                return False  # "Hợp tác phòng chống dịch SARS" on its own line, its paragraph below
            if i in self.lay.gap and self._short(p):
                return False  # a short line standing alone: a heading or a caption
            if self.lay.cue and not self.lines.trail[p] and i not in self.lay.soft:
                return False
            return True
        if self.lay.line_paragraphs:
            return False
        if ti[0] == "T" and _SUMMING_UP.match(ti):
            return False  # "… trong quý II/2026." then "Trên đây là báo cáo …": the report's closing words
        if i in self.lay.gap:
            # a blank line after a sentence end: a new paragraph, unless the document's trailing-space
            # cue says the line before was wrapped (PDF text with blank lines inside paragraphs)
            return self.lay.cue and self.lines.trail[p] and i not in self.lay.soft
        if ti[-1] == ":" and i + 1 < len(self.texts) and _opens_item(self.texts[i + 1]):
            # a one-line lead-in after a sentence end, its first item after it: a paragraph of its own
            # (or a heading: "Các nhiệm vụ chủ yếu …:"), but where only widths part paragraphs (a Word
            # export with a blank line after every line) a clause ("Hôm nay, tôi xin nêu ba điểm:")
            # goes on after a full line
            return self.lay.double and "," in ti and not self._fits(p, i)
        if self.lay.cue:
            return bool(self.lines.trail[p])
        if self.lay.blank_paragraphs and i not in self.lay.soft:
            return True
        return not self._fits(p, i) and _ORDINAL.match(ti) is None and not self._title_line(i)

    def _turn_text(self, p: int, i: int) -> bool:
        """Line ``p`` is a speaker's label alone and line ``i`` the turn's text (a capital first, no
        item's mark)."""
        ti = self.texts[i]
        if not ti[0].isupper() or _opens_item(ti) or ti[-1] == ":":
            return False
        return speech.speaker_label(self.texts[p])

    def _title_line(self, i: int) -> bool:
        """Line ``i`` is shaped like a heading of wrapped text: much shorter than the column, no end
        punctuation, a capital or a number first, at most ``MAX_HEADING_WORDS`` words, and followed
        by a longer line starting with a capital (its paragraph)."""
        t = self.texts[i]
        j = i + 1
        if j >= len(self.texts) or not (t[0].isupper() or t[0].isdigit()) or t[-1] in _OPEN_END:
            return False
        nxt = self.texts[j]
        if nxt[:1] in _BULLET_FIRST and headings.is_bullet(nxt):
            nxt = nxt[2:].lstrip()  # its first item ("- Năm 1973: ...") stands for its paragraph
        elif nxt[:1].isdigit() and (item := _ITEM_NUMBER.match(nxt)):
            nxt = nxt[item.end() :]  # "1. Đỗ Minh Khuê (2009), ..."
        if not nxt or len(nxt) <= len(t) or not _capital(nxt) or ends_sentence(t):
            return False
        return self._short(i) and len(t.split()) <= MAX_HEADING_WORDS

    def _flush_heading(self, i: int) -> bool:
        """In a document that indents first lines: line ``i``, flush left, is a heading (short, no end
        punctuation, upper case, and an indented line or a new block follows)."""
        t = self.texts[i]
        if ends_sentence(t) or t[-1] in ",;-–" or not t[0].isupper() or not self._short(i):
            return False
        j = i + 1
        return j < len(self.texts) and (j in self.lay.indent or start_kind(self.texts[j]) is not None)

    def sibling_bullet(self, block: Raw, t: str, kind: str | None) -> bool:
        """``t`` opens an item with the same bullet as the list item ``block`` ("* Công ước …" after
        "* Phong trào …"): a new item, even when the one before has no end punctuation."""
        if kind != "bullet" or block.type is not BlockType.LIST_ITEM:
            return False
        first = self.texts[block.lines[0]]
        return first[0] == t[0] and first[0] in _BULLET_FIRST

    def heading_continues(self, block: Raw, i: int, kind: str | None) -> bool:
        """Line ``i`` (which can start a ``kind`` of block) continues the heading ``block``."""
        p = block.lines[-1]
        tp, ti = self.texts[p], self.texts[i]
        if tp[0] == "=" and block.rank is not None and block.rank < headings.RANK_PART:
            return False  # a wiki heading ("== Lịch sử ==") is closed by its own marks
        if len(block.lines) == 1 and kind in (None, "caps") and headings.bare_part(tp):
            return not ends_sentence(ti) and len(ti) <= MAX_NUMBERED_TITLE  # "Chương I", then its title
        if len(block.lines) >= 3 or kind is not None or i in self.lay.indent:
            return False
        if i != p + 1 and not starts_lower(ti):
            return False  # a dropped line between ("2 giờ · 🌏" under a post's page name): the text below is its own
        if ends_sentence(tp):
            return False
        if block.caps:
            return ti.isupper() and not ends_sentence(ti)
        if starts_lower(ti):
            return True
        lay = self.lay
        if lay.line_paragraphs or (i in lay.gap and i not in lay.soft):
            return False  # lines are not wrapped, or a blank line parts them: the next line is its own block
        if len(block.lines) > 1 or ends_sentence(ti) or not ti[0].isupper():
            return False
        if self.lay.cue and not self.lines.trail[p]:
            return False
        if len(ti) > len(tp) and self._fits(p, i):
            return False  # "1. Khái quát", then a longer line whose first word would have fitted: body text
        return self._short(i) and (i + 1 >= len(self.texts) or not self._short(i + 1))


def _capital(t: str) -> bool:
    """``t`` opens with a capital, after a Spanish opening mark maybe ("¡Felicidades!", "¿Cómo …?")."""
    c = t[1] if t[0] in "¡¿" and len(t) > 1 else t[0]
    return c.isupper()


def _opens_item(t: str) -> bool:
    """``t`` opens an item of an enumeration: "Thứ nhất, ...", "1. ...", "a) ...", "- ..."."""
    return _ORDINAL.match(t) is not None or _ITEM_NUMBER.match(t) is not None or headings.is_bullet(t)
