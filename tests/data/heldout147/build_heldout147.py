"""Build the hundred-and-forty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout147/build_heldout147.py [--check]

Five short documents on Vietnam – the Philippines (relations since 1976, the strategic partnership, rice
and the East Sea; the Vietnam Food Association's report on 2025; President Marcos's state visit to Hà Nội
of 30/1/2024; a (fictitious) Ministry of Industry and Trade plan for the Philippine market and the
Philippines' ASEAN chair year 2026; an encyclopedia entry on the ASEAN Defence Ministers' Meeting).
Facts are well established; authors, journal, page numbers, document numbers, the association's and
the plan's local items and all quoted words are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

NXA_PHILIPPINES = {
    "id": "nxa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU QUỐC TẾ VÀ KHU VỰC – Số 4 (2025)",
    "first_page": 71,
    "break_after": 11,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – PHILIPPINES: TỪ LÚA GẠO ĐẾN HỢP TÁC TRÊN BIỂN"),
        ("author", "Trần Đức Hậu"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quan hệ Việt Nam – Philippines trong hai thập niên gần đây, tập trung vào thương mại lúa gạo và hợp tác biển.",
            "vi",
        ),
        ("keywords", "Philippines; Đối tác chiến lược; lúa gạo; Biển Đông", "vi"),
        ("heading", "1. Khái quát", 1),
        (
            "paragraph",
            "Việt Nam và Philippines thiết lập quan hệ ngoại giao ngày 12/7/1976, chỉ một năm sau khi đất nước thống nhất. Từ khi ta gia nhập ASEAN năm 1995, hai nước phối hợp chặt chẽ trong Hiệp hội, nhất là về các vấn đề an ninh biển (Phan Thị Ngọc Lan, 2017, tr. 52). Tháng 11/2015, hai bên ký Tuyên bố chung thiết lập quan hệ Đối tác chiến lược nhân dịp Chủ tịch nước Trương Tấn Sang dự Hội nghị cấp cao APEC tại Manila.",
        ),
        ("heading", "2. Lúa gạo – trụ cột của thương mại song phương", 1),
        (
            "paragraph",
            "Philippines nhiều năm liền là thị trường nhập khẩu gạo lớn nhất của Việt Nam. Tháng 1/2024, trong chuyến thăm cấp nhà nước của Tổng thống Ferdinand Marcos Jr., hai chính phủ ký Bản ghi nhớ về hợp tác thương mại gạo, theo đó phía ta cam kết bảo đảm nguồn cung ổn định cho bạn (Vũ Thị Hồng Nhung, 2024). Tuy nhiên, việc Manila tạm dừng nhập khẩu gạo từ ngày 1/9/2025 cho thấy thị trường này vẫn nhiều biến động.",
        ),
        ("heading", "3. Hợp tác trên biển", 1),
        (
            "paragraph",
            "Cũng trong chuyến thăm năm 2024, lực lượng cảnh sát biển hai nước ký bản ghi nhớ về phòng ngừa và quản lý sự cố trên Biển Đông. Một quan chức Philippines nhận định hai nước “có chung lợi ích trong việc giữ cho Biển Đông là vùng biển hòa bình” (Ngô Hải Đăng, 2025, tr. 80). Năm 2026, khi Philippines đảm nhiệm vai trò Chủ tịch ASEAN, ta cần phối hợp với bạn thúc đẩy đàm phán Bộ quy tắc ứng xử ở Biển Đông (COC).",
        ),
    ],
}

NXB_VFA = {
    "id": "nxb",
    "shape": "word",
    "head": [
        "HIỆP HỘI LƯƠNG THỰC VIỆT NAM",
        "Số: 96/BC-HHLTVN",
        "TP. Hồ Chí Minh, ngày 22 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình xuất khẩu gạo năm 2025 và định hướng năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình xuất khẩu gạo năm 2025 và định hướng năm 2026"),
        ("heading", "I. TÌNH HÌNH XUẤT KHẨU NĂM 2025", 1),
        (
            "list_item",
            "1. Philippines tiếp tục là thị trường lớn nhất, chiếm gần một nửa lượng gạo xuất khẩu của cả nước trong tám tháng đầu năm. Từ ngày 1/9, Chính phủ Philippines tạm dừng nhập khẩu gạo trong 60 ngày để bảo vệ nông dân trong nước, khiến giá lúa tại Đồng bằng sông Cửu Long giảm mạnh.",
        ),
        (
            "list_item",
            "2. Tháng 10, đoàn công tác của Hiệp hội phối hợp với Thương vụ Việt Nam tại Manila làm việc với Bộ Nông nghiệp Philippines, đề nghị phía bạn sớm cho nhập khẩu trở lại, song đến nay chưa có quyết định chính thức.",
        ),
        (
            "list_item",
            "3. Xuất khẩu sang Ga-na, Bờ Biển Ngà và Ma-lai-xi-a tăng khá; Hiệp hội đã ký thỏa thuận hợp tác với Liên đoàn các nhà nhập khẩu gạo Ma-lai-xi-a.",
        ),
        (
            "list_item",
            "4. Việc đàm phán hợp đồng cấp chính phủ với Indonesia năm nay không đạt kết quả do phía bạn không có nhu cầu nhập khẩu.",
        ),
        ("heading", "II. ĐỊNH HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Kiến nghị Bộ Công Thương trao đổi với phía Philippines về việc thực hiện Bản ghi nhớ hợp tác thương mại gạo ký năm 2024.",
        ),
        (
            "list_item",
            "2. Tổ chức đoàn xúc tiến thương mại sang Manila và Xê-bu trong quý I; tham gia Hội chợ lương thực châu Phi tại Ác-cra (Ga-na).",
        ),
        (
            "list_item",
            "3. Đẩy mạnh xuất khẩu gạo thơm, gạo đặc sản sang Nhật Bản và Liên minh châu Âu theo Hiệp định EVFTA.",
        ),
    ],
}

NXC_MARCOS = {
    "id": "nxc",
    "shape": "news",
    "date": "2024-01-30",
    "stamp": "Thứ Ba, 30/01/2024 - 17:25",
    "blocks": [
        ("title", "Việt Nam và Philippines ký kết nhiều văn kiện hợp tác trên biển và về lúa gạo"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 30/1, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng chủ trì lễ đón chính thức và hội đàm với Tổng thống Philippines Ferdinand Romualdez Marcos Jr., người đang có chuyến thăm cấp nhà nước tới Việt Nam.",
        ),
        ("heading", "Thúc đẩy Đối tác chiến lược", 1),
        (
            "paragraph",
            "Hai nhà lãnh đạo nhất trí tăng cường trao đổi đoàn các cấp, nâng cao hiệu quả các cơ chế hợp tác song phương và phấn đấu sớm đưa kim ngạch thương mại lên 10 tỷ USD. Chủ tịch nước khẳng định Việt Nam sẵn sàng cung cấp gạo với giá hợp lý, góp phần bảo đảm an ninh lương thực cho Philippines.",
        ),
        ("heading", "Hai bản ghi nhớ về hợp tác biển", 1),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký Bản ghi nhớ giữa Cảnh sát biển Việt Nam và Cảnh sát biển Philippines về phòng ngừa và quản lý sự cố trên Biển Đông, Bản ghi nhớ về hợp tác biển cùng Bản ghi nhớ về hợp tác thương mại gạo. Theo chương trình, chiều cùng ngày Tổng thống Marcos Jr. sẽ hội kiến Thủ tướng Phạm Minh Chính và gặp gỡ cộng đồng người Philippines tại Hà Nội.",
        ),
    ],
}

NXD_PLAN = {
    "id": "nxd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 31/KH-BCT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thị trường Philippines và tham gia các hoạt động",
        "kinh tế trong Năm Chủ tịch ASEAN 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thị trường Philippines và tham gia các hoạt động kinh tế trong Năm Chủ tịch ASEAN 2026",
        ),
        (
            "paragraph",
            "Năm 2026, Philippines đảm nhiệm vai trò Chủ tịch ASEAN. Để tận dụng cơ hội này và khắc phục tác động của việc phía bạn tạm dừng nhập khẩu gạo năm ngoái, Bộ Công Thương ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. MỤC TIÊU", 1),
        (
            "paragraph",
            "Duy trì vị trí nhà cung cấp gạo hàng đầu của Philippines; đa dạng hóa hàng xuất khẩu sang thị trường này, nhất là cà phê, thủy sản, sản phẩm điện tử.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tham dự Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) do Philippines đăng cai; phối hợp với các nước thành viên thúc đẩy nâng cấp Hiệp định Thương mại hàng hóa ASEAN (ATIGA).",
        ),
        (
            "list_item",
            "2. Tháng 5, tổ chức phiên họp Tiểu ban Thương mại song phương tại Manila; đề nghị phía Philippines ký thỏa thuận về hạn ngạch nhập khẩu gạo dài hạn.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Philippines tại Hà Nội tổ chức diễn đàn doanh nghiệp hai nước vào quý III.",
        ),
        (
            "list_item",
            "4. Không đề xuất mở cơ chế đàm phán hiệp định thương mại tự do song phương trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại và Vụ Thị trường châu Á – châu Phi chịu trách nhiệm tổ chức thực hiện.",
        ),
    ],
}

NXE_ADMM = {
    "id": "nxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội nghị Bộ trưởng Quốc phòng ASEAN"),
        (
            "paragraph",
            "Hội nghị Bộ trưởng Quốc phòng ASEAN (ADMM) là cơ chế hợp tác quốc phòng cao nhất của ASEAN. Hội nghị lần đầu tiên được tổ chức tại Cu-a-la Lăm-pơ (Ma-lai-xi-a) ngày 9/5/2006. Chủ tịch ADMM là Bộ trưởng Quốc phòng của nước giữ cương vị Chủ tịch ASEAN năm đó.",
        ),
        ("heading", "ADMM mở rộng", 1),
        (
            "paragraph",
            "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) gồm mười nước ASEAN và tám đối tác: Ô-xtrây-li-a, Trung Quốc, Ấn Độ, Nhật Bản, Niu Di-lân, Hàn Quốc, Nga và Hoa Kỳ. Hội nghị ADMM+ đầu tiên do Việt Nam đăng cai tại Hà Nội ngày 12/10/2010, trong năm Việt Nam làm Chủ tịch ASEAN. Ban đầu ADMM+ họp ba năm một lần; từ năm 2017, hội nghị được tổ chức hằng năm.",
        ),
        ("heading", "Các nhóm chuyên gia", 1),
        (
            "paragraph",
            "Hợp tác thực chất của ADMM+ được triển khai qua bảy nhóm chuyên gia: an ninh biển, chống khủng bố, hỗ trợ nhân đạo và cứu trợ thảm họa, gìn giữ hòa bình, quân y, hành động nhân đạo khắc phục hậu quả bom mìn, và an ninh mạng. Mỗi nhóm do một nước ASEAN và một nước đối tác đồng chủ trì trong nhiệm kỳ ba năm.",
        ),
        ("heading", "Việt Nam và ADMM", 1),
        (
            "paragraph",
            "Việt Nam hai lần giữ vai trò Chủ tịch ADMM, năm 2010 và năm 2020; do đại dịch COVID-19, các hội nghị năm 2020 phần lớn được tổ chức theo hình thức trực tuyến. Năm 2026, Philippines đảm nhận vai trò Chủ tịch ADMM.",
        ),
    ],
}

DOCS = [NXA_PHILIPPINES, NXB_VFA, NXC_MARCOS, NXD_PLAN, NXE_ADMM]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 76 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 76, ["CHỦ TỊCH HIỆP HỘI", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Chính trị",
        "17:25",
        [("/the-gioi", "Thế giới"), ("/chinh-tri", "Chính trị")],
        [("/tag/philippines", "Philippines"), ("/tag/bien-dong", "Biển Đông")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, TTAPh."],
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
        prefix="nx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
