"""Build the three hundred thirty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout337/build_heldout337.py [--check]

Five short documents on Vietnam with Canada and the United States today: a journal article on fifty years of
Vietnam – Canada relations (1954 – 2017), a (fictitious) Cần Thơ education department's report for 2025 on
cooperation with Canada and the US, an ICALENDAR export of a (fictitious) provincial foreign affairs department's
activities in March 2024 (the new shape, replacing the news page), a (fictitious) Hải Phòng plan for using the CPTPP
in the Canadian market in 2026 and an encyclopedia entry on the Vietnam – US comprehensive strategic partnership of
September 2023. Facts are well-established; authors, journal, page numbers, document numbers, the calendar's events
and the local bodies' activities are invented (see README.md). Gold is written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents, and that every gold block of the calendar occurs in
its unfolded, unescaped text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    _check_rendered,
    build,
    check_gold,
    entry_text,
    headed_journal,
    ministry_plan,
    norm,
    report_word,
)

EJA_JOURNAL = {
    "id": "eja",
    "shape": "journal",
    "header": "NGHIÊN CỨU QUỐC TẾ – Số 4 (2023)",
    "first_page": 29,
    "break_after": 3,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – CA-NA-ĐA: NỬA THẾ KỶ TỪ ỦY BAN QUỐC TẾ ĐẾN ĐỐI TÁC TOÀN DIỆN"),
        ("author", "Nguyễn Hoài Nam"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát các giai đoạn phát triển của quan hệ Việt Nam – Ca-na-đa, từ vai trò của Ca-na-đa trong các ủy ban quốc tế đến khuôn khổ Đối tác toàn diện năm 2017.",
            "vi",
        ),
        ("keywords", "Ca-na-đa; ICSC; ICCS; Đối tác toàn diện; ODA", "vi"),
        ("heading", "1. Những ủy ban quốc tế", 1),
        (
            "paragraph",
            "Sau Hiệp định Giơ-ne-vơ năm 1954, Ca-na-đa cùng Ấn Độ và Ba Lan tham gia Ủy ban Quốc tế giám sát và kiểm soát (ICSC) tại Đông Dương. Năm 1973, theo Hiệp định Pa-ri, Ca-na-đa là thành viên Ủy ban Quốc tế kiểm soát và giám sát (ICCS), song đã rút khỏi ủy ban này vào tháng 7/1973 (Bùi Thanh Sơn Hà, 2008, tr. 33).",
        ),
        ("heading", "2. Thiết lập và phát triển quan hệ", 1),
        (
            "paragraph",
            "Ngày 21/8/1973, Việt Nam và Ca-na-đa thiết lập quan hệ ngoại giao. Trong nhiều năm, Ca-na-đa chọn Việt Nam là một trong những nước ưu tiên nhận viện trợ phát triển chính thức (ODA). Theo một cựu đại sứ, đó là “mối quan hệ không có gánh nặng quá khứ” (Lâm Quốc Việt, 2016, tr. 140).",
        ),
        ("heading", "3. Đối tác toàn diện", 1),
        (
            "paragraph",
            "Tháng 11/2017, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Justin Trudeau, hai nước xác lập quan hệ Đối tác toàn diện. Việt Nam và Ca-na-đa chưa nâng quan hệ lên đối tác chiến lược, nhưng tiềm năng hợp tác trong giáo dục và thương mại còn rất lớn (Đinh Thu Hằng, 2022).",
        ),
    ],
}

EJB_WORD = {
    "id": "ejb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 2467/BC-SGDĐT",
        "Cần Thơ, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác quốc tế về giáo dục với Ca-na-đa và Hoa Kỳ năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế về giáo dục với Ca-na-đa và Hoa Kỳ năm 2025"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 4/2025, đoàn của Sở thăm tỉnh bang Niu Brun-xuých (Ca-na-đa), ký thỏa thuận hợp tác về chương trình song bằng trung học với Bộ Giáo dục tỉnh bang.",
        ),
        (
            "list_item",
            "2. Tiếp đoàn 12 trường cao đẳng Ca-na-đa sang giới thiệu chương trình học tại Cần Thơ.",
        ),
        (
            "list_item",
            "3. Phối hợp với Tổng Lãnh sự quán Hoa Kỳ tổ chức khóa bồi dưỡng cho 60 giáo viên tiếng Anh.",
        ),
        (
            "list_item",
            "4. Tổ chức phi chính phủ Hoa Kỳ Give2Asia tài trợ 45.000 USD xây dựng thư viện cho hai trường tiểu học.",
        ),
        (
            "list_item",
            "5. Chương trình trao đổi học sinh với bang Mi-nê-xô-ta chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2026", 1),
        (
            "list_item",
            "1. Mở rộng chương trình song bằng với Niu Brun-xuých ra thêm ba trường trung học phổ thông.",
        ),
        (
            "list_item",
            "2. Mời đại diện Đại sứ quán Ca-na-đa dự Ngày hội giáo dục quốc tế vào tháng 10/2026.",
        ),
        (
            "paragraph",
            "Sở Giáo dục và Đào tạo kính báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo.",
        ),
    ],
}

# ---------------------------------------------------------------- ejc: ICALENDAR (.ics, RFC 5545)
EJC_CALENDAR = {
    "id": "ejc",
    "shape": "calendar",
    "calname": "Lịch hoạt động đối ngoại tháng 3/2024 – Sở Ngoại vụ tỉnh Khánh Hòa",
    "prodid": "-//So Ngoai vu Khanh Hoa//Lich doi ngoai 1.0//VI",
    "dtstamp": "20240229T083000Z",
    "events": [
        {
            "uid": "20240304-tlshk@songoaivu.khanhhoa.gov.vn",
            "start": "20240304T090000",
            "end": "20240304T103000",
            "summary": "Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Hoa Kỳ tại Thành phố Hồ Chí Minh",
            "location": "Trụ sở UBND tỉnh, số 1 Trần Phú, Nha Trang",
            "description": "Hai bên trao đổi về hợp tác giáo dục, y tế và du lịch.\nTổng Lãnh sự thông báo phía Hoa Kỳ sẽ tài trợ một dự án nâng cao năng lực ứng phó thiên tai cho tỉnh.",
            "categories": "TIẾP KHÁCH,HOA KỲ",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240305-dnca@songoaivu.khanhhoa.gov.vn",
            "start": "20240305",
            "end": "20240308",
            "summary": "Đoàn doanh nghiệp Ca-na-đa thăm và làm việc tại Khánh Hòa",
            "location": "Nha Trang; Cam Ranh",
            "description": "Đoàn gồm 15 doanh nghiệp thủy sản, năng lượng tái tạo của tỉnh bang Bri-tít Cô-lôm-bi-a; Sở Công Thương chủ trì đón tiếp.",
            "categories": "ĐOÀN VÀO,CA-NA-ĐA,KINH TẾ",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240306-cptpp@songoaivu.khanhhoa.gov.vn",
            "start": "20240306T080000",
            "end": "20240306T113000",
            "summary": "Hội thảo “Tận dụng Hiệp định CPTPP để xuất khẩu sang Ca-na-đa”",
            "location": "Khách sạn Sheraton, 26-28 Trần Phú, Nha Trang",
            "description": "Thương vụ Việt Nam tại Ca-na-đa giới thiệu quy tắc xuất xứ, thủ tục hải quan.\nHơn 120 doanh nghiệp của tỉnh tham dự.",
            "categories": "HỘI THẢO,CA-NA-ĐA,CPTPP",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240311-usaid@songoaivu.khanhhoa.gov.vn",
            "start": "20240311T140000",
            "end": "20240311T160000",
            "summary": "Lễ tiếp nhận trang thiết bị y tế do Chính phủ Hoa Kỳ tài trợ",
            "location": "Bệnh viện Đa khoa tỉnh Khánh Hòa",
            "description": "Trang thiết bị trị giá khoảng 250.000 USD, gồm máy thở và máy theo dõi bệnh nhân, do USAID tài trợ qua Tổ chức Y tế Thế giới.",
            "categories": "VIỆN TRỢ,HOA KỲ,Y TẾ",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240312-ubc@songoaivu.khanhhoa.gov.vn",
            "start": "20240312",
            "end": "20240315",
            "summary": "Đoàn Đại học British Columbia làm việc với Trường Đại học Nha Trang",
            "location": "Trường Đại học Nha Trang, 02 Nguyễn Đình Chiểu",
            "description": "Hai trường ký biên bản ghi nhớ về đào tạo sau đại học ngành nuôi trồng thủy sản.\nĐoàn khảo sát các trại thực nghiệm tại Vạn Ninh, Cam Ranh.",
            "categories": "ĐOÀN VÀO,CA-NA-ĐA,GIÁO DỤC",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240314-mia@songoaivu.khanhhoa.gov.vn",
            "start": "20240314T083000",
            "end": "20240314T110000",
            "summary": "Làm việc với Văn phòng Tìm kiếm người mất tích Việt Nam và DPAA",
            "location": "Sở Ngoại vụ, 45 Lê Thánh Tôn, Nha Trang",
            "description": "Thống nhất kế hoạch khảo sát hai điểm nghi có hài cốt quân nhân Hoa Kỳ mất tích tại huyện Khánh Sơn vào tháng 5/2024.",
            "categories": "MIA,HOA KỲ",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240318-wa@songoaivu.khanhhoa.gov.vn",
            "start": "20240318",
            "end": "20240323",
            "summary": "Đoàn lãnh đạo tỉnh thăm và làm việc tại bang Oa-sinh-tơn (Hoa Kỳ)",
            "location": "Xi-át-tơn, bang Oa-sinh-tơn, Hoa Kỳ",
            "description": "Hủy chuyến thăm theo chỉ đạo của Thường trực Tỉnh ủy; chương trình làm việc sẽ được sắp xếp lại.",
            "categories": "ĐOÀN RA,HOA KỲ",
            "status": "CANCELLED",
        },
        {
            "uid": "20240320-fulbright@songoaivu.khanhhoa.gov.vn",
            "start": "20240320T080000",
            "end": "20240320T120000",
            "summary": "Ngày hội du học Hoa Kỳ và Ca-na-đa",
            "location": "Nhà Văn hóa Thanh Thiếu nhi tỉnh, Nha Trang",
            "description": "Phối hợp với Tổng Lãnh sự quán Hoa Kỳ và Tổng Lãnh sự quán Ca-na-đa tại Thành phố Hồ Chí Minh; dự kiến 1.500 học sinh tham dự.",
            "categories": "GIÁO DỤC,HOA KỲ,CA-NA-ĐA",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240322-mou@songoaivu.khanhhoa.gov.vn",
            "start": "20240322T150000",
            "end": "20240322T163000",
            "summary": "Ký kết biên bản ghi nhớ với Trường Cao đẳng Camosun (Ca-na-đa)",
            "location": "Trường Cao đẳng Du lịch Nha Trang",
            "description": "Hợp tác đào tạo nghề du lịch – khách sạn và trao đổi giảng viên giai đoạn 2024 – 2027.",
            "categories": "GIÁO DỤC,CA-NA-ĐA",
            "status": "CONFIRMED",
        },
        {
            "uid": "20240326-dsca@songoaivu.khanhhoa.gov.vn",
            "start": "20240326T090000",
            "end": "20240326T100000",
            "summary": "Lãnh đạo tỉnh tiếp Đại sứ Ca-na-đa tại Việt Nam",
            "location": "Trụ sở UBND tỉnh, Nha Trang",
            "description": "Dự kiến trao đổi về thu hút đầu tư của Ca-na-đa vào năng lượng tái tạo.\nThời gian chờ Đại sứ quán xác nhận.",
            "categories": "TIẾP KHÁCH,CA-NA-ĐA",
            "status": "TENTATIVE",
        },
        {
            "uid": "20240328-tk@songoaivu.khanhhoa.gov.vn",
            "start": "20240328T140000",
            "end": "20240328T163000",
            "summary": "Họp giao ban công tác đối ngoại quý I/2024",
            "location": "Sở Ngoại vụ, 45 Lê Thánh Tôn, Nha Trang",
            "description": "Đánh giá kết quả quý I, triển khai kế hoạch đón các đoàn Hoa Kỳ, Ca-na-đa trong quý II.",
            "categories": "NỘI BỘ",
            "status": "CONFIRMED",
        },
    ],
}

EJD_PLAN = {
    "id": "ejd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'THÀNH PHỐ HẢI PHÒNG':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 408/KH-UBND':<40}Hải Phòng, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tận dụng Hiệp định CPTPP tại thị trường Ca-na-đa năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tận dụng Hiệp định CPTPP tại thị trường Ca-na-đa năm 2026"),
        (
            "paragraph",
            "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) được ký ngày 8/3/2018 tại Xan-ti-a-gô (Chi-lê), được Quốc hội Việt Nam phê chuẩn ngày 12/11/2018 và có hiệu lực đối với Việt Nam từ ngày 14/1/2019. Cùng với Mê-hi-cô, Ca-na-đa là một trong hai thị trường Bắc Mỹ mà Việt Nam có quan hệ thương mại tự do thông qua CPTPP.",
        ),
        ("heading", "I. MỤC TIÊU", 1),
        (
            "paragraph",
            "Nâng tỷ lệ hàng xuất khẩu sang Ca-na-đa có chứng nhận xuất xứ CPTPP lên 40%. Thành phố không đặt chỉ tiêu về thu hút vốn đầu tư của Ca-na-đa trong năm 2026.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Quý II/2026, tổ chức đoàn doanh nghiệp tham dự Hội chợ SIAL Canada tại Môn-trê-an.",
        ),
        (
            "list_item",
            "2. Phối hợp với Thương vụ Việt Nam tại Ca-na-đa đón đoàn nhà nhập khẩu Ca-na-đa sang khảo sát các doanh nghiệp dệt may, da giày.",
        ),
        (
            "list_item",
            "3. Đề nghị Hội đồng Kinh doanh Ca-na-đa – Việt Nam hỗ trợ kết nối doanh nghiệp hai bên.",
        ),
        (
            "paragraph",
            "Sở Công Thương chủ trì, theo dõi, tổng hợp và báo cáo Ủy ban nhân dân thành phố kết quả thực hiện.",
        ),
    ],
}

EJE_ENTRY = {
    "id": "eje",
    "shape": "entry",
    "blocks": [
        ("title", "Đối tác chiến lược toàn diện Việt Nam – Hoa Kỳ"),
        (
            "paragraph",
            "Quan hệ Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững giữa Việt Nam và Hoa Kỳ được xác lập ngày 10/9/2023, trong chuyến thăm cấp Nhà nước Việt Nam của Tổng thống Joe Biden theo lời mời của Tổng Bí thư Nguyễn Phú Trọng.",
        ),
        ("heading", "Chuyến thăm tháng 9/2023", 1),
        (
            "paragraph",
            "Ngày 10/9/2023, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Biden tại Trụ sở Trung ương Đảng; hai bên ra Tuyên bố chung về việc nâng cấp quan hệ. Quan hệ hai nước được nâng thẳng từ Đối tác toàn diện lên Đối tác chiến lược toàn diện, bỏ qua cấp Đối tác chiến lược. Ngày 11/9/2023, Thủ tướng Phạm Minh Chính và Tổng thống Biden dự Hội nghị cấp cao Việt Nam – Hoa Kỳ về Đổi mới sáng tạo và Đầu tư.",
        ),
        ("heading", "Tiếp xúc sau nâng cấp", 1),
        (
            "paragraph",
            "Tháng 11/2023, Chủ tịch nước Võ Văn Thưởng dự Tuần lễ Cấp cao APEC tại San Francisco và gặp Tổng thống Biden. Tháng 9/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm gặp Tổng thống Biden tại Niu Oóc nhân dịp dự Đại hội đồng Liên hợp quốc.",
        ),
    ],
}


def ics_escape(text: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma, line break."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_unescape(text: str) -> str:
    """The reading text of an RFC 5545 TEXT value: "\\n" a line break, "\\;", "\\," and "\\\\" their characters."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def fold(line: str) -> list[str]:
    """Fold a content line at 75 octets: the first line at most 75 octets, each continuation line a single space
    and at most 74 octets more; never inside a UTF-8 character."""
    out: list[str] = []
    cur, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return out


def calendar_blocks(doc: dict) -> list[tuple]:
    """The gold blocks: X-WR-CALNAME as the title; per VEVENT its SUMMARY as a heading and its DESCRIPTION (line
    breaks joined by a space) as a paragraph."""
    blocks: list[tuple] = [("title", doc["calname"])]
    for ev in doc["events"]:
        blocks.append(("heading", ev["summary"], 1))
        blocks.append(("paragraph", " ".join(ev["description"].split("\n"))))
    return blocks


EJC_CALENDAR["blocks"] = calendar_blocks(EJC_CALENDAR)


def render_calendar(doc: dict) -> str:
    """An iCalendar export (RFC 5545): CRLF line ends, the calendar properties, a VTIMEZONE for Asia/Ho_Chi_Minh,
    one VEVENT per activity (all-day DATE values for visits of several days, local times with TZID otherwise),
    TEXT values escaped, long lines folded at 75 octets."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{doc['prodid']}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_escape(doc['calname'])}",
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Ho_Chi_Minh",
        "X-LIC-LOCATION:Asia/Ho_Chi_Minh",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "TZNAME:+07",
        "DTSTART:19700101T000000",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for ev in doc["events"]:
        if "T" in ev["start"]:
            start = f"DTSTART;TZID=Asia/Ho_Chi_Minh:{ev['start']}"
            end = f"DTEND;TZID=Asia/Ho_Chi_Minh:{ev['end']}"
        else:
            start = f"DTSTART;VALUE=DATE:{ev['start']}"
            end = f"DTEND;VALUE=DATE:{ev['end']}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ev['uid']}",
            f"DTSTAMP:{doc['dtstamp']}",
            start,
            end,
            f"SUMMARY:{ics_escape(ev['summary'])}",
            f"LOCATION:{ics_escape(ev['location'])}",
            f"DESCRIPTION:{ics_escape(ev['description'])}",
            f"CATEGORIES:{ev['categories']}",
            f"STATUS:{ev['status']}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for ln in lines for piece in fold(ln))


def calendar_reading_text(data: str) -> str:
    """What a person reads in the .ics: the content lines unfolded, every property value unescaped."""
    unfolded = re.sub(r"\r\n[ \t]", "", data)
    values = []
    for ln in unfolded.split("\r\n"):
        if ":" in ln:
            values.append(ics_unescape(ln.split(":", 1)[1]))
    return norm("\n".join(values))


DOCS = [EJA_JOURNAL, EJB_WORD, EJC_CALENDAR, EJD_PLAN, EJE_ENTRY]


def render_word(doc: dict) -> str:
    """A city department's report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A city plan by heldout_kit.ministry_plan."""
    return ministry_plan(
        doc,
        signature=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Công Thương (để b/c);", "- Các sở, ngành;", "- Lưu: VT, KT."],
    )


def check_calendar(doc: dict) -> int:
    """The calendar's own rendered check: 3-4 questions, every gold block (the title too) in its unfolded,
    unescaped text, CRLF line ends, no line over 75 octets, each continuation line after a single space."""
    bad = 0
    data = (HERE / f"{doc['id']}_{doc['shape']}.ics").read_bytes()
    n = sum(
        1
        for ln in (HERE / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines()
        if ln.strip() and json.loads(ln)["doc"] == doc["id"]
    )
    if not 3 <= n <= 4:
        print(f"[{doc['id']}] {n} questions (3-4 wanted)")
        bad += 1
    text = calendar_reading_text(data.decode("utf-8"))
    for b in doc["blocks"]:
        if norm(b[1]) not in text:
            print(f"[{doc['id']}] gold block not in the calendar: {b[1][:60]}")
            bad += 1
    raw_lines = data.split(b"\r\n")
    if b"\n" in b"".join(raw_lines) or raw_lines[-1] != b"":
        print(f"[{doc['id']}] not CRLF throughout")
        bad += 1
    for ln in raw_lines:
        if len(ln) > 75:
            print(f"[{doc['id']}] line over 75 octets: {ln[:40]!r}")
            bad += 1
        ln.decode("utf-8")  # a fold inside a UTF-8 character would fail here
    return bad


def main() -> int:
    build(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "calendar": render_calendar,
            "plan": render_plan,
            "entry": entry_text,
        },
        extensions={"calendar": "ics"},
    )
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_gold(HERE, DOCS, "ej", rendered=False)
    bad += _check_rendered(HERE, [d for d in DOCS if d["shape"] != "calendar"])
    bad += check_calendar(EJC_CALENDAR)
    print("rendered check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
