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

Markers right after the title are front matter too (not headings). Decorations are dropped.
"""

from __future__ import annotations

import re

from doingoai.structure.lines import Lines, ends_sentence

MAX_TOP = 10  # lines at the top looked at
MAX_ISSUER_LINES = 3
MAX_MARKER = 100  # characters

_DECORATION = re.compile(r"^[*\-–—_=~·•.\s]{1,30}$")
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_YMD = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NGAY = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_PLACE_DATE = re.compile(
    r"^[^\d,.;:]{2,40},\s*(?:ngày|Ngày)\s+(?:\d{1,2}|[.…]+)\s+tháng\s+(?:\d{1,2}|[.…]+)\s+năm\s+(?:\d{4}|[.…]+)\.?$"
)
_DOC_NUMBER = re.compile(r"^(?:Số|SỐ)\s*:?\s*[\w.…]+[-/]\S+$")
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
    """A decoration, dateline, place and date, document number or motto line."""
    if len(t) > MAX_MARKER:
        return False
    if t[0] in "*-–—_=~·•." and is_decoration(t):
        return True
    if t[-1] == "." and not _PLACE_DATE.match(t):
        return False  # (a sentence)
    if _PLACE_DATE.match(t) or _DOC_NUMBER.match(t) or _MOTTO.match(t) or is_national(t):
        return True
    return _dateline(t)


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
    """The position after the marker lines starting at ``idx[pos]`` (right after the title)."""
    texts = lines.texts
    while pos < len(idx) and pos < MAX_TOP + 6 and is_marker(texts[idx[pos]]):
        pos += 1
    return pos


def iso_date(t: str) -> str | None:
    """The date of a marker line as ISO 8601 ("07/10/2024" -> "2024-10-07"), None when it has none."""
    m = _DMY.search(t) or _NGAY.search(t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = _YMD.search(t)
        if m is None:
            return None
        y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y}-{mo:02d}-{d:02d}"
