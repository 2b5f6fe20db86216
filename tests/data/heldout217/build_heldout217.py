"""Build the two hundred and seventeenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout217/build_heldout217.py [--check]

Five short documents on topics the earlier sets do not use as main topics (the Soviet – Japanese Joint
Declaration of 1956 and the unsigned Japan – Russia peace treaty, the Vietnam – Korea Friendship
Association in 2024, Vladimir Putin's visit to Japan of 15 – 16/12/2016, a (fictitious) plan of the
Vietnamese Consulate General in Fukuoka for 2026, an encyclopedia entry on the San Francisco Peace
Treaty of 1951). Nothing in src/ was changed for them. Facts are well-established; authors, journal,
page numbers, document numbers, the association's and the consulate's items and all quoted words are
invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
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
    plan_text,
    word_text,
)

CRA_JAPAN_RUSSIA = {
    "id": "cra",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU Á VÀ THẾ GIỚI – Số 5 (2024)",
    "first_page": 88,
    "break_after": 11,
    "blocks": [
        ("title", "TUYÊN BỐ CHUNG XÔ – NHẬT NĂM 1956 VÀ VẤN ĐỀ HIỆP ƯỚC HÒA BÌNH NHẬT – NGA"),
        ("author", "Đỗ Thị Thu Hằng"),
        ("affiliation", "Viện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại quá trình đàm phán hiệp ước hòa bình giữa Nhật Bản và Liên Xô, sau này là Nga, từ năm 1956 đến nay và đánh giá triển vọng của vấn đề.",
            "vi",
        ),
        ("keywords", "Nhật Bản; Nga; Tuyên bố chung 1956; hiệp ước hòa bình; Lãnh thổ phương Bắc", "vi"),
        ("heading", "1. Di sản của năm 1956", 1),
        (
            "paragraph",
            "Liên Xô tham dự Hội nghị San Francisco nhưng không ký hòa ước với Nhật Bản ngày 8/9/1951. Phải đến ngày 19/10/1956, tại Mát-xcơ-va, hai nước mới ký Tuyên bố chung, chấm dứt tình trạng chiến tranh và khôi phục quan hệ ngoại giao. Văn kiện có hiệu lực ngày 12/12/1956; sáu ngày sau, Nhật Bản được kết nạp vào Liên hợp quốc với sự ủng hộ của Liên Xô, nước trước đó từng phủ quyết đơn gia nhập của Tokyo (Vũ Đức Minh, 2015, tr. 38). Theo Điều 9 của Tuyên bố, Liên Xô đồng ý trao cho Nhật Bản đảo Shikotan và nhóm đảo Habomai sau khi hai nước ký hiệp ước hòa bình.",
        ),
        ("heading", "2. Những nỗ lực chưa thành", 1),
        (
            "paragraph",
            "Năm 1960, sau khi Nhật Bản và Mỹ ký Hiệp ước hợp tác và an ninh sửa đổi, Mát-xcơ-va đặt thêm điều kiện rút quân đội nước ngoài khỏi Nhật Bản. Ngày 14/11/2018, tại Xin-ga-po, Thủ tướng Shinzo Abe và Tổng thống Vladimir Putin nhất trí đẩy nhanh đàm phán hiệp ước hòa bình trên cơ sở Tuyên bố chung năm 1956. Tuy vậy, hai bên vẫn chưa thu hẹp được bất đồng về chủ quyền đối với các đảo mà Nhật Bản gọi là “Lãnh thổ phương Bắc” (Kiều Thanh Nga, 2020).",
        ),
        ("heading", "3. Bế tắc sau năm 2022", 1),
        (
            "paragraph",
            "Sau khi Nga mở chiến dịch quân sự đặc biệt tại U-crai-na, Nhật Bản cùng các nước G7 áp đặt nhiều biện pháp trừng phạt đối với Mát-xcơ-va. Ngày 21/3/2022, Bộ Ngoại giao Nga tuyên bố đình chỉ đàm phán hiệp ước hòa bình với Tokyo và ngừng các hoạt động kinh tế chung trên quần đảo. Một học giả Nhật Bản nhận xét rằng “cánh cửa đối thoại đã khép lại trong ít nhất một thế hệ” (Ono Keiko, 2023, tr. 91). Là đối tác chiến lược toàn diện của cả Nga và Nhật Bản, Việt Nam mong muốn các bên giải quyết bất đồng bằng biện pháp hòa bình.",
        ),
    ],
}

CRB_FRIENDSHIP = {
    "id": "crb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – HÀN QUỐC",
        "Số: 36/BC-HHN",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết hoạt động năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân kỷ niệm 32 năm thiết lập quan hệ ngoại giao Việt Nam – Hàn Quốc (22/12/1992 – 22/12/2024), Hội phối hợp với Đại sứ quán Hàn Quốc tổ chức chương trình giao lưu văn hóa tại Hà Nội.",
        ),
        (
            "list_item",
            "2. Tháng 6, đoàn Hội do Chủ tịch Hội dẫn đầu thăm tỉnh Gyeongsangbuk và thành phố Daegu; nhân dịp này, Hội ký thỏa thuận hợp tác với Hội Hữu nghị Hàn – Việt khu vực Daegu.",
        ),
        (
            "list_item",
            "3. Được chính quyền tỉnh Gyeongsangbuk tài trợ, Hội cùng Hội Chữ thập đỏ tỉnh Hà Giang xây dựng hai điểm trường tại huyện Mèo Vạc.",
        ),
        (
            "list_item",
            "4. Sau cơn bão số 3 (Yagi) hồi tháng 9, nhiều tổ chức và cộng đồng người Hàn Quốc tại Việt Nam đã quyên góp ủng hộ đồng bào vùng bị thiệt hại thông qua Hội.",
        ),
        (
            "list_item",
            "5. Diễn đàn nhân dân Việt Nam – Hàn Quốc dự kiến tổ chức tại Seoul trong năm chưa thực hiện được do phía bạn đề nghị lùi thời gian.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Đón đoàn Hội Hữu nghị Hàn – Việt khu vực Daegu sang thăm và làm việc tại Việt Nam vào tháng 4 năm sau.",
        ),
        (
            "list_item",
            "2. Phối hợp với Trung tâm Văn hóa Hàn Quốc tổ chức cuộc thi tìm hiểu về đất nước, con người Hàn Quốc.",
        ),
        (
            "list_item",
            "3. Vận động các tổ chức Hàn Quốc tiếp tục tài trợ các dự án nhân đạo, ưu tiên các tỉnh chịu ảnh hưởng của bão số 3.",
        ),
    ],
}

CRC_PUTIN = {
    "id": "crc",
    "shape": "news",
    "date": "2016-12-16",
    "stamp": "Thứ Sáu, 16/12/2016 - 21:30",
    "blocks": [
        ("title", "Nhật – Nga nhất trí bàn về hợp tác kinh tế trên các đảo tranh chấp"),
        (
            "paragraph",
            "Tokyo (TTXVN) – Ngày 16/12, kết thúc hai ngày hội đàm, Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Nga Vladimir Putin nhất trí bắt đầu tham vấn về các hoạt động kinh tế chung trên bốn hòn đảo mà Nhật Bản gọi là Lãnh thổ phương Bắc, còn Nga gọi là quần đảo Nam Kuril.",
        ),
        ("heading", "Chuyến thăm đầu tiên sau 11 năm", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Nhật Bản đầu tiên của ông Putin kể từ năm 2005. Hai nhà lãnh đạo đã gặp nhau tại Vladivostok hồi tháng 9 vừa qua. Hôm qua, ông Abe đón người đồng cấp Nga tại quê nhà Nagato, tỉnh Yamaguchi; sang ngày hôm nay, hai nhà lãnh đạo tiếp tục làm việc tại Tokyo và chứng kiến lễ ký hàng chục văn kiện hợp tác trong các lĩnh vực năng lượng, y tế và đầu tư.",
        ),
        ("heading", "Hiệp ước hòa bình vẫn xa vời", 1),
        (
            "paragraph",
            "Tuy nhiên, hai bên chưa đạt đột phá nào về hiệp ước hòa bình, văn kiện mà Tokyo và Mát-xcơ-va vẫn chưa ký kể từ khi Chiến tranh thế giới thứ hai kết thúc. Nhật Bản cũng chưa dỡ bỏ các biện pháp trừng phạt áp đặt đối với Nga từ năm 2014 liên quan đến vấn đề Crưm.",
        ),
        (
            "paragraph",
            "Hai nhà lãnh đạo nhất trí sẽ tiếp tục gặp nhau trong năm tới.",
        ),
    ],
}

CRD_PLAN = {
    "id": "crd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỔNG LÃNH SỰ QUÁN VIỆT NAM':<42}Độc lập - Tự do - Hạnh phúc",
        "TẠI FUKUOKA",
        f"{'Số: 05/KH-TLSQ':<42}Fukuoka, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Công tác đối ngoại địa phương và bảo hộ công dân",
        "tại khu vực Kyushu năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Công tác đối ngoại địa phương và bảo hộ công dân tại khu vực Kyushu năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng tại châu Á và trên thế giới giữa Việt Nam và Nhật Bản, được thiết lập ngày 27/11/2023, Tổng Lãnh sự quán xây dựng Kế hoạch công tác năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Cộng đồng người Việt Nam tại khu vực Kyushu tiếp tục tăng, chủ yếu là thực tập sinh kỹ năng và du học sinh. Năm ngoái, Tổng Lãnh sự quán đã hỗ trợ đoàn doanh nghiệp tỉnh Kumamoto sang tìm hiểu cơ hội đầu tư tại Bắc Ninh và Hải Phòng, song chưa có dự án nào được cấp phép.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4, phối hợp với chính quyền thành phố Fukuoka tổ chức Lễ hội Việt Nam tại công viên Tenjin Chuo.",
        ),
        (
            "list_item",
            "2. Hỗ trợ tỉnh Quảng Ninh và tỉnh Nagasaki hoàn tất thủ tục ký Biên bản ghi nhớ hợp tác về du lịch và cảng biển, dự kiến vào tháng 7.",
        ),
        (
            "list_item",
            "3. Làm việc với Cục Quản lý xuất nhập cảnh khu vực Fukuoka về các vụ việc liên quan đến thực tập sinh Việt Nam.",
        ),
        (
            "list_item",
            "4. Đón đoàn Hội đồng tỉnh Kagoshima sang thăm Việt Nam vào tháng 10.",
        ),
        (
            "list_item",
            "5. Đề nghị tỉnh Fukuoka tiếp tục cử tình nguyện viên tiếng Nhật sang giảng dạy tại một số trường đại học của Việt Nam.",
        ),
        (
            "paragraph",
            "Bộ phận Lãnh sự là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này; định kỳ sáu tháng báo cáo Đại sứ quán và Bộ Ngoại giao.",
        ),
    ],
}

CRE_SAN_FRANCISCO = {
    "id": "cre",
    "shape": "entry",
    "blocks": [
        ("title", "Hòa ước San Francisco"),
        (
            "paragraph",
            "Hòa ước San Francisco (Hiệp ước hòa bình với Nhật Bản) là điều ước quốc tế chấm dứt tình trạng chiến tranh giữa Nhật Bản và các nước Đồng minh, được 49 quốc gia, trong đó có Nhật Bản, ký ngày 8/9/1951 tại San Francisco (Mỹ). Hòa ước có hiệu lực từ ngày 28/4/1952, chấm dứt thời kỳ Đồng minh chiếm đóng Nhật Bản.",
        ),
        ("heading", "Các bên tham dự", 1),
        (
            "paragraph",
            "Hội nghị có đại diện của 51 nước. Liên Xô, Ba Lan và Tiệp Khắc tham dự nhưng từ chối ký; Ấn Độ và Miến Điện không cử phái đoàn. Cả Cộng hòa Nhân dân Trung Hoa lẫn chính quyền Đài Bắc đều không được mời.",
        ),
        ("heading", "Nội dung chính", 1),
        (
            "paragraph",
            "Theo Điều 2, Nhật Bản từ bỏ mọi quyền, danh nghĩa và yêu sách đối với Triều Tiên, Đài Loan, Bành Hồ, quần đảo Kuril, Nam Sakhalin, quần đảo Hoàng Sa và quần đảo Trường Sa. Cùng ngày, Nhật Bản và Mỹ ký Hiệp ước an ninh, cho phép quân đội Mỹ tiếp tục đóng tại Nhật Bản.",
        ),
        ("heading", "Việt Nam tại hội nghị", 1),
        (
            "paragraph",
            "Phái đoàn Quốc gia Việt Nam do Thủ tướng Trần Văn Hữu dẫn đầu tham dự hội nghị. Ngày 7/9/1951, ông Trần Văn Hữu tuyên bố chủ quyền lâu đời của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa mà không gặp sự phản đối của đại biểu nào. Đề nghị sửa đổi của trưởng đoàn Liên Xô A. Gromyko nhằm trao hai quần đảo này cho Trung Quốc bị hội nghị bác bỏ. Quốc gia Việt Nam là một trong các bên ký hòa ước.",
        ),
    ],
}

DOCS = [CRA_JAPAN_RUSSIA, CRB_FRIENDSHIP, CRC_PUTIN, CRD_PLAN, CRE_SAN_FRANCISCO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" flush right under the
    body (heldout_kit.headed_journal: title at 48 columns, labels and body at 72)."""
    return headed_journal(doc, title=48, label=72, body=72, page_label="Trang {}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: one paragraph a line, every line followed by an empty line;
    the signature block at the end."""
    return word_text(doc, None, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the lead in <h2 class="sapo">, subheads in <h3>."""
    return news_page(
        doc,
        section="Thế giới",
        time="21:30",
        menu=[("/the-gioi", "Thế giới"), ("/chau-a", "Châu Á – Thái Bình Dương")],
        tags=[("/tag/nhat-ban", "Nhật Bản"), ("/tag/nga", "Nga"), ("/tag/putin", "Vladimir Putin")],
        lead='<h2 class="sapo">{}</h2>',
    )


def render_plan(doc: dict) -> str:
    """A consulate's plan: the issuer/motto block (the issuer on two lines), the centred title, body at 76
    columns, the "Nơi nhận" list beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Cục Lãnh sự, Vụ Đông Bắc Á (để b/c);", "- Đại sứ quán tại Nhật Bản;", "- Lưu: VT."],
        ["TỔNG LÃNH SỰ", "", "(đã ký)"],
        columns=(50, 50, 52),
    )


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
        prefix="cr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
