"""Build the 191st held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout191/build_heldout191.py [--check]

Five short documents on Vietnam and the Francophonie: a journal article on Vietnam in the Francophonie
since the Hà Nội summit of 1997, a STATISTICAL ANNEX (Phụ lục) of Huế University's report on cooperation
with Francophone partners in 2024 (tables of delegations received and sent and of documents signed, as
Word exports them to text), a news page on the Yerevan summit that chose Louise Mushikiwabo
(12/10/2018), a (fictitious) Ministry of Education and Training plan for Francophone cooperation in 2026,
an encyclopedia entry on the International Organisation of La Francophonie (OIF). Facts are
well-established; authors, journal, page numbers, document numbers, the annex's rows and the plan's items
and all quoted words are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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
)

QZA_FRANCO = {
    "id": "qza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU PHÁP NGỮ VÀ QUỐC TẾ HỌC – Số 1 (2025)",
    "first_page": 204,
    "break_after": 8,
    "blocks": [
        ("title", "VIỆT NAM TRONG CỘNG ĐỒNG PHÁP NGỮ: TỪ HỘI NGHỊ THƯỢNG ĐỈNH HÀ NỘI ĐẾN VI-LE CỐT-TRÊ"),
        ("author", "Tạ Minh Châu"),
        ("affiliation", "Khoa Ngôn ngữ và Văn hóa Pháp, Trường Đại học Ngoại ngữ, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại những dấu mốc chính trong quá trình Việt Nam tham gia Cộng đồng Pháp ngữ và đề xuất một số hướng hợp tác mới.",
            "vi",
        ),
        ("keywords", "Pháp ngữ; OIF; AUF; ngoại giao đa phương", "vi"),
        ("heading", "1. Hội nghị Thượng đỉnh Hà Nội – dấu mốc ở châu Á", 1),
        (
            "paragraph",
            "Từ ngày 14 đến ngày 16/11/1997, Hà Nội đăng cai Hội nghị Thượng đỉnh Pháp ngữ lần thứ VII, lần đầu tiên hội nghị được tổ chức tại châu Á. Tại đây, các nguyên thủ thông qua Hiến chương Pháp ngữ và bầu ông Bu-tơ-rốt Bu-tơ-rốt Ga-li, nguyên Tổng Thư ký Liên hợp quốc, làm Tổng Thư ký đầu tiên của Cộng đồng (Vũ Đức Long, 2007, tr. 88).",
        ),
        ("heading", "2. Từ ACCT đến Tổ chức Quốc tế Pháp ngữ", 1),
        (
            "paragraph",
            "Năm 2005, Hội nghị Bộ trưởng Pháp ngữ tại An-ta-na-na-ri-vô thông qua Hiến chương sửa đổi, chính thức lấy tên Tổ chức Quốc tế Pháp ngữ (OIF). Trong hai thập niên qua, nước ta nhận được nhiều chương trình hỗ trợ của OIF và các nước thành viên như Pháp, Ca-na-đa, Bỉ trong đào tạo giáo viên tiếng Pháp; Cơ quan Đại học Pháp ngữ (AUF) cũng đặt Văn phòng khu vực châu Á – Thái Bình Dương tại Hà Nội (Đặng Minh Khuê, 2016).",
        ),
        ("heading", "3. Hội nghị Vi-le Cốt-trê và triển vọng", 1),
        (
            "paragraph",
            "Tháng 10/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm dự Hội nghị Thượng đỉnh Pháp ngữ lần thứ XIX tại Pháp; nhân dịp này, Việt Nam và Pháp nâng quan hệ lên Đối tác chiến lược toàn diện. Dù vậy, vị thế của tiếng Pháp ở Việt Nam “đang suy giảm rõ rệt trước sức hút của tiếng Anh” (Lê Hồng Nhung, 2023, tr. 140). Ta cần tận dụng Hội nghị Thượng đỉnh lần thứ XX do Cam-pu-chia đăng cai năm 2026 để thúc đẩy hợp tác Pháp ngữ trong khu vực.",
        ),
    ],
}


def row(*cells: str) -> tuple[str, str]:
    """A table row block: its cells joined by tabs (as Word saves a table to text)."""
    return ("table", "\t".join(cells))


QZB_ANNEX = {
    "id": "qzb",
    "shape": "annex",
    "head": ["ĐẠI HỌC HUẾ", "BAN HỢP TÁC QUỐC TẾ"],
    "title_lines": ["Phụ lục", "THỐNG KÊ HOẠT ĐỘNG HỢP TÁC VỚI CÁC ĐỐI TÁC PHÁP NGỮ NĂM 2024"],
    "ref": "(Kèm theo Báo cáo số 1846/BC-ĐHH ngày 20/12/2024 của Đại học Huế)",
    "blocks": [
        ("title", "Phụ lục THỐNG KÊ HOẠT ĐỘNG HỢP TÁC VỚI CÁC ĐỐI TÁC PHÁP NGỮ NĂM 2024"),
        (
            "paragraph",
            "Ghi chú: Số liệu tính đến ngày 15/12/2024. Thời gian ghi theo ngày bắt đầu hoạt động; các đoàn do trường thành viên đón tiếp được tổng hợp chung.",
        ),
        ("heading", "Bảng 1. Đoàn quốc tế đến làm việc", 1),
        row("TT", "Thời gian", "Đối tác", "Hoạt động", "Kết quả"),
        row(
            "1",
            "12/3/2024",
            "Văn phòng AUF khu vực châu Á – Thái Bình Dương",
            "Làm việc về học bổng thạc sĩ Pháp ngữ",
            "Thống nhất cấp 5 suất học bổng năm học 2024 – 2025",
        ),
        row(
            "2",
            "20/3/2024",
            "Đại sứ quán Pháp",
            "Phối hợp tổ chức Ngày Quốc tế Pháp ngữ tại Huế",
            "Hơn 600 sinh viên tham gia",
        ),
        row(
            "3",
            "5/6/2024",
            "Wallonie-Bruxelles Quốc tế (Bỉ)",
            "Khảo sát hợp tác đào tạo giáo viên tiếng Pháp",
            "Ký biên bản ghi nhớ giai đoạn 2024 – 2027",
        ),
        row(
            "4",
            "14/10/2024",
            "Đại học Laval (Ca-na-đa)",
            "Trao đổi về liên kết đào tạo du lịch",
            "Chưa ký thỏa thuận",
        ),
        (
            "paragraph",
            "Trong năm, Đại học đón 4 đoàn với 27 lượt khách, giảm 2 đoàn so với năm 2023. Làm việc với Đại học Laval chưa đạt kết quả do hai bên chưa thống nhất về mức học phí.",
        ),
        ("heading", "Bảng 2. Đoàn của Đại học Huế đi công tác nước ngoài", 1),
        row("TT", "Thời gian", "Đối tác", "Hoạt động", "Kết quả"),
        row(
            "1",
            "8/4/2024",
            "Đại học Liège (Bỉ)",
            "Dự hội nghị mạng lưới các trường đại học thành viên AUF",
            "Trình bày 2 tham luận",
        ),
        row(
            "2",
            "16/9/2024",
            "Đại học Quốc gia Lào",
            "Tập huấn giảng viên tiếng Pháp khu vực Mê Công",
            "Đào tạo 35 giảng viên của Lào và Cam-pu-chia",
        ),
        (
            "paragraph",
            "Cả hai đoàn đều do AUF hỗ trợ kinh phí. Đại học không cử đoàn sang Pháp trong năm do chưa bố trí được nguồn kinh phí.",
        ),
        ("heading", "Bảng 3. Văn bản hợp tác đã ký kết", 1),
        row("TT", "Ngày ký", "Đối tác", "Văn bản", "Ghi chú"),
        row(
            "1",
            "5/6/2024",
            "Wallonie-Bruxelles Quốc tế (Bỉ)",
            "Biên bản ghi nhớ về đào tạo giáo viên tiếng Pháp",
            "Có hiệu lực đến năm 2027",
        ),
        row(
            "2",
            "22/11/2024",
            "AUF",
            "Thỏa thuận tài trợ dự án “Không gian số Pháp ngữ”",
            "Tổng kinh phí 30.000 euro",
        ),
        (
            "paragraph",
            "Thỏa thuận với AUF là văn bản có giá trị tài trợ lớn nhất trong năm. Dự kiến tháng 3/2025, hai bên sẽ khai trương Không gian số Pháp ngữ tại Trường Đại học Ngoại ngữ.",
        ),
    ],
}

QZC_YEREVAN = {
    "id": "qzc",
    "shape": "news",
    "date": "2018-10-12",
    "stamp": "Thứ Sáu, 12/10/2018 - 23:10",
    "blocks": [
        ("title", "Ngoại trưởng Ru-an-đa được chọn làm Tổng Thư ký Pháp ngữ"),
        (
            "paragraph",
            "Ê-rê-van (TTXVN) – Ngày 12/10, bế mạc Hội nghị Thượng đỉnh Pháp ngữ lần thứ XVII tại thủ đô Ác-mê-ni-a, các nguyên thủ và người đứng đầu chính phủ đã nhất trí chọn Ngoại trưởng Ru-an-đa Lu-i-dơ Mu-si-ki-oa-bô làm Tổng Thư ký Tổ chức Quốc tế Pháp ngữ (OIF) nhiệm kỳ 2019 – 2022.",
        ),
        (
            "paragraph",
            "Hội nghị với chủ đề “Cùng chung sống” do Ác-mê-ni-a đăng cai trong hai ngày 11 – 12/10, với sự tham dự của Tổng thống Pháp Ê-ma-nu-en Ma-crông và Thủ tướng Ca-na-đa Giớt-xtin Tru-đô.",
        ),
        ("heading", "Thay thế bà Mi-ca-en Giăng", 1),
        (
            "paragraph",
            "Bà Mu-si-ki-oa-bô sẽ thay bà Mi-ca-en Giăng, người Ca-na-đa giữ cương vị này từ năm 2015. Bà Mu-si-ki-oa-bô, 57 tuổi, giữ chức Ngoại trưởng Ru-an-đa từ năm 2009. Ứng cử viên Ru-an-đa được Pháp và Liên minh châu Phi ủng hộ từ trước hội nghị.",
        ),
        ("heading", "Thêm quan sát viên mới", 1),
        (
            "paragraph",
            "Hội nghị cũng kết nạp Ai-len cùng một số thành viên khác làm quan sát viên của OIF. Đoàn đại biểu cấp cao Việt Nam đã tham dự hội nghị và có nhiều cuộc tiếp xúc bên lề với lãnh đạo các nước thành viên. Việt Nam là thành viên đầy đủ của OIF và từng đăng cai Hội nghị Thượng đỉnh lần thứ VII tại Hà Nội năm 1997.",
        ),
        (
            "paragraph",
            "Theo quyết định của hội nghị, Hội nghị Thượng đỉnh Pháp ngữ lần thứ XVIII sẽ được tổ chức tại Tuy-ni-di vào năm 2020.",
        ),
    ],
}

QZD_PLAN = {
    "id": "qzd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':46}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BGDĐT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với các đối tác Pháp ngữ trong lĩnh vực giáo dục",
        "năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với các đối tác Pháp ngữ trong lĩnh vực giáo dục năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Pháp, được xác lập tháng 10/2024, và chuẩn bị cho Hội nghị Thượng đỉnh Pháp ngữ lần thứ XX tại Cam-pu-chia, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ phối hợp với AUF cấp 40 suất học bổng thạc sĩ cho sinh viên Việt Nam, Lào và Cam-pu-chia. Tuy nhiên, số học sinh học tiếng Pháp tiếp tục giảm và chưa có thêm trường phổ thông nào được phía Pháp trao nhãn LabelFrancÉducation.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, phối hợp với Đại sứ quán Pháp, Bỉ, Ca-na-đa và Thụy Sĩ tổ chức các hoạt động hưởng ứng Ngày Quốc tế Pháp ngữ (20/3).",
        ),
        (
            "list_item",
            "2. Cử đoàn công tác sang Pa-ri làm việc với Bộ Giáo dục quốc gia Pháp và Tổ chức Quốc tế Pháp ngữ, dự kiến vào tháng 5.",
        ),
        (
            "list_item",
            "3. Ký kế hoạch hợp tác giai đoạn 2026 – 2028 với Wallonie-Bruxelles Quốc tế về đào tạo giáo viên tiếng Pháp.",
        ),
        (
            "list_item",
            "4. Đề nghị AUF tiếp tục tài trợ học bổng cho sinh viên Việt Nam theo học các chương trình thạc sĩ Pháp ngữ trong khu vực.",
        ),
        (
            "list_item",
            "5. Chưa đặt vấn đề đàm phán thỏa thuận công nhận văn bằng với phía Pháp trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

QZE_OIF = {
    "id": "qze",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Quốc tế Pháp ngữ"),
        (
            "paragraph",
            "Tổ chức Quốc tế Pháp ngữ (tiếng Pháp: Organisation internationale de la Francophonie, OIF) là tổ chức liên chính phủ của các quốc gia và chính phủ sử dụng tiếng Pháp hoặc chia sẻ các giá trị Pháp ngữ, trụ sở tại Pa-ri (Pháp).",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Tiền thân của OIF là Cơ quan Hợp tác văn hóa và kỹ thuật (ACCT), thành lập tại Ni-a-mây (Ni-giê) ngày 20/3/1970; ngày này về sau được chọn làm Ngày Quốc tế Pháp ngữ. Hội nghị Thượng đỉnh đầu tiên họp tại Véc-xai (Pháp) tháng 2/1986. Năm 2005, Hội nghị Bộ trưởng tại An-ta-na-na-ri-vô thông qua Hiến chương sửa đổi và tổ chức chính thức mang tên hiện nay.",
        ),
        ("heading", "Tổ chức và thành viên", 1),
        (
            "paragraph",
            "Hội nghị Thượng đỉnh họp hai năm một lần và bầu Tổng Thư ký. Bà Lu-i-dơ Mu-si-ki-oa-bô (Ru-an-đa) giữ cương vị này từ năm 2019 và được tái cử tại Djerba (Tuy-ni-di) năm 2022. Tháng 3/2025, Ma-li, Buốc-ki-na Pha-xô và Ni-giê tuyên bố rút khỏi OIF; cả ba nước trước đó đều đã bị đình chỉ tư cách thành viên sau các cuộc đảo chính quân sự. Hội nghị Thượng đỉnh lần thứ XX sẽ do Cam-pu-chia đăng cai năm 2026. Ngoài OIF, các cơ quan thực hiện của Cộng đồng gồm Cơ quan Đại học Pháp ngữ (AUF), kênh truyền hình TV5Monde, Đại học Senghor ở A-lếch-xan-đri-a (Ai Cập) và Hiệp hội quốc tế các thị trưởng Pháp ngữ.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là thành viên tích cực của OIF và đã đăng cai Hội nghị Thượng đỉnh lần thứ VII tại Hà Nội năm 1997. Hà Nội hiện là nơi đặt Văn phòng khu vực châu Á – Thái Bình Dương của OIF.",
        ),
    ],
}

DOCS = [QZA_FRANCO, QZB_ANNEX, QZC_YEREVAN, QZD_PLAN, QZE_OIF]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the page
    number at the left foot as "Trang N" (heldout_kit.headed_journal, title at 54, body at 74 columns)."""
    return headed_journal(doc, title=54, page_label="Trang {}", align="<")


def render_annex(doc: dict) -> str:
    """A report's statistical annex exported from Word as text (CRLF): the issuer lines, the two title lines
    ("Phụ lục" and the annex's title), the reference line to the report, then the notes, the table captions
    and the explanatory sentences one a line with an empty line after each, and each table's rows one a line
    (cells separated by tabs, a header row first) with no empty lines between them and one after the table."""
    out = [*doc["head"], "", *doc["title_lines"], doc["ref"], ""]
    blocks = doc["blocks"]
    for i, b in enumerate(blocks):
        if b[0] == "title":
            continue
        out.append(b[1])
        nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
        if not (b[0] == "table" and nxt == "table") and not (b[0] == "heading" and nxt == "table"):
            out.append("")
    return "".join(ln + "\r\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page: a "Thế giới" menu, <article class="detail">, the lead with its dateline in
    <p class="sapo"><b>, <h3> subheads, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="23:10",
        menu=[("/the-gioi", "Thế giới"), ("/the-gioi/chau-au", "Châu Âu")],
        tags=[("/tag/phap-ngu", "Pháp ngữ"), ("/tag/oif", "OIF"), ("/tag/armenia", "Ác-mê-ni-a")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 78 columns, "Nơi nhận" beside the
    signature block."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Các sở GDĐT, các đại học;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "annex": render_annex,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="qz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
