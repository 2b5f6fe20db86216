"""Lines above the title that are not the title: a news page's category and date line, an issuing
body with its decoration, a document number, a place and date.

* Marker lines: a dateline ("Thời sự | Thứ Hai, 07/10/2024 22:15", "07/10/2024 22:15 GMT+7"), a place
  and date ("Hà Nội, ngày 8 tháng 8 năm 2018", also with dots for the numbers), a document number
  ("Số 25-CT/TW", "Số: 12/BC-BNG"), the national name and motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  NAM", "Độc lập - Tự do - Hạnh phúc"; also in a column beside the issuer or the number), the Party's
  name on a line of its own ("ĐẢNG CỘNG SẢN VIỆT NAM"), a decoration ("*", "-----", "* * *").
* An issuing body: a short run of upper-case lines followed by marker lines and then by more
  upper-case lines (the title still to come): "ĐẢNG CỘNG SẢN VIỆT NAM" / "*" / "QUÁN TRIỆT ...".
  An upper-case run followed by markers and then body text is the title itself.
* Two columns on one line (a two-column table flattened to text): the issuer, its number or its
  decoration on the left, the national name, the motto or the place and date on the right, set
  apart by a run of spaces ("BỘ NGOẠI GIAO      CỘNG HÒA XÃ HỘI ...", "Số: 215/TB-BNG      Hà Nội,
  ngày ..."), or by one space where a tab was (the clean stage turns a tab into a space): then the
  line is cut where a national name, motto, number or place and date starts or ends and the other
  side names an issuing body. A line is cut only when every column is one of these parts and one
  of them is more than an upper-case name (:func:`columns`).
* The addressee of a letter ("Kính gửi: Bộ Công Thương", or "Kính gửi:" and its "- ..." lines).

Markers right after the title are front matter too (not headings). Decorations are dropped.
"""

from __future__ import annotations

import re

from doingoai.structure.lines import Lines, ends_sentence

MAX_TOP = 10  # lines at the top looked at
MAX_ISSUER_LINES = 3
MAX_MARKER = 100  # characters

_DECORATION = re.compile(r"^[*\-–—_=~·•.\s]{1,80}$")
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_YMD = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NGAY = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
# an abbreviated city before a place name ("TP. Hồ Chí Minh", "Tp. Cần Thơ", "T.P. Huế")
_CITY = r"(?:T\.?[Pp]\.\s*)?"
_PLACE_DATE = re.compile(
    rf"^{_CITY}[^\d,.;:]{{2,40}},\s*(?:ngày|Ngày)\s+(?:\d{{1,2}}|[.…]+)\s+tháng\s+(?:\d{{1,2}}|[.…]+)\s+năm\s+(?:\d{{4}}|[.…]+)\.?$"
)
# a place and a date in figures, also in brackets under a speech's occasion ("(Bu-đa-pét, ngày 3/2/2020)",
# "Hà Nội, 25/10/2007", "(Hà Nội, ngày 3 tháng 2 năm 2020)"), or a month ("Hà Nội, tháng 4 năm 2014")
_PLACE_NUMERIC_DATE = re.compile(
    rf"^(?:\(\s*{_CITY}[^\d,.;:()]{{2,40}},\s*(?:ngày\s+)?(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|"
    rf"\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})\s*\)|{_CITY}[^\d,.;:()]{{2,40}},\s*(?:(?:ngày\s+)?\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|"
    rf"tháng\s+\d{{1,2}}(?:\s+năm\s+|\s*[/.-]\s*)\d{{4}}))$",
    re.IGNORECASE,
)
_PLACE_MONTH = re.compile(r",\s*tháng\s+(\d{1,2})(?:\s+năm\s+|\s*[/.-]\s*)(\d{4})\s*\)?$", re.IGNORECASE)
_DOC_NUMBER = re.compile(r"^(?:Số|SỐ)\s*:?\s*[\w.…]*[-/]\S+$")  # (the number may be left blank)
_MOTTO = re.compile(r"^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc$", re.IGNORECASE)
# the state's or the Party's name heading an official document: a line of its own, or a column of a
# line that holds two (issuer and national name, number and motto) set apart by a wide gap
_NATION = r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
_MOTTO_TEXT = r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc"
_NATIONAL = re.compile(rf"^(?:{_NATION})$")
_COLUMN = re.compile(rf"(?:^|\S(?:\s{{3,}}|\t\s*))(?:{_NATION}|(?i:{_MOTTO_TEXT}))(?:$|(?:\s{{3,}}|\s*\t)\S)")
_WORDISH = re.compile(r"[^\W\d_]{2}")


def is_decoration(t: str) -> bool:
    return _DECORATION.match(t) is not None


def is_marker(t: str) -> bool:
    """A decoration, dateline, place and date, document number, motto or addressee line, or a line
    of two columns holding such parts (:func:`columns`)."""
    if len(t) > MAX_MARKER:
        return len(t) <= MAX_COLUMN_LINE and "  " in t and columns(t) is not None
    if t[0] in "*-–—_=~·•." and is_decoration(t):
        return True
    if t[-1] == "." and not _PLACE_DATE.match(t):
        return False  # (a sentence)
    if t[0] == "V" and subject_columns(t) is not None:
        return False  # (the title starts here)
    if _PLACE_DATE.match(t) or _DOC_NUMBER.match(t) or _MOTTO.match(t) or is_national(t):
        return True
    if (t[-1] == ")" or t[-1].isdigit()) and "," in t and _PLACE_NUMERIC_DATE.match(t):
        return True  # "(Bu-đa-pét, ngày 3/2/2020)", "Hà Nội, 25/10/2007"
    if t[0] in "KkS" and is_addressee(t):
        return True
    return _dateline(t) or columns(t) is not None


def is_addressee(t: str) -> bool:
    """ "Kính gửi: ..." (a letter's addressee)."""
    return _ADDRESSEE.match(t) is not None


# -- two columns on one line ---------------------------------------------------------------------

MAX_COLUMN_LINE = 160
MAX_ISSUER = 70  # characters of an issuing body's name in a column
_SPECIFIC = frozenset(("nation", "motto", "number", "place_date"))
_GAP = re.compile(r"\s{2,}")
_SPACES = re.compile(r" +")
# where a column that is more than an upper-case name can be: a national name, the motto, a number,
# a place and date (what a line must hold before it is cut at a single space)
_ANCHOR = re.compile(
    rf"{_NATION}|(?i:{_MOTTO_TEXT})|(?:^|\s)(?:Số|SỐ)\s*:?\s*[\w.…]*[-/]\S|"
    r",\s*(?:ngày|Ngày)\s+(?:\d{1,2}|[.…]+)\s+tháng\s+(?:\d{1,2}|[.…]+)\s+năm\s+(?:\d{4}|[.…]+)\.?$|"
    r",\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$"
)
# an issuing body named with one space beside another column must start like one
_ISSUER_START = re.compile(
    r"^(?:BỘ|BAN|ĐẢNG|TỈNH|(?:THÀNH|THỊ|HUYỆN|QUẬN)\s+(?:ỦY|UỶ|PHỐ|XÃ|ĐOÀN)|UBND|HĐND|Ủ?Y\s+BAN|UỶ\s+BAN|"
    r"VỤ|CỤC|TỔNG\s+CỤC|SỞ|VĂN\s+PHÒNG|HỘI\s+ĐỒNG|QUỐC\s+HỘI|CHÍNH\s+PHỦ|ĐẠI\s+SỨ\s+QUÁN|"
    r"(?:TỔNG\s+)?LÃNH\s+SỰ\s+QUÁN|PHÁI\s+ĐOÀN|HỌC\s+VIỆN|VIỆN|TRƯỜNG\s+(?:ĐẠI|CAO|CHÍNH|SĨ)|"
    r"TRUNG\s+TÂM|MẶT\s+TRẬN|LIÊN\s+HIỆP|TÒA\s+ÁN|THANH\s+TRA|KIỂM\s+TOÁN|BỘ\s+TƯ\s+LỆNH|"
    r"TẬP\s+ĐOÀN|CÔNG\s+TY|NGÂN\s+HÀNG|TẠP\s+CHÍ)\b"
)
# ... and end like a name, not like a phrase going on into the next column ("QUAN HỆ VỚI")
_OPEN_END = re.compile(r"\b(?:VỚI|VÀ|CỦA|NƯỚC|TRONG|Ở|TẠI|GIỮA|VỀ|CHO|ĐỐI|LÀ|THEO|CÙNG)$")
MAX_ISSUER_WORDS = 8
# an official letter's subject under its number, which is all the title it has ("V/v ..."); in the
# number's column it may stand beside the place and date
LETTER_SUBJECT = re.compile(r"^(?:V/[vV]|V\.v\.?|Về\s+việc)\s")
_ADDRESSEE = re.compile(r"^(?:Kính\s+gửi|KÍNH\s+GỬI|Kính\s+Gửi)\s*:")


def starts_like_issuer(t: str) -> bool:
    """An upper-case name starting like an issuing body's ("BỘ NGOẠI GIAO", "BAN TUYÊN GIÁO TRUNG
    ƯƠNG") and ending like a name (not "QUAN HỆ VỚI")."""
    return (
        _ISSUER_START.match(t) is not None
        and len(t.split()) <= MAX_ISSUER_WORDS
        and _OPEN_END.search(t) is None
    )


# what a briefing's or report's title says it is, first ("THÔNG TIN CƠ BẢN VỀ ...", "BÁO CÁO TÌNH HÌNH ...")
_TITLE_KIND = re.compile(
    r"^(?:THÔNG\s+(?:TIN|CÁO|BÁO)|BÁO\s+CÁO|TÀI\s+LIỆU|TUYÊN\s+BỐ|KẾ\s+HOẠCH|ĐỀ\s+(?:ÁN|CƯƠNG)|"
    r"CHƯƠNG\s+TRÌNH|HƯỚNG\s+DẪN|TÓM\s+TẮT|BẢN\s+TIN|ĐIỂM\s+TIN|TỔNG\s+(?:QUAN|HỢP|KẾT)|GIỚI\s+THIỆU|"
    r"NGHỊ\s+QUYẾT|CHỈ\s+THỊ|QUYẾT\s+ĐỊNH|KẾT\s+LUẬN|(?:BÀI\s+)?PHÁT\s+BIỂU|DIỄN\s+VĂN)\b"
)
_BODY_DASH = re.compile(r"\s[-–—]\s")  # "BỘ NGOẠI GIAO – VỤ CHÂU ÂU": a body and its department


def banner_like(t: str) -> bool:
    """An upper-case line opening with an issuing body's name, then a dash and a section ("BỘ NGOẠI
    GIAO NƯỚC … – HỌP BÁO"): a site's banner (the name may be long: no word limit)."""
    return t.isupper() and _ISSUER_START.match(t) is not None and _BODY_DASH.search(t) is not None


def named_issuer(texts: list[str], idx: list[int]) -> int:
    """How many upper-case lines at ``idx`` name an issuing body above a title that no marker sets
    apart ("BỘ NGOẠI GIAO – VỤ CHÂU ÂU" above "THÔNG TIN CƠ BẢN VỀ ..."): lines that start like an
    issuing body, then an upper-case title line that does not, when the title starts by saying what
    it is or an issuer line names a body and its department; 0 otherwise."""
    n = 0
    top = min(MAX_ISSUER_LINES, len(idx) - 1)
    while n < top and _issuer_line(texts[idx[n]]):
        n += 1
    if not n:
        return 0
    title = texts[idx[n]]
    if not _caps(title) or starts_like_issuer(title):
        return 0
    if _TITLE_KIND.match(title):
        return n
    for t in map(texts.__getitem__, idx[:n]):
        parts = _BODY_DASH.split(t.upper())
        if len(parts) > 1 and all(starts_like_issuer(x) for x in parts):
            return n
    return 0


def _issuer_line(t: str) -> bool:
    """An issuing body's name on a line of its own, in capitals or not ("Bộ Ngoại giao – Vụ Châu Âu")."""
    if t.isupper():
        return _caps(t) and starts_like_issuer(t)
    return len(t) <= MAX_ISSUER and not ends_sentence(t) and t[0].isupper() and starts_like_issuer(t.upper())


def part_kind(t: str, strict: bool = False) -> str | None:
    """What a column of a preamble line is: "decoration", "nation", "motto", "number",
    "place_date", "issuer" (an upper-case name; with ``strict``, one that starts like an issuing
    body) or None."""
    if not t:
        return None
    if _DECORATION.match(t):
        return "decoration"
    if _NATIONAL.match(t):
        return "nation"
    if _MOTTO.match(t):
        return "motto"
    if _DOC_NUMBER.match(t):
        return "number"
    if _PLACE_DATE.match(t) or "," in t and _DMY.search(t) and _dateline(t):  # ("Hà Nội, 25/10/2007")
        return "place_date"
    if len(t) <= MAX_ISSUER and _caps(t):
        if not strict or starts_like_issuer(t):
            return "issuer"
    return None


def subject_columns(t: str) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A letter's subject in the left column beside preamble parts ("V/v chuẩn bị ...      Hà Nội,
    ngày ..."): the subject's ``(start, end)`` and the other columns'; None for any other line."""
    if t[0] != "V" or "  " not in t or LETTER_SUBJECT.match(t) is None:
        return None
    m = _GAP.search(t)
    rest = columns(t[m.end() :])
    if rest is None:
        rest = [(0, len(t) - m.end())] if part_kind(t[m.end() :]) in _SPECIFIC else None
    if not rest:
        return None
    return (0, m.start()), [(a + m.end(), b + m.end()) for a, b in rest]


def gap_spans(t: str) -> list[tuple[int, int]]:
    """The parts ``(start, end)`` of a line that runs of two or more spaces separate."""
    spans = []
    pos = 0
    for m in _GAP.finditer(t):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(t)))
    return spans


def columns(t: str) -> list[tuple[int, int]] | None:
    """The columns ``(start, end)`` of a line that holds two parts of a preamble side by side, None
    for any other line (also when one side is not such a part)."""
    if len(t) > MAX_COLUMN_LINE or len(t) < 8:
        return None
    if "  " in t:
        spans = gap_spans(t)
        kinds = [part_kind(t[a:b]) for a, b in spans]
        if None not in kinds and not _SPECIFIC.isdisjoint(kinds):
            return spans
    if _ANCHOR.search(t) is None:
        return None  # (the common case)
    best = None
    for m in _SPACES.finditer(t):
        a, b = m.span()
        left = part_kind(t[:a], strict=True)
        right = left and part_kind(t[b:], strict=True)
        if not right:
            continue
        score = (left in _SPECIFIC) + (right in _SPECIFIC)
        if score and (best is None or score > best[0]):
            best = (score, [(0, a), (b, len(t))])
    return best[1] if best else None


def is_national(t: str) -> bool:
    """The national name or the Party's name heading an official document ("CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"), alone or in a column beside the issuer, or the motto
    in a column beside the document's number."""
    if len(t) < 20 or not ("NAM" in t or "phúc" in t or "PHÚC" in t):
        return False  # (a cheap test before the regular expressions)
    return _NATIONAL.match(t) is not None or _COLUMN.search(t) is not None


def _dateline(t: str) -> bool:
    """A category/date line: a date or a time, with little else ("Thời sự | Thứ Hai, 07/10/2024 22:15")."""
    if len(t) > 80 or ends_sentence(t) or t[-1] in ",;-–—":
        return False
    date, time = _DATE.search(t), _TIME.search(t)
    if not date and not time:
        return False
    rest = _TIME.sub(" ", _DATE.sub(" ", t))
    words = [w for w in re.split(r"[\s|,·•/()\-–—]+", rest) if w]
    if "|" in t or (date is not None and time is not None):
        return True
    last = (time or date).end() == len(t) or date is not None and date.end() == len(t)
    return last and len(words) <= 3  # "Cập nhật: 07/10/2024", "Thứ Hai, 07/10/2024"


def _caps(t: str) -> bool:
    return len(t) <= MAX_MARKER and t.isupper() and not ends_sentence(t) and _WORDISH.search(t) is not None


def preamble(lines: Lines, idx: list[int]) -> int:
    """How many of the first lines (positions in ``idx``) come before the title."""
    texts = lines.texts
    top = min(len(idx), MAX_TOP)
    pos = 0
    issuer_seen = False
    while pos < top:
        t = texts[idx[pos]]
        if is_marker(t):
            pos += 1
            continue
        if not _caps(t) or issuer_seen:
            break  # body text, or the upper-case run after the issuer's: the title
        end = pos + 1  # an upper-case run: an issuing body when markers and more upper case follow
        while end < top and end - pos <= MAX_ISSUER_LINES and _caps(texts[idx[end]]):
            end += 1
        after = end
        while after < top and is_marker(texts[idx[after]]):
            after += 1
        if after == end or end - pos > MAX_ISSUER_LINES or after >= len(idx) or not _caps(texts[idx[after]]):
            break  # the title
        pos = after
        issuer_seen = True
    return pos


def markers(lines: Lines, idx: list[int], pos: int) -> int:
    """The position after the marker lines starting at ``idx[pos]`` (right after the title); an
    addressee line ending in ":" takes the "- ..." lines after it along."""
    texts = lines.texts
    while pos < len(idx) and pos < MAX_TOP + 6 and (is_marker(texts[idx[pos]]) or _stamp(texts[idx[pos]])):
        t = texts[idx[pos]]
        pos += 1
        if t[-1] == ":" and is_addressee(t):
            while pos < len(idx) and _addressee_item(texts[idx[pos]]):
                pos += 1
    return pos


# a note in brackets set under a title: "(Tài liệu tham khảo, cập nhật tháng 12/2023)", "(Dự thảo)",
# "(Lưu hành nội bộ)", "(Ban hành kèm theo Quyết định số ...)"
_STAMP = re.compile(r"^\([^()]{3,150}\)$")


def _stamp(t: str) -> bool:
    """A line in brackets (a stamp or note) right under the title: not a source line "(Nguồn: ...)"."""
    return t[0] == "(" and t[-1] == ")" and _STAMP.match(t) is not None and t[1:6].lower() != "nguồn"


def _addressee_item(t: str) -> bool:
    return len(t) <= MAX_MARKER and t[0] in "-–•+" and t[1:2] == " "


def iso_date(t: str) -> str | None:
    """The date of a marker line as ISO 8601 ("07/10/2024" -> "2024-10-07"), None when it has none."""
    m = _DMY.search(t) or _NGAY.search(t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = _YMD.search(t)
        if m is None:
            m = _PLACE_MONTH.search(t) if "," in t else None  # "Hà Nội, tháng 4 năm 2014": a month
            return f"{m.group(2)}-{int(m.group(1)):02d}" if m and 1 <= int(m.group(1)) <= 12 else None
        y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y}-{mo:02d}-{d:02d}"
