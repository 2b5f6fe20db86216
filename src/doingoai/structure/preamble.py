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

from doingoai.structure.headings import heading_rank
from doingoai.structure.lines import Lines, ends_sentence
from doingoai.structure.preamble_parts import (
    DOC_NUMBER,
    ISSUER_START,
    MAX_COLUMN_LINE,
    MAX_ISSUER,
    MAX_MARKER,
    MOTTO,
    PLACE_DATE,
    PLACE_NUMERIC_DATE,
    caps,
    columns,
    dateline,
    is_addressee,
    is_decoration,
    is_national,
    starts_like_issuer,
    subject_columns,
)

__all__ = ["banner_like", "columns", "is_marker", "markers", "named_issuer", "preamble", "subject_columns"]

MAX_TOP = 10  # lines at the top looked at
MAX_ISSUER_LINES = 3


def is_marker(t: str) -> bool:
    """A decoration, dateline, place and date, document number, motto or addressee line, or a line
    of two columns holding such parts (:func:`columns`)."""
    if len(t) > MAX_MARKER:
        return len(t) <= MAX_COLUMN_LINE and "  " in t and columns(t) is not None
    if t[0] in "*-–—_=~·•." and is_decoration(t):
        return True
    if t[-1] == "." and not PLACE_DATE.match(t):
        return False  # (a sentence)
    if t[0] == "V" and subject_columns(t) is not None:
        return False  # (the title starts here)
    if PLACE_DATE.match(t) or DOC_NUMBER.match(t) or MOTTO.match(t) or is_national(t):
        return True
    if (t[-1] == ")" or t[-1].isdigit()) and "," in t and PLACE_NUMERIC_DATE.match(t):
        return True  # "(Bu-đa-pét, ngày 3/2/2020)", "Hà Nội, 25/10/2007"
    if t[0] in "KkS" and is_addressee(t):
        return True
    return dateline(t) or columns(t) is not None


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
    return t.isupper() and ISSUER_START.match(t) is not None and _BODY_DASH.search(t) is not None


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
    if not caps(title) or starts_like_issuer(title):
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
        return caps(t) and starts_like_issuer(t)
    return len(t) <= MAX_ISSUER and not ends_sentence(t) and t[0].isupper() and starts_like_issuer(t.upper())


# a page's furniture over its title (kept out of it): the portal's, database's or broadcaster's name
# ("CỔNG THÔNG TIN ĐIỆN TỬ …", "CƠ SỞ DỮ LIỆU ĐIỀU ƯỚC QUỐC TẾ", "ĐÀI TRUYỀN HÌNH VIỆT NAM – VTV1", "VOV1 – THỜI SỰ
# 18 GIỜ – …"), an assembly's term and session ("QUỐC HỘI KHÓA XV – KỲ HỌP THỨ 8"), a record's fields in a
# database ("Tên văn bản: …", "Ngày ký: … | Ngày có hiệu lực: …"), the path to the page ("Trang chủ / Hỏi – Đáp",
# "Điều ước quốc tế song phương > X")
_SITE = re.compile(
    r"(?:CỔNG|TRANG)\s+THÔNG\s+TIN\s+ĐIỆN\s+TỬ|CƠ\s+SỞ\s+DỮ\s+LIỆU|BÁO\s+ĐIỆN\s+TỬ|"
    r"ĐÀI\s+(?:TRUYỀN\s+HÌNH|TIẾNG\s+NÓI|PHÁT\s+THANH)|^(?:VOV|VTV|VTC|HTV)\d*\b"
)
_SESSION = re.compile(r"(?:QUỐC\s+HỘI\s+KHÓA\s+[IVXLC\d]+|KỲ\s+HỌP\s+THỨ\s+[IVXLC\d]+)(?:\s+[-–]\s+|$)")
_RECORD = re.compile(
    r"(?:Tên\s+văn\s+bản|Ngày\s+ký|Ngày\s+(?:có\s+)?hiệu\s+lực|Có\s+hiệu\s+lực\s+từ\s+ngày|Số\s+thông\s+báo(?:\s+hiệu\s+lực)?|"
    r"Tình\s+trạng|Số\s+hiệu|Loại\s+văn\s+bản|Cơ\s+quan\s+ban\s+hành|Ngày\s+ban\s+hành)\s*:"
)
_PATH_MARKS = (" > ", " » ", " › ", " / ")
MAX_FURNITURE = 160


def furniture(t: str) -> bool:
    """``t`` is a page's furniture at its top (a portal's name, a session, a record's field, a path)."""
    if len(t) > MAX_FURNITURE:
        return False
    if t.isupper():
        return _SITE.search(t) is not None or _SESSION.match(t) is not None
    if ":" in t[:40] and (
        _RECORD.match(t) or " | " in t and any(_RECORD.match(p) for p in t.split(" | ")[1:])
    ):
        return True  # (the record's fields on one line: "Số: 12/2025/TB-LPQT | Ngày ký: …")
    if any(m in t for m in _PATH_MARKS) and not ends_sentence(t):
        mark = next(m for m in _PATH_MARKS if m in t)
        parts = t.split(mark)
        return (mark != " / " or len(parts) >= 3) and all(
            p and p[0].isalpha() and len(p.split()) <= 8 and not any(c.isdigit() for c in p) for p in parts
        )
    return False


def preamble(lines: Lines, idx: list[int]) -> int:
    """How many of the first lines (positions in ``idx``) come before the title."""
    texts = lines.texts
    top = min(len(idx), MAX_TOP)
    pos = 0
    issuer_seen = False
    while pos < top:
        t = texts[idx[pos]]
        if is_marker(t) or furniture(t):
            pos += 1
            continue
        if not caps(t) or issuer_seen:
            break  # body text, or the upper-case run after the issuer's: the title
        end = pos + 1  # an upper-case run: an issuing body when markers and more upper case follow
        while end < top and end - pos <= MAX_ISSUER_LINES and caps(texts[idx[end]]):
            end += 1
        after = end
        while after < top and (is_marker(texts[idx[after]]) or furniture(texts[idx[after]])):
            after += 1
        if after == end or end - pos > MAX_ISSUER_LINES or after >= len(idx) or not caps(texts[idx[after]]):
            break  # the title
        if heading_rank(texts[idx[after]]) is not None:
            break  # the title, its place and date, then the first section ("I. KẾT QUẢ ĐẠT ĐƯỢC"): no issuer
        pos = after
        issuer_seen = True
    return pos


def markers(lines: Lines, idx: list[int], pos: int) -> int:
    """The position after the marker lines starting at ``idx[pos]`` (right after the title); an
    addressee line ending in ":" takes the "- ..." lines after it along."""
    texts = lines.texts
    while (
        pos < len(idx)
        and pos < MAX_TOP + 6
        and (is_marker(texts[idx[pos]]) or _stamp(texts[idx[pos]]) or _day_line(texts[idx[pos]]))
    ):
        t = texts[idx[pos]]
        pos += 1
        if t[-1] == ":" and is_addressee(t):
            while pos < len(idx) and _addressee_item(texts[idx[pos]]):
                pos += 1
    return pos


# a sitting's or a programme's day under its title, then its hour or place ("Sáng thứ Tư, ngày 13/11/2024 – Hội
# trường …", "Chiều thứ Năm, ngày 12/6/2025, 14 giờ 30")
_DAY_LINE = re.compile(
    r"(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật),?\s+"
    r"(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
)
MAX_DAY_LINE = 120


def _day_line(t: str) -> bool:
    return len(t) <= MAX_DAY_LINE and t[0] in "SCTtc" and t[-1] != "." and _DAY_LINE.match(t) is not None


# a note in brackets set under a title: "(Tài liệu tham khảo, cập nhật tháng 12/2023)", "(Dự thảo)",
# "(Lưu hành nội bộ)", "(Ban hành kèm theo Quyết định số ...)"
_STAMP = re.compile(r"^\([^()]{3,150}\)$")


def _stamp(t: str) -> bool:
    """A line in brackets (a stamp or note) right under the title: not a source line "(Nguồn: ...)"."""
    return t[0] == "(" and t[-1] == ")" and _STAMP.match(t) is not None and t[1:6].lower() != "nguồn"


def _addressee_item(t: str) -> bool:
    return len(t) <= MAX_MARKER and t[0] in "-–•+" and t[1:2] == " "
