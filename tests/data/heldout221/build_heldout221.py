"""Build the 221st held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout221/build_heldout221.py [--check]

Five short documents on Cambodia and early regional groupings (Cambodia in ASEAN from the postponed admission
of 1997 to its three chair years, the Vietnamese Consulate General in Battambang's report on the first half of
2025, Cambodia's admission ceremony in Hà Nội on 30/4/1999, a (fictitious) plan of the Hồ Chí Minh Communist
Youth Union for youth exchanges with Cambodia in 2026, an encyclopedia entry on the Association of Southeast
Asia (ASA, 1961)). Facts are well-established; authors, journal, page numbers, document numbers, the
consulate's local items, the youth union's plan and all quoted words are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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
    news_page,
    official_text,
    word_text,
)

CVA_CAMBODIA_ASEAN = {
    "id": "cva",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ ĐÔNG NAM Á – Số 3 (2025)",
    "first_page": 87,
    "break_after": 10,
    "blocks": [
        ("title", "CAMPUCHIA TRONG ASEAN: TỪ LẦN KẾT NẠP BỊ HOÃN ĐẾN BA NĂM CHỦ TỊCH"),
        ("author", "Trần Văn Khải"),
        ("affiliation", "Viện Nghiên cứu Đông Nam Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát chặng đường hội nhập ASEAN của Campuchia và vai trò của nước này qua ba năm Chủ tịch.",
            "vi",
        ),
        ("keywords", "Campuchia; ASEAN; năm Chủ tịch; hội nhập khu vực", "vi"),
        ("heading", "1. Lần kết nạp bị hoãn", 1),
        (
            "paragraph",
            "Theo kế hoạch, Campuchia sẽ cùng Lào và Mi-an-ma gia nhập ASEAN vào tháng 7/1997. Tuy nhiên, sau cuộc xung đột vũ trang giữa các lực lượng chính trị ở Phnôm Pênh đầu tháng 7 năm đó, các Bộ trưởng Ngoại giao ASEAN quyết định hoãn việc kết nạp nước này (Nguyễn Hoàng Long, 2017, tr. 52). Phải đến sau cuộc tổng tuyển cử tháng 7/1998, Campuchia mới được kết nạp tại một buổi lễ ở Hà Nội ngày 30/4/1999, đưa ASEAN trở thành tổ chức của cả mười quốc gia Đông Nam Á.",
        ),
        ("heading", "2. Hai năm Chủ tịch 2002 và 2012", 1),
        (
            "paragraph",
            "Năm 2002, lần đầu làm Chủ tịch ASEAN, Campuchia đăng cai Hội nghị cấp cao lần thứ 8 tại Phnôm Pênh, nơi ASEAN và Trung Quốc ký Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) ngày 4/11/2002. Năm Chủ tịch 2012 để lại dấu ấn trái chiều: tháng 7/2012, lần đầu tiên trong 45 năm, Hội nghị Bộ trưởng Ngoại giao ASEAN không ra được thông cáo chung vì bất đồng về vấn đề Biển Đông (Phan Anh Tuấn, 2014); song cũng tại Phnôm Pênh, ngày 20/11/2012, các nhà lãnh đạo tuyên bố khởi động đàm phán Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP).",
        ),
        ("heading", "3. Năm 2022 và sự ủng hộ của Việt Nam", 1),
        (
            "paragraph",
            "Lần thứ ba làm Chủ tịch, năm 2022, Campuchia chủ trì các hội nghị cấp cao lần thứ 40 và 41 tại Phnôm Pênh; ngày 11/11/2022, các nhà lãnh đạo ASEAN nhất trí về nguyên tắc kết nạp Đông Ti-mo làm thành viên thứ 11. Việt Nam luôn ủng hộ Campuchia hội nhập khu vực; như một nhà ngoại giao nhận xét, đó là sự ủng hộ “xuất phát từ lợi ích chung của cả Hiệp hội” (Đỗ Thị Thu Trang, 2023, tr. 9). Hai nước đã thiết lập quan hệ ngoại giao từ ngày 24/6/1967.",
        ),
    ],
}

CVB_BATTAMBANG = {
    "id": "cvb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI BATTAMBANG",
        "Số: 95/BC-TLSQ",
        "Battambang, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Công tác sáu tháng đầu năm 2025 và nhiệm vụ sáu tháng cuối năm"],
    "blocks": [
        ("title", "BÁO CÁO Công tác sáu tháng đầu năm 2025 và nhiệm vụ sáu tháng cuối năm"),
        ("heading", "I. TÌNH HÌNH ĐỊA BÀN", 1),
        (
            "list_item",
            "1. Quan hệ Thái Lan – Campuchia căng thẳng sau vụ đụng độ vũ trang giữa binh sĩ hai nước tại khu vực biên giới ngày 28/5, làm một binh sĩ Campuchia thiệt mạng. Sau đó, hai bên đã áp dụng một số biện pháp hạn chế qua lại và thương mại tại các cửa khẩu.",
        ),
        (
            "list_item",
            "2. Ủy ban biên giới chung Thái Lan – Campuchia đã họp tại Phnôm Pênh ngày 14/6 nhưng chưa đạt được thỏa thuận về các khu vực tranh chấp.",
        ),
        (
            "list_item",
            "3. Cộng đồng người Việt tại các tỉnh Battambang, Banteay Meanchey và Pursat cơ bản ổn định; chính quyền sở tại tiếp tục phối hợp cấp giấy tờ tùy thân cho bà con.",
        ),
        ("heading", "II. KẾT QUẢ CÔNG TÁC", 1),
        (
            "list_item",
            "1. Tháng 3/2025, Tổng Lãnh sự quán phối hợp đón đoàn đại biểu tỉnh An Giang sang thăm và làm việc với chính quyền tỉnh Battambang; hai bên ký biên bản ghi nhớ hợp tác về nông nghiệp và giáo dục.",
        ),
        (
            "list_item",
            "2. Phối hợp với các cơ quan chức năng Campuchia tiếp nhận, bảo hộ 27 công dân Việt Nam bị lừa sang làm việc tại các cơ sở lừa đảo trực tuyến ở Poipet và đưa về nước an toàn.",
        ),
        ("heading", "III. NHIỆM VỤ SÁU THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Theo dõi sát diễn biến quan hệ Thái Lan – Campuchia, sẵn sàng phương án bảo hộ công dân nếu tình hình biên giới xấu đi.",
        ),
        (
            "list_item",
            "2. Tháng 9 tới, tổ chức đoàn doanh nghiệp Việt Nam sang khảo sát cơ hội đầu tư chế biến lúa gạo tại Battambang.",
        ),
        (
            "list_item",
            "3. Chưa triển khai công tác lãnh sự lưu động tại Pailin do chưa được phía bạn chấp thuận.",
        ),
    ],
}

CVC_ADMISSION = {
    "id": "cvc",
    "shape": "news",
    "date": "1999-04-30",
    "stamp": "Thứ Sáu, 30/04/1999 - 17:20",
    "blocks": [
        ("title", "Campuchia chính thức trở thành thành viên thứ 10 của ASEAN"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 30/4, tại Hà Nội, Lễ kết nạp Vương quốc Campuchia vào Hiệp hội các quốc gia Đông Nam Á (ASEAN) đã được tổ chức trọng thể, đưa số thành viên của Hiệp hội lên mười.",
        ),
        ("heading", "Ước mơ ASEAN-10 thành hiện thực", 1),
        (
            "paragraph",
            "Bộ trưởng Ngoại giao Campuchia Hor Namhong cùng Bộ trưởng Ngoại giao các nước thành viên đã ký Tuyên bố về việc kết nạp Vương quốc Campuchia vào ASEAN. Là nước chủ nhà Hội nghị cấp cao ASEAN lần thứ 6 hồi tháng 12 năm ngoái, nơi các nhà lãnh đạo quyết định kết nạp Campuchia, Việt Nam đăng cai buổi lễ.",
        ),
        ("heading", "Chặng đường gần hai năm", 1),
        (
            "paragraph",
            "Campuchia lẽ ra đã gia nhập ASEAN cùng Lào và Mi-an-ma từ ngày 23/7/1997, nhưng việc kết nạp bị hoãn lại sau biến động chính trị ở Phnôm Pênh hồi tháng 7 năm đó. Cuộc tổng tuyển cử tháng 7 năm ngoái và việc thành lập chính phủ liên hiệp do Thủ tướng Hun Xen đứng đầu đã mở đường cho nước này trở lại tiến trình gia nhập.",
        ),
        (
            "paragraph",
            "Từ năm 1995, Campuchia đã là thành viên của Diễn đàn Khu vực ASEAN (ARF). Với việc gia nhập Hiệp hội, nước này sẽ tham gia Khu vực Thương mại tự do ASEAN (AFTA) theo lộ trình cắt giảm thuế quan dành cho các thành viên mới.",
        ),
    ],
}

CVD_YOUTH_PLAN = {
    "id": "cvd",
    "shape": "plan",
    "head": [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<40}ĐOÀN TNCS HỒ CHÍ MINH",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "          ***",
        f"{'Số: 412-KH/TWĐTN-QT':<40}Hà Nội, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hoạt động đối ngoại thanh niên với",
        "Vương quốc Campuchia năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hoạt động đối ngoại thanh niên với Vương quốc Campuchia năm 2026"),
        (
            "paragraph",
            "Căn cứ Chương trình hợp tác giữa Trung ương Đoàn và Liên hiệp Thanh niên Campuchia (UYFC) giai đoạn 2023 – 2027, Ban Bí thư Trung ương Đoàn xây dựng Kế hoạch hoạt động năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, hai bên phối hợp tổ chức Diễn đàn Thanh niên Việt Nam – Campuchia lần thứ năm tại Xiêm Riệp. Trung ương Đoàn đã đón 3 đoàn thanh niên Campuchia sang thăm, học tập kinh nghiệm và trao 200 suất học bổng cho sinh viên Campuchia đang học tập tại Việt Nam. Chương trình tình nguyện hè tại các tỉnh tây bắc Campuchia chưa thực hiện được do xung đột ở khu vực biên giới Thái Lan – Campuchia.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4/2026, cử đoàn đại biểu Trung ương Đoàn do đồng chí Bí thư thứ nhất dẫn đầu sang thăm Campuchia, làm việc với UYFC và ký Chương trình hành động giai đoạn 2026 – 2027.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Campuchia tại Hà Nội tổ chức Ngày hội văn hóa thanh niên hai nước nhân kỷ niệm 59 năm Ngày thiết lập quan hệ ngoại giao (24/6/1967 – 24/6/2026).",
        ),
        (
            "list_item",
            "3. Cùng Đoàn Thanh niên Nhân dân Cách mạng Lào và UYFC tổ chức Trại hè thanh niên ba nước Campuchia – Lào – Việt Nam tại Kon Tum vào tháng 7/2026.",
        ),
        (
            "list_item",
            "4. Đề nghị Quỹ đặc biệt Hợp tác Mê Công – Lan Thương hỗ trợ kinh phí cho dự án “Thanh niên khởi nghiệp vùng biên”.",
        ),
        (
            "list_item",
            "5. Không tổ chức Diễn đàn Thanh niên Việt Nam – Campuchia lần thứ sáu trong năm 2026; từ năm 2027, diễn đàn sẽ được tổ chức hai năm một lần.",
        ),
        (
            "paragraph",
            "Ban Quốc tế Trung ương Đoàn chủ trì, theo dõi và tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

CVE_ASA = {
    "id": "cve",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp hội Đông Nam Á (ASA)"),
        (
            "paragraph",
            "Hiệp hội Đông Nam Á (Association of Southeast Asia, ASA) là tổ chức hợp tác khu vực do Liên bang Ma-lai-a, Phi-líp-pin và Thái Lan thành lập theo Tuyên bố Băng Cốc ngày 31/7/1961. Sáng kiến này được Thủ tướng Ma-lai-a Tun-ku Áp-đun Ra-man và Ngoại trưởng Thái Lan Tha-nát Khô-man tích cực thúc đẩy. Tổ chức nhằm thúc đẩy hợp tác kinh tế, văn hóa và khoa học giữa các thành viên và không mang tính chất một liên minh quân sự. In-đô-nê-xi-a và Miến Điện không tham gia ASA.",
        ),
        ("heading", "Đình trệ", 1),
        (
            "paragraph",
            "Hoạt động của ASA bị đình trệ từ năm 1963, khi Phi-líp-pin đòi chủ quyền đối với Xa-ba và không công nhận Liên bang Ma-lai-xi-a, ra đời ngày 16/9/1963. Cũng trong năm 1963, Phi-líp-pin, Ma-lai-a và In-đô-nê-xi-a thỏa thuận lập nhóm Maphilindo, song nhóm này không đi vào hoạt động do cuộc đối đầu giữa In-đô-nê-xi-a và Ma-lai-xi-a (1963 – 1966). Sau khi quan hệ Phi-líp-pin – Ma-lai-xi-a được bình thường hóa năm 1966, ASA hoạt động trở lại trong thời gian ngắn.",
        ),
        ("heading", "Kết thúc", 1),
        (
            "paragraph",
            "Ngày 8/8/1967, ba thành viên của ASA cùng In-đô-nê-xi-a và Xin-ga-po ký Tuyên bố Băng Cốc thành lập Hiệp hội các quốc gia Đông Nam Á (ASEAN). Các hoạt động của ASA sau đó được chuyển giao cho tổ chức mới, và ASA chấm dứt tồn tại. Dù hoạt động hạn chế, kinh nghiệm hợp tác của ASA được coi là tiền đề trực tiếp cho sự ra đời của ASEAN.",
        ),
    ],
}

DOCS = [CVA_CAMBODIA_ASEAN, CVB_BATTAMBANG, CVC_ADMISSION, CVD_YOUTH_PLAN, CVE_ASA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the consul general's signature at the end."""
    return word_text(doc, 72, ["TỔNG LÃNH SỰ", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: meta date, nav menu, <article>, <h1>, date line, the lead in
    <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="17:20",
        menu=[("/thoi-su", "Thời sự"), ("/asean", "ASEAN")],
        tags=[("/tag/asean-10", "ASEAN-10"), ("/tag/campuchia", "Campuchia")],
    )


def render_plan(doc: dict) -> str:
    """The youth union's plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    tail = [
        f"{'Nơi nhận:':<48}TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN",
        f"{'- Ban Đối ngoại Trung ương (để b/c);':<48}BÍ THƯ",
        f"{'- Lưu: VP, Ban QT.':<51}(đã ký)",
    ]
    return official_text(doc, 76, tail)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="cv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
