"""Build the three hundred twenty-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout328/build_heldout328.py [--check]

Five short documents on Vietnam in ASEAN: a journal article on Vietnam's thirty years in ASEAN (observer in
1992, member 28/7/1995, the Hà Nội summit of December 1998, Lê Lương Minh Secretary-General 2013 – 2017), a
(fictitious) research centre director's speech at a seminar of July 2025 on the 2010 chairmanship, a news page on the
signing of RCEP at the online 37th summit of November 2020, a (fictitious) Ninh Bình provincial plan for cooperation
with ASEAN countries in 2027, and an encyclopedia entry on the ASEAN Community. Facts are well-established; authors,
journal, page numbers, the speaker, document numbers and the local bodies' activities are invented. Gold is written
by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    ministry_plan,
    news_page,
    speech_text,
)

CKA = {
    "id": "cka",
    "shape": "journal",
    "header": "TẠP CHÍ CỘNG ĐỒNG ASEAN – Số 4 (2025)",
    "first_page": 12,
    "break_after": 4,
    "blocks": [
        ("title", "BA MƯƠI NĂM VIỆT NAM GIA NHẬP ASEAN: TỪ NGƯỜI ĐẾN SAU ĐẾN THÀNH VIÊN TÍCH CỰC"),
        ("author", "Đặng Thị Phương Thảo"),
        (
            "affiliation",
            "Khoa Quan hệ quốc tế, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia TP. Hồ Chí Minh",
        ),
        (
            "abstract",
            "Bài viết phân tích tiến trình hội nhập của Việt Nam vào ASEAN từ năm 1992 và những đóng góp tiêu biểu.",
            "vi",
        ),
        ("keywords", "ASEAN; Việt Nam; Hiệp ước Thân thiện và Hợp tác; Hà Nội 1998", "vi"),
        ("heading", "1. Con đường gia nhập", 1),
        (
            "paragraph",
            "Tháng 7/1992, Việt Nam tham gia Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC) và trở thành quan sát viên của ASEAN (Hoàng Văn Nghĩa, 2005, tr. 58). Ngày 28/7/1995, tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 28 ở Ban-đa Xê-ri Bê-ga-oan (Bru-nây), Việt Nam chính thức trở thành thành viên thứ bảy của Hiệp hội.",
        ),
        ("heading", "2. Những đóng góp đầu tiên", 1),
        (
            "paragraph",
            "Chỉ ba năm sau, nước ta đăng cai Hội nghị cấp cao ASEAN lần thứ 6 tại Hà Nội từ ngày 15 đến 16/12/1998; hội nghị thông qua Chương trình hành động Hà Nội. Theo một nhà ngoại giao Xin-ga-po, đó là lúc Việt Nam “đã thực sự ở trong ngôi nhà chung” (Tan Wei Ming, 2018, tr. 203). Từ năm 2013 đến năm 2017, ông Lê Lương Minh là người Việt Nam đầu tiên giữ chức Tổng Thư ký ASEAN.",
        ),
        ("heading", "3. Nhận xét", 1),
        (
            "paragraph",
            "Việt Nam chưa bao giờ đứng ngoài đồng thuận của Hiệp hội về các vấn đề lớn. Tác giả kiến nghị ta chủ động đề xuất sáng kiến trong các lĩnh vực chuyển đổi số và ứng phó biến đổi khí hậu (Ngô Quang Huy, 2024).",
        ),
    ],
}

CKB = {
    "id": "ckb",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA PGS.TS. VƯƠNG MINH ĐỨC, GIÁM ĐỐC TRUNG TÂM NGHIÊN CỨU ASEAN",
    "place": "Đà Nẵng, ngày 25 tháng 7 năm 2025",
    "blocks": [
        ("title", "Tại Hội thảo “Việt Nam – 30 năm đồng hành cùng ASEAN”"),
        ("paragraph", "Kính thưa các vị đại biểu,"),
        ("paragraph", "Thưa các nhà khoa học,"),
        (
            "paragraph",
            "Năm 2010, lần thứ hai giữ cương vị Chủ tịch ASEAN với chủ đề “Hướng tới Cộng đồng ASEAN: từ tầm nhìn tới hành động”, Việt Nam đã tổ chức thành công Hội nghị cấp cao lần thứ 16 và 17 tại Hà Nội.",
        ),
        (
            "paragraph",
            "Cũng trong năm đó, ngày 12/10/2010, ta chủ trì Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) đầu tiên với sự tham gia của tám nước đối tác. Tại Hội nghị cấp cao Đông Á tháng 10/2010 ở Hà Nội, các nhà lãnh đạo nhất trí mời Hoa Kỳ và Nga chính thức tham gia cơ chế này từ năm 2011.",
        ),
        (
            "paragraph",
            "Thưa các quý vị, Trung tâm chúng tôi vừa ký thỏa thuận hợp tác nghiên cứu với Viện Nghiên cứu Đông Nam Á của Xin-ga-po và sẽ tổ chức trường hè ASEAN cho sinh viên năm nước vào tháng 8/2026. Việc thành lập mạng lưới các trung tâm nghiên cứu ASEAN của Việt Nam vẫn chưa được thực hiện.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn."),
    ],
}

CKC = {
    "id": "ckc",
    "shape": "news",
    "date": "2020-11-15",
    "stamp": "Chủ Nhật, 15/11/2020 - 14:30",
    "blocks": [
        ("title", "15 nước ký Hiệp định RCEP tại Hội nghị cấp cao ASEAN trực tuyến"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 15/11, trong khuôn khổ Hội nghị cấp cao ASEAN lần thứ 37 và các hội nghị liên quan do Việt Nam chủ trì theo hình thức trực tuyến, 10 nước ASEAN cùng Trung Quốc, Nhật Bản, Hàn Quốc, Ô-xtrây-li-a và Niu Di-lân đã ký Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP).",
        ),
        ("heading", "Dấu ấn năm Chủ tịch 2020", 1),
        (
            "paragraph",
            "Thủ tướng Nguyễn Xuân Phúc chủ trì lễ ký từ Trung tâm Hội nghị Quốc gia ở Hà Nội; Bộ trưởng Bộ Công Thương Trần Tuấn Anh ký Hiệp định thay mặt Việt Nam. Ấn Độ, nước từng tham gia đàm phán, không ký Hiệp định lần này.",
        ),
        (
            "paragraph",
            "Trong năm Chủ tịch với chủ đề “Gắn kết và chủ động thích ứng”, Việt Nam đã điều hành các hội nghị cấp cao theo hình thức trực tuyến do đại dịch COVID-19, trong đó có Hội nghị cấp cao đặc biệt ASEAN về ứng phó dịch ngày 14/4/2020, thống nhất thành lập Quỹ ASEAN ứng phó COVID-19.",
        ),
        (
            "paragraph",
            "Bế mạc hội nghị, Việt Nam sẽ chuyển giao cương vị Chủ tịch ASEAN năm 2021 cho Bru-nây.",
        ),
    ],
}

CKD = {
    "id": "ckd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH NINH BÌNH':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 96/KH-UBND':<40}Ninh Bình, ngày 10 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hoạt động hợp tác với các nước ASEAN năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hoạt động hợp tác với các nước ASEAN năm 2027"),
        (
            "paragraph",
            "Nhằm phát huy lợi thế du lịch và thu hút đầu tư từ các nước ASEAN, Ủy ban nhân dân tỉnh ban hành Kế hoạch hoạt động hợp tác năm 2027 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ NĂM 2026", 1),
        (
            "paragraph",
            "Năm 2026, tỉnh đã đón đoàn xúc tiến đầu tư của Ma-lai-xi-a và đoàn Bộ Du lịch In-đô-nê-xi-a; ký bản ghi nhớ hợp tác du lịch với tỉnh Siêm Riệp (Cam-pu-chia). Dự án khu công nghiệp do nhà đầu tư Thái Lan đăng ký chưa được cấp phép.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Tháng 5/2027, đăng cai Diễn đàn Du lịch di sản ASEAN tại Khu du lịch Tràng An.",
        ),
        (
            "list_item",
            "2. Cử đoàn xúc tiến đầu tư sang Xin-ga-po và Thái Lan trong quý III/2027.",
        ),
        (
            "list_item",
            "3. Ký thỏa thuận kết nghĩa với tỉnh Luông Pha-bang (Lào), cùng là địa phương có di sản thế giới.",
        ),
        (
            "list_item",
            "4. Phối hợp với Đại sứ quán Phi-líp-pin tổ chức Tuần phim ASEAN nhân Ngày thành lập ASEAN 8/8.",
        ),
        (
            "paragraph",
            "Sở Ngoại vụ chủ trì tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2027.",
        ),
    ],
}

CKE = {
    "id": "cke",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng ASEAN"),
        (
            "paragraph",
            "Cộng đồng ASEAN là mục tiêu liên kết khu vực của Hiệp hội các quốc gia Đông Nam Á, chính thức được thành lập ngày 31/12/2015 sau khi các nhà lãnh đạo ký Tuyên bố Cu-a-la Lăm-pơ về việc thành lập Cộng đồng tại Hội nghị cấp cao lần thứ 27 tháng 11/2015.",
        ),
        ("heading", "Ba trụ cột", 1),
        (
            "paragraph",
            "Cộng đồng gồm ba trụ cột: Cộng đồng Chính trị – An ninh, Cộng đồng Kinh tế và Cộng đồng Văn hóa – Xã hội. Ý tưởng xây dựng Cộng đồng được nêu trong Tuyên bố Hòa hợp ASEAN II (Ba-li, năm 2003); năm 2007, tại Xê-bu (Phi-líp-pin), các nhà lãnh đạo quyết định đẩy sớm thời hạn hoàn thành từ năm 2020 xuống năm 2015.",
        ),
        ("heading", "Cơ sở pháp lý", 1),
        (
            "paragraph",
            "Hiến chương ASEAN, ký tại Xin-ga-po ngày 20/11/2007 và có hiệu lực từ ngày 15/12/2008, tạo khuôn khổ pháp lý cho tiến trình xây dựng Cộng đồng. Việt Nam là một trong những nước sớm phê chuẩn Hiến chương.",
        ),
        ("heading", "Tầm nhìn", 1),
        (
            "paragraph",
            "Sau Tầm nhìn Cộng đồng ASEAN 2025, tháng 5/2025 các nhà lãnh đạo thông qua Tầm nhìn Cộng đồng ASEAN 2045 tại Cu-a-la Lăm-pơ.",
        ),
    ],
}

DOCS = [CKA, CKB, CKC, CKD, CKE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="14:30",
        menu=[("/chinh-tri", "Chính trị"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/asean-2020", "ASEAN 2020"), ("/tag/rcep", "RCEP")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan by heldout_kit.ministry_plan, signed for the People's Committee."""
    return ministry_plan(
        doc,
        signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        recipients=["- Bộ Ngoại giao;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT, NgV."],
        columns=(48, 48, 48, 51),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "speech": speech_text,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="ck",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
