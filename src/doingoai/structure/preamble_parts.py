"""What a line or a column above a title is (read by :mod:`doingoai.structure.preamble`): a decoration,
a national name or motto, a document number, a place and date, a dateline, an issuing body's name, an
addressee; the columns of a line holding two such parts side by side (:func:`columns`), a letter's
subject beside them (:func:`subject_columns`); a marker line's date (:func:`iso_date`)."""

from __future__ import annotations

import re

from doingoai.structure.lines import ends_sentence

MAX_MARKER = 100  # characters

_DECORATION = re.compile(r"^[*\-–—_=~·•.\s]{1,80}$")
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_YMD = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NGAY = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
# an abbreviated city before a place name ("TP. Hồ Chí Minh", "Tp. Cần Thơ", "T.P. Huế")
_CITY = r"(?:T\.?[Pp]\.\s*)?"
PLACE_DATE = re.compile(
    rf"^{_CITY}[^\d,.;:]{{2,40}},\s*(?:ngày|Ngày)\s+(?:\d{{1,2}}|[.…]+)\s+tháng\s+(?:\d{{1,2}}|[.…]+)\s+năm\s+(?:\d{{4}}|[.…]+)\.?$"
)
# a place and a date in figures, also in brackets under a speech's occasion ("(Bu-đa-pét, ngày 3/2/2020)",
# "Hà Nội, 25/10/2007", "(Hà Nội, ngày 3 tháng 2 năm 2020)"), or a month ("Hà Nội, tháng 4 năm 2014")
PLACE_NUMERIC_DATE = re.compile(
    rf"^(?:\(\s*{_CITY}[^\d,.;:()]{{2,40}},\s*(?:ngày\s+)?(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|"
    rf"\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})\s*\)|{_CITY}[^\d,.;:()]{{2,40}},\s*(?:(?:ngày\s+)?\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|"
    rf"tháng\s+\d{{1,2}}(?:\s+năm\s+|\s*[/.-]\s*)\d{{4}}))$",
    re.IGNORECASE,
)
_PLACE_MONTH = re.compile(r",\s*tháng\s+(\d{1,2})(?:\s+năm\s+|\s*[/.-]\s*)(\d{4})\s*\)?$", re.IGNORECASE)
DOC_NUMBER = re.compile(r"^(?:Số|SỐ)\s*:?\s*[\w.…]*[-/]\S+$")  # (the number may be left blank)
MOTTO = re.compile(r"^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc$", re.IGNORECASE)
# the state's or the Party's name heading an official document: a line of its own, or a column of a
# line that holds two (issuer and national name, number and motto) set apart by a wide gap
_NATION = r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
_MOTTO_TEXT = r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc"
_NATIONAL = re.compile(rf"^(?:{_NATION})$")
_COLUMN = re.compile(rf"(?:^|\S(?:\s{{3,}}|\t\s*))(?:{_NATION}|(?i:{_MOTTO_TEXT}))(?:$|(?:\s{{3,}}|\s*\t)\S)")
_WORDISH = re.compile(r"[^\W\d_]{2}")


def is_decoration(t: str) -> bool:
    return _DECORATION.match(t) is not None


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
ISSUER_START = re.compile(
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
        ISSUER_START.match(t) is not None
        and len(t.split()) <= MAX_ISSUER_WORDS
        and _OPEN_END.search(t) is None
    )


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
    if MOTTO.match(t):
        return "motto"
    if DOC_NUMBER.match(t):
        return "number"
    if PLACE_DATE.match(t) or "," in t and _DMY.search(t) and dateline(t):  # ("Hà Nội, 25/10/2007")
        return "place_date"
    if len(t) <= MAX_ISSUER and caps(t):
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


def dateline(t: str) -> bool:
    """A category/date line: a date or a time, with little else ("Thời sự | Thứ Hai, 07/10/2024 22:15")."""
    if len(t) > 80 or ends_sentence(t) or t[-1] in ",;-–—":
        return False
    date, time = _DATE.search(t), _TIME.search(t)
    if not date and not time:
        return False
    rest = _TIME.sub(" ", _DATE.sub(" ", t))
    words = [w for w in re.split(r"[\s|,·•/()\-–—]+", rest) if w]
    if "|" in t or " · " in t or (date is not None and time is not None):  # ("Số 36/2025 · Tuần từ …")
        return True
    last = (time or date).end() == len(t) or date is not None and date.end() == len(t)
    return last and len(words) <= 3  # "Cập nhật: 07/10/2024", "Thứ Hai, 07/10/2024"


def caps(t: str) -> bool:
    return len(t) <= MAX_MARKER and t.isupper() and not ends_sentence(t) and _WORDISH.search(t) is not None


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
