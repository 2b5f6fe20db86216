"""Build the hundred-and-seventy-eighth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout178/build_heldout178.py [--check]

Five short documents on Vietnam – Russia energy and nuclear cooperation, a topic the earlier sets do not use
as a main one (oil, gas and nuclear power from Vietsovpetro to Ninh Thuận 1, the Vietnam Atomic Energy
Institute's international cooperation in 2024, Vladimir Putin's state visit to Hà Nội of 19 – 20/6/2024, a
(fictitious) Ministry of Education and Training plan for training nuclear-power staff with Russia in 2026,
an encyclopedia entry on the Vietnam – Soviet Treaty of Friendship and Cooperation of 1978). Nothing in src/
was changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
institute's report items, the plan (number, date, tasks) and all quoted words are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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

PWA_ENERGY = {
    "id": "pwa",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ NĂNG LƯỢNG VÀ QUAN HỆ QUỐC TẾ – Số 12 (2024)",
    "first_page": 88,
    "break_after": 12,
    "blocks": [
        ("title", "HỢP TÁC NĂNG LƯỢNG VIỆT NAM – NGA: TỪ VIETSOVPETRO ĐẾN ĐIỆN HẠT NHÂN NINH THUẬN"),
        ("author", "Lã Văn Cường"),
        ("affiliation", "Viện Kinh tế và Chính trị thế giới, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát hơn bốn thập kỷ hợp tác năng lượng giữa Việt Nam với Liên Xô và Liên bang Nga, từ khai thác dầu khí đến dự án điện hạt nhân.",
            "vi",
        ),
        ("keywords", "Vietsovpetro; Rusvietpetro; điện hạt nhân; đối tác chiến lược toàn diện", "vi"),
        ("heading", "1. Những nền móng đầu tiên", 1),
        (
            "paragraph",
            "Ngày 19/6/1981, tại Mát-xcơ-va, Chính phủ hai nước ký Hiệp định về hợp tác thăm dò địa chất và khai thác dầu khí ở thềm lục địa phía Nam Việt Nam, làm cơ sở cho việc thành lập Xí nghiệp liên doanh Vietsovpetro. Năm năm sau, ngày 26/6/1986, những tấn dầu thô đầu tiên được khai thác từ mỏ Bạch Hổ, đưa nước ta vào danh sách các nước sản xuất dầu mỏ (Nguyễn Hữu Phúc, 2016, tr. 63). Sau khi Liên Xô tan rã, phía Nga kế thừa phần vốn góp trong liên doanh; cuối năm 2010, hai bên ký hiệp định mới, kéo dài hoạt động của Vietsovpetro thêm 20 năm.",
        ),
        ("heading", "2. Từ đối tác chiến lược đến đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Tuyên bố chung về quan hệ đối tác chiến lược được ký nhân chuyến thăm Việt Nam của Tổng thống Vladimir Putin tháng 3/2001. Từ đó, dòng đầu tư dầu khí bắt đầu đi theo chiều ngược lại: liên doanh Rusvietpetro giữa Tập đoàn Dầu khí Việt Nam và Zarubezhneft, thành lập năm 2008, khai thác dầu tại Khu tự trị Nenets của Nga. Tháng 7/2012, hai nước nâng quan hệ lên đối tác chiến lược toàn diện, trong đó năng lượng tiếp tục được xác định là trụ cột (Đinh Thị Lan Anh, 2020).",
        ),
        ("heading", "3. Điện hạt nhân: dừng lại và khởi động lại", 1),
        (
            "paragraph",
            "Hiệp định giữa Chính phủ hai nước về hợp tác xây dựng Nhà máy điện hạt nhân Ninh Thuận 1 được ký tại Hà Nội ngày 31/10/2010. Tuy nhiên, ngày 22/11/2016, Quốc hội thông qua nghị quyết dừng chủ trương đầu tư dự án vì lý do kinh tế. Phía Nga vẫn tiếp tục đào tạo cán bộ ngành hạt nhân cho Việt Nam; theo đánh giá của giới chuyên môn, Tập đoàn Rosatom “sẵn sàng đồng hành lâu dài với Việt Nam” (Trần Minh Đức, 2023, tr. 102). Ngày 30/11/2024, Quốc hội quyết định tiếp tục đầu tư dự án, và hai bên sẽ phải sớm đàm phán lại hiệp định liên Chính phủ.",
        ),
    ],
}

PWB_VINATOM = {
    "id": "pwb",
    "shape": "word",
    "head": [
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
        "VIỆN NĂNG LƯỢNG NGUYÊN TỬ VIỆT NAM",
        "Số: 1520/BC-VNLNT",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 và kế hoạch năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 6/2024, đoàn công tác do Viện trưởng dẫn đầu làm việc với Tập đoàn Năng lượng nguyên tử quốc gia Nga (Rosatom) tại Mát-xcơ-va và Viện Liên hợp nghiên cứu hạt nhân Dubna; hai bên thống nhất kế hoạch đào tạo 15 kỹ sư vận hành lò phản ứng giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "2. Cơ quan Năng lượng nguyên tử quốc tế (IAEA) hỗ trợ Viện 03 dự án hợp tác kỹ thuật với tổng kinh phí khoảng 1,1 triệu euro, chủ yếu để nâng cấp thiết bị cho Lò phản ứng hạt nhân Đà Lạt.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, Viện tiếp đoàn Viện Nghiên cứu năng lượng nguyên tử Hàn Quốc (KAERI) sang trao đổi về ứng dụng đồng vị phóng xạ trong nông nghiệp.",
        ),
        (
            "list_item",
            "4. Cử 24 lượt cán bộ tham dự các khóa đào tạo, hội thảo do IAEA tổ chức tại Áo, Nhật Bản và Hàn Quốc.",
        ),
        (
            "list_item",
            "5. Dự án Trung tâm Nghiên cứu khoa học và công nghệ hạt nhân hợp tác với Nga vẫn chưa được phê duyệt điều chỉnh báo cáo nghiên cứu khả thi.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2025", 1),
        (
            "list_item",
            "1. Triển khai Nghị quyết của Quốc hội ngày 30/11/2024 về tiếp tục đầu tư Dự án điện hạt nhân Ninh Thuận, phối hợp với Tập đoàn Điện lực Việt Nam và Rosatom xây dựng đề án đào tạo nguồn nhân lực.",
        ),
        (
            "list_item",
            "2. Đón đoàn chuyên gia Rosatom sang khảo sát Lò phản ứng hạt nhân Đà Lạt trong quý I/2025.",
        ),
        (
            "list_item",
            "3. Đề nghị IAEA cử đoàn đánh giá tổng thể hạ tầng hạt nhân quốc gia (INIR) sang Việt Nam trong năm 2025.",
        ),
        (
            "list_item",
            "4. Tiếp tục hợp tác với Cơ quan Năng lượng nguyên tử Nhật Bản (JAEA) trong đào tạo an toàn bức xạ.",
        ),
    ],
}

PWC_PUTIN = {
    "id": "pwc",
    "shape": "news",
    "date": "2024-06-20",
    "stamp": "Thứ Năm, 20/06/2024 - 11:05",
    "blocks": [
        ("title", "Tổng thống Nga Vladimir Putin thăm cấp Nhà nước Việt Nam"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 20/6, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm chủ trì lễ đón chính thức Tổng thống Liên bang Nga Vladimir Putin thăm cấp Nhà nước Việt Nam từ ngày 19 đến 20/6/2024.",
        ),
        ("heading", "Làm sâu sắc hơn quan hệ đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Ngay sau lễ đón, hai nhà lãnh đạo đã hội đàm. Chủ tịch nước Tô Lâm khẳng định Việt Nam luôn coi Liên bang Nga là một trong những đối tác hàng đầu; Tổng thống Putin cho biết Nga ủng hộ Việt Nam phát huy vai trò ngày càng lớn ở khu vực. Hai bên nhất trí ra Tuyên bố chung về làm sâu sắc hơn nữa quan hệ Đối tác chiến lược toàn diện và chứng kiến trao đổi các văn kiện hợp tác trong các lĩnh vực giáo dục, năng lượng, khoa học – công nghệ và y tế.",
        ),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Tổng thống Putin hội kiến Tổng Bí thư Nguyễn Phú Trọng, gặp Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh Mẫn.",
        ),
        ("heading", "Năng lượng là trụ cột", 1),
        (
            "paragraph",
            "Hai bên hoan nghênh hoạt động hiệu quả của các liên doanh Vietsovpetro và Rusvietpetro, nhất trí khuyến khích doanh nghiệp dầu khí Nga mở rộng hoạt động trên thềm lục địa Việt Nam phù hợp với luật pháp quốc tế, trong đó có Công ước Liên hợp quốc về Luật Biển năm 1982.",
        ),
        (
            "paragraph",
            "Chuyến thăm diễn ra đúng dịp kỷ niệm 30 năm ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị Việt Nam – Nga (16/6/1994). Đây là lần thứ năm ông Putin đến Việt Nam; lần gần nhất là khi ông dự Hội nghị cấp cao APEC tại Đà Nẵng tháng 11/2017. Tổng thống Nga đến Hà Nội sau chuyến thăm Triều Tiên.",
        ),
    ],
}

PWD_PLAN = {
    "id": "pwd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-BGDĐT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Liên bang Nga đào tạo nguồn nhân lực",
        "cho chương trình điện hạt nhân năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Liên bang Nga đào tạo nguồn nhân lực cho chương trình điện hạt nhân năm 2026",
        ),
        (
            "paragraph",
            "Triển khai chủ trương tiếp tục đầu tư Dự án điện hạt nhân Ninh Thuận theo Nghị quyết của Quốc hội ngày 30/11/2024, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác với Liên bang Nga về đào tạo nguồn nhân lực năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Trong giai đoạn 2011 – 2016, hàng trăm sinh viên Việt Nam đã được cử sang học ngành năng lượng hạt nhân tại các trường đại học của Nga theo diện học bổng Hiệp định. Năm ngoái, phía Nga tiếp tục cấp khoảng 1.000 suất học bổng Chính phủ cho công dân Việt Nam ở các ngành, các bậc học. Tuy nhiên, đến nay hai bên chưa ký thỏa thuận riêng về đào tạo nhân lực cho dự án Ninh Thuận 1.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, cử đoàn công tác do Thứ trưởng dẫn đầu sang Mát-xcơ-va và Obninsk làm việc với Bộ Khoa học và Giáo dục đại học Nga và Đại học Nghiên cứu hạt nhân quốc gia MEPhI.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đàm phán Bản ghi nhớ về đào tạo nhân lực điện hạt nhân, dự kiến ký tại Phiên họp Ủy ban liên Chính phủ Việt Nam – Nga vào tháng 9.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Nga dành 100 suất học bổng ngành kỹ thuật hạt nhân cho năm học 2026 – 2027.",
        ),
        (
            "list_item",
            "4. Phối hợp với Cơ quan Năng lượng nguyên tử quốc tế (IAEA) tổ chức khóa bồi dưỡng giảng viên ngành hạt nhân tại Hà Nội.",
        ),
        (
            "list_item",
            "5. Chưa mở rộng chương trình đào tạo với Hàn Quốc và Nhật Bản trong năm 2026 để tập trung nguồn lực cho hợp tác với Nga.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

PWE_TREATY = {
    "id": "pwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Liên Xô (1978)"),
        (
            "paragraph",
            "Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và Liên bang Cộng hòa xã hội chủ nghĩa Xô viết là văn kiện chính trị – pháp lý nền tảng của quan hệ hai nước trong giai đoạn cuối Chiến tranh Lạnh. Hiệp ước được ký tại Mát-xcơ-va ngày 3/11/1978, trong chuyến thăm Liên Xô của Đoàn đại biểu Đảng và Chính phủ Việt Nam do Tổng Bí thư Lê Duẩn dẫn đầu.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Chỉ hơn bốn tháng trước đó, ngày 29/6/1978, Việt Nam được kết nạp vào Hội đồng Tương trợ Kinh tế (SEV). Quan hệ Việt – Trung xấu đi nhanh chóng, trong khi tình hình biên giới Tây Nam ngày càng căng thẳng do các cuộc tấn công của Khmer Đỏ.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp ước khẳng định quyết tâm củng cố quan hệ hữu nghị và hợp tác toàn diện, mở rộng hợp tác kinh tế, khoa học – kỹ thuật giữa hai nước. Điều 6 quy định nếu một bên bị tấn công hoặc bị đe dọa tấn công, hai bên sẽ lập tức trao đổi ý kiến nhằm loại trừ mối đe dọa đó.",
        ),
        ("heading", "Tác động", 1),
        (
            "paragraph",
            "Trong những năm 1980, Liên Xô viện trợ cho Việt Nam xây dựng nhiều công trình lớn như Thủy điện Hòa Bình và Nhiệt điện Phả Lại; từ năm 1979, hải quân Liên Xô sử dụng cảng Cam Ranh làm điểm hậu cần. Trung Quốc coi Hiệp ước là mối đe dọa đối với mình và tháng 2/1979 mở cuộc chiến tranh xâm lược ở biên giới phía Bắc Việt Nam.",
        ),
        (
            "paragraph",
            "Sau khi Liên Xô tan rã, ngày 16/6/1994, Việt Nam và Liên bang Nga ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị, đặt nền tảng mới cho quan hệ song phương. Năm 2002, Nga hoàn tất việc rút khỏi Cam Ranh.",
        ),
    ],
}

DOCS = [PWA_ENERGY, PWB_VINATOM, PWC_PUTIN, PWD_PLAN, PWE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the
    bare page number at the left of the foot line (heldout_kit.headed_journal: title at 50, body at 74)."""
    return headed_journal(doc, page_label="{}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 72 columns as on the page, every line
    followed by an empty line; the director's signature at the end."""
    return word_text(doc, 72, ["VIỆN TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): <title>, article:published_time, a nav menu, <h1>,
    the date line, the lead with its dateline, <h3> subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        "Chính trị",
        "11:05",
        [("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        [
            ("/tag/nga", "Nga"),
            ("/tag/vladimir-putin", "Vladimir Putin"),
            ("/tag/doi-tac-chien-luoc-toan-dien", "Đối tác chiến lược toàn diện"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred title, body at 76 columns, then
    "Nơi nhận" with the signature block beside it."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Bộ Công Thương;", "- Lưu: VT, HTQT."],
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
        prefix="pw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
