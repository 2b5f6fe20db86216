"""Build the hundred-and-eighty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout185/build_heldout185.py [--check]

Five short documents on Japan and Vietnam's relations with it, on topics the earlier sets do not use as main
topics (ASEAN – Japan relations from the Fukuda Doctrine of 1977 to the comprehensive strategic partnership
of 2023, the Vietnam – Japan Friendship Association's year 2024, the Vietnam – Japan agreement on the
transfer of defence equipment and technology of 11/9/2021, a (fictitious) Ministry of Health plan for health
cooperation with Japan in 2026, the Asia Zero Emission Community). Facts are well-established; authors,
journal, page numbers, document numbers, the association's items and all quoted words are invented, the
ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

QTA_FUKUDA = {
    "id": "qta",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU Á HỌC, Số 2 - 2024",
    "first_page": 112,
    "break_after": 9,
    "blocks": [
        ("title", "TỪ HỌC THUYẾT FUKUDA ĐẾN ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN ASEAN – NHẬT BẢN"),
        ("author", "Phan Thị Minh Nguyệt"),
        ("affiliation", "Khoa Đông phương học, Trường Đại học Khoa học xã hội và nhân văn"),
        (
            "abstract",
            "Bài viết phân tích quan hệ ASEAN – Nhật Bản trong nửa thế kỷ qua và hàm ý đối với Việt Nam.",
            "vi",
        ),
        ("keywords", "Nhật Bản; ASEAN; học thuyết Fukuda; AJCEP", "vi"),
        ("heading", "1. Khởi đầu từ diễn đàn cao su", 1),
        (
            "paragraph",
            "Quan hệ đối thoại ASEAN – Nhật Bản hình thành năm 1973 với diễn đàn về cao su tổng hợp. Cũng năm đó, ngày 21/9/1973, Nhật Bản và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao. Ngày 18/8/1977, tại Ma-ni-la, Thủ tướng Fukuda Takeo công bố ba nguyên tắc: Nhật Bản không trở thành cường quốc quân sự, xây dựng lòng tin “từ trái tim đến trái tim” với Đông Nam Á và là đối tác bình đẳng của ASEAN, đồng thời thúc đẩy hiểu biết với các nước Đông Dương (Lê Thị Thu Hường, 2017, tr. 15).",
        ),
        ("heading", "2. Từ hợp tác kinh tế đến đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Hiệp định Đối tác kinh tế toàn diện ASEAN – Nhật Bản (AJCEP) được ký năm 2008 và có hiệu lực với Việt Nam từ ngày 1/12/2008. Sau khi Mỹ rút khỏi Hiệp định Đối tác xuyên Thái Bình Dương (TPP) tháng 1/2017, Nhật Bản không từ bỏ hiệp định mà cùng mười nước còn lại, trong đó có Việt Nam, ký CPTPP tại Xan-ti-a-gô ngày 8/3/2018 (Sato Kenji, 2020, tr. 204). Tháng 9/2023, tại Gia-các-ta, ASEAN và Nhật Bản nâng quan hệ lên Đối tác chiến lược toàn diện; ba tháng sau, Tokyo đăng cai Hội nghị Cấp cao kỷ niệm 50 năm quan hệ.",
        ),
        ("heading", "3. Hàm ý đối với Việt Nam", 1),
        (
            "paragraph",
            "Nhật Bản là Đối tác chiến lược toàn diện của Việt Nam từ tháng 11/2023 và là nhà tài trợ ODA song phương lớn nhất. Một nhà ngoại giao Nhật Bản từng nhận xét Việt Nam là “nhịp cầu tự nhiên giữa Tokyo và tiểu vùng Mê Công” (Phan Cao Nhật Anh, 2022, tr. 61). Vì thế, ta cần tận dụng các cơ chế ASEAN – Nhật Bản để thu hút thêm vốn và công nghệ cao từ Nhật Bản.",
        ),
    ],
}

QTB_FRIENDSHIP = {
    "id": "qtb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – NHẬT BẢN",
        "Số: 27/BC-HHN",
        "Hà Nội, ngày 23 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 9 đến 14/9/2024, đoàn đại biểu Hội do Chủ tịch Hội dẫn đầu thăm và làm việc tại Tokyo và Kyoto; nhân dịp này, Hội ký thỏa thuận hợp tác giai đoạn 2024 – 2027 với Hội Hữu nghị Nhật – Việt tỉnh Kyoto.",
        ),
        (
            "list_item",
            "2. Sau cơn bão số 3 (Yagi) đầu tháng 9/2024, các hội hữu nghị Nhật – Việt đã quyên góp, gửi tặng đồng bào vùng bão lũ gần 5 tỷ đồng; Chính phủ Nhật Bản cũng viện trợ khẩn cấp hàng cứu trợ thông qua JICA.",
        ),
        (
            "list_item",
            "3. Đón tiếp 6 đoàn của các hội hữu nghị Nhật – Việt từ các tỉnh Nagano, Aichi, Fukuoka và Okinawa sang thăm Việt Nam.",
        ),
        (
            "list_item",
            "4. Vận động một tổ chức phi chính phủ Nhật Bản tài trợ 120.000 USD xây dựng hai điểm trường tại tỉnh Hà Giang.",
        ),
        (
            "list_item",
            "5. Liên hoan giao lưu thanh niên Việt – Nhật dự kiến tổ chức tại Huế trong năm 2024 chưa thực hiện được do thiếu kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, đón đoàn Hội Hữu nghị Nhật – Việt tỉnh Kyoto sang thăm Hà Nội và Huế; hai bên sẽ tổ chức tọa đàm về bảo tồn đô thị cổ.",
        ),
        (
            "list_item",
            "2. Phối hợp tham gia các hoạt động giới thiệu văn hóa Việt Nam tại Triển lãm Thế giới EXPO 2025 Osaka.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động các đối tác Nhật Bản tài trợ học bổng cho học sinh, sinh viên nghèo vượt khó.",
        ),
    ],
}

QTC_DEFENCE = {
    "id": "qtc",
    "shape": "news",
    "date": "2021-09-11",
    "stamp": "Thứ Bảy, 11/09/2021 - 14:20",
    "blocks": [
        ("title", "Việt Nam và Nhật Bản ký Hiệp định chuyển giao trang thiết bị và công nghệ quốc phòng"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 11/9, sau hội đàm tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam, và Bộ trưởng Quốc phòng Nhật Bản Kishi Nobuo, đang thăm chính thức Việt Nam, đã ký Hiệp định giữa hai Chính phủ về chuyển giao trang thiết bị và công nghệ quốc phòng.",
        ),
        ("heading", "Khuôn khổ pháp lý mới", 2),
        (
            "paragraph",
            "Hiệp định tạo cơ sở pháp lý để phía Nhật Bản chuyển giao trang thiết bị và công nghệ quốc phòng cho Việt Nam, tuy hai bên chưa công bố danh mục cụ thể. Hai bộ trưởng cũng nhất trí đẩy mạnh hợp tác về an ninh mạng, quân y, gìn giữ hòa bình và khắc phục hậu quả chiến tranh. Hồi tháng 3 năm nay, Nhật Bản đã ký hiệp định tương tự với In-đô-nê-xi-a.",
        ),
        ("heading", "Nền tảng từ năm 2011", 2),
        (
            "paragraph",
            "Hai nước đã ký Bản ghi nhớ về hợp tác và trao đổi quốc phòng tháng 10/2011 và Tuyên bố Tầm nhìn chung về hợp tác quốc phòng năm 2018. Tháng 7/2020, Nhật Bản ký với Việt Nam khoản vay ODA để đóng mới sáu tàu tuần tra cho Cảnh sát biển Việt Nam.",
        ),
        ("heading", "Về vấn đề Biển Đông", 2),
        (
            "paragraph",
            "Tại hội đàm, hai bên bày tỏ quan ngại về các hành động đơn phương làm thay đổi hiện trạng ở Biển Đông, nhấn mạnh giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế.",
        ),
    ],
}

QTD_PLAN = {
    "id": "qtd",
    "shape": "plan",
    "head": [
        f"{'BỘ Y TẾ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 87/KH-BYT':<40}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": ["KẾ HOẠCH", "Hợp tác y tế với Nhật Bản năm 2026"],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác y tế với Nhật Bản năm 2026"),
        (
            "paragraph",
            "Triển khai quan hệ Đối tác chiến lược toàn diện vì hòa bình và phồn vinh tại châu Á và trên thế giới giữa Việt Nam và Nhật Bản, Bộ Y tế xây dựng Kế hoạch hợp tác y tế với Nhật Bản năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Nhật Bản là một trong những nhà tài trợ lớn nhất của ngành y tế nước ta; Bệnh viện Chợ Rẫy và Bệnh viện Bạch Mai đều được nâng cấp bằng viện trợ không hoàn lại của Nhật Bản. Trong đại dịch Covid-19, phía Nhật Bản đã viện trợ cho Việt Nam hàng triệu liều vắc-xin. Từ năm 2014, điều dưỡng, hộ lý Việt Nam sang Nhật Bản làm việc theo Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA). Năm ngoái, hai Bộ đã tổ chức đối thoại chính sách về già hóa dân số tại Tokyo, song chưa ký được bản ghi nhớ hợp tác mới.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 5, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Tokyo làm việc với Bộ Y tế, Lao động và Phúc lợi Nhật Bản; hai bên dự kiến ký bản ghi nhớ hợp tác giai đoạn 2026 – 2030 nhân dịp này.",
        ),
        (
            "list_item",
            "2. Phối hợp với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) triển khai dự án hỗ trợ kỹ thuật nâng cao năng lực y tế cơ sở tại các tỉnh miền núi phía Bắc.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Nhật Bản tiếp nhận 50 bác sĩ trẻ sang đào tạo chuyên sâu về ung bướu và lão khoa.",
        ),
        (
            "list_item",
            "4. Không đề xuất vay vốn ODA mới của Nhật Bản cho các bệnh viện tuyến trung ương trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đơn vị đầu mối, theo dõi và báo cáo Bộ trưởng kết quả thực hiện Kế hoạch.",
        ),
    ],
}

QTE_AZEC = {
    "id": "qte",
    "shape": "entry",
    "blocks": [
        ("title", "Cộng đồng Phát thải ròng bằng không châu Á"),
        (
            "paragraph",
            "Cộng đồng Phát thải ròng bằng không châu Á (Asia Zero Emission Community – AZEC) là khuôn khổ hợp tác về chuyển đổi năng lượng và giảm phát thải do Nhật Bản khởi xướng, gồm 11 nước: Nhật Bản, Ô-xtrây-li-a và chín nước ASEAN là Bru-nây, Cam-pu-chia, In-đô-nê-xi-a, Lào, Ma-lai-xi-a, Phi-líp-pin, Xin-ga-po, Thái Lan và Việt Nam.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Hội nghị Bộ trưởng AZEC đầu tiên họp tại Tokyo tháng 3/2023, khẳng định các nước cùng hướng tới trung hòa các-bon theo những lộ trình phù hợp với hoàn cảnh từng nước. Ngày 18/12/2023, ngay sau Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN – Nhật Bản, Thủ tướng Kishida Fumio chủ trì Hội nghị các nhà lãnh đạo AZEC lần thứ nhất tại Tokyo. Hội nghị các nhà lãnh đạo lần thứ hai diễn ra tại Viêng Chăn tháng 10/2024.",
        ),
        ("heading", "Thành viên và hợp tác", 1),
        (
            "paragraph",
            "Mi-an-ma không tham gia AZEC. Nhật Bản cam kết hỗ trợ tài chính và công nghệ cho các nước đối tác, chủ yếu thông qua Cơ quan Hợp tác quốc tế Nhật Bản (JICA) và Ngân hàng Hợp tác quốc tế Nhật Bản (JBIC).",
        ),
        ("heading", "Việt Nam và AZEC", 1),
        (
            "paragraph",
            "Việt Nam tham gia AZEC ngay từ khi khuôn khổ này được hình thành. Trước đó, tháng 12/2022, Việt Nam đã ra tuyên bố chính trị thiết lập Quan hệ Đối tác chuyển đổi năng lượng công bằng (JETP) với nhóm các đối tác quốc tế, trong đó có Nhật Bản.",
        ),
    ],
}

DOCS = [QTA_FUKUDA, QTB_FRIENDSHIP, QTC_DEFENCE, QTD_PLAN, QTE_AZEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the page number centred
    as "- N -" (heldout_kit.headed_journal: title at 50 columns, labels and body at 72)."""
    return headed_journal(doc, title=50, label=72, body=72, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 72 columns, every line followed by an empty
    line; the association's signature at the end."""
    return word_text(doc, 72, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page with the lead in <p class="lead"><strong> and <h2> subheads."""
    return news_page(
        doc,
        section="Chính trị",
        time="14:20",
        menu=[("/chinh-tri", "Chính trị"), ("/quoc-phong", "Quốc phòng")],
        tags=[("/tag/nhat-ban", "Nhật Bản"), ("/tag/quoc-phong", "Quốc phòng")],
        lead='<p class="lead"><strong>{}</strong></p>',
        heading="<h2>{}</h2>",
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the issuer/motto block, the centred two-line title, body at 76 columns, "Nơi nhận"
    beside the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Bộ Tài chính;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
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
        prefix="qt",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
