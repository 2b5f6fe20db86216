"""Build the two-hundred-and-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout205/build_heldout205.py [--check]

Five short documents on Vietnam and Poland, which no earlier set has as its main topic (heldout14 has a
short briefing note on Poland): a chronology of Vietnam – Poland relations 1950 – 2025 (the new shape, in
place of the journal article), the Vietnam – Poland Friendship Association's report on 2024, Phạm Minh
Chính's talks with Donald Tusk in Warsaw on 16/1/2025, a (fictitious) Ministry of Agriculture and
Environment plan for cooperation with Poland in 2026 and an encyclopedia entry on the International
Commission for Supervision and Control (ICSC, 1954) and its successor the ICCS (1973). Nothing in src/ was
changed for them. Facts are well-established; the association's report (number and all items), the words
given to Donald Tusk and the whole ministry plan are invented. Events, citations and questions gold are
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
    news_page,
    plan_text,
    word_text,
    wrap,
)

ATA_CHRONOLOGY = {
    "id": "ata",
    "shape": "chronology",
    "site": "BÁO ĐIỆN TỬ ĐỐI NGOẠI – Tư liệu",
    "updated": "Cập nhật: 03/02/2025 08:30",
    "blocks": [
        ("title", "Những mốc sự kiện chính trong quan hệ Việt Nam – Ba Lan (1950 – 2025)"),
        (
            "paragraph",
            "Nhân kỷ niệm 75 năm Việt Nam và Ba Lan thiết lập quan hệ ngoại giao (4/2/1950 – 4/2/2025), chúng tôi giới thiệu những mốc sự kiện chính trong quan hệ hữu nghị truyền thống và hợp tác nhiều mặt giữa hai nước.",
        ),
        ("heading", "I. Giai đoạn 1950 – 1975", 1),
        (
            "list_item",
            "- 4/2/1950: Việt Nam Dân chủ Cộng hòa và Cộng hòa Nhân dân Ba Lan thiết lập quan hệ ngoại giao.",
        ),
        (
            "list_item",
            "- Tháng 8/1954: Ba Lan cùng Ấn Độ và Ca-na-đa tham gia Ủy ban Giám sát và Kiểm soát quốc tế, được lập ra theo Hiệp định Giơ-ne-vơ về Đông Dương.",
        ),
        (
            "list_item",
            "- Tháng 7/1957: Chủ tịch Hồ Chí Minh thăm Ba Lan, chuyến thăm duy nhất của Người tới đất nước này.",
        ),
        (
            "list_item",
            "- Những năm 1960 – 1990: Ba Lan giúp Việt Nam đào tạo hơn 4.000 sinh viên, cán bộ khoa học và hơn 3.500 công nhân lành nghề.",
        ),
        (
            "list_item",
            "- Tháng 1/1973: Ba Lan tham gia Ủy ban Quốc tế kiểm soát và giám sát (ICCS) theo Hiệp định Pa-ri về Việt Nam, trở thành nước duy nhất có mặt trong cả hai Ủy ban đình chiến.",
        ),
        ("heading", "II. Giai đoạn 1976 – 2016", 1),
        (
            "list_item",
            "- 1/5/2004: Ba Lan gia nhập Liên minh châu Âu; từ đây, hợp tác kinh tế hai nước gắn với khuôn khổ quan hệ Việt Nam – EU.",
        ),
        (
            "list_item",
            "- Năm 2007: Thủ tướng Nguyễn Tấn Dũng thăm chính thức Ba Lan.",
        ),
        ("heading", "III. Từ năm 2017 đến nay", 1),
        (
            "list_item",
            "- 27 – 30/11/2017: Tổng thống Andrzej Duda thăm cấp Nhà nước Việt Nam; hai nước ký Hiệp định khung về hợp tác tài chính, theo đó Ba Lan dành cho Việt Nam khoản tín dụng ưu đãi 250 triệu euro.",
        ),
        (
            "list_item",
            "- 16/3/2024: Bộ trưởng Ngoại giao Ba Lan Zbigniew Rau thăm chính thức Việt Nam.",
        ),
        (
            "list_item",
            "- 25/6/2024: Thủ tướng Phạm Minh Chính gặp Tổng thống Andrzej Duda bên lề Hội nghị thường niên các nhà tiên phong của Diễn đàn Kinh tế thế giới tại Đại Liên (Trung Quốc).",
        ),
        (
            "list_item",
            "- 16 – 18/1/2025: Thủ tướng Phạm Minh Chính thăm chính thức Ba Lan; hai Thủ tướng nhất trí hướng tới nâng cấp quan hệ Việt Nam – Ba Lan lên tầm chiến lược trong tương lai gần.",
        ),
        (
            "paragraph",
            "Nguồn: Tổng hợp từ tư liệu của Bộ Ngoại giao và Thông tấn xã Việt Nam.",
        ),
    ],
}

ATB_FRIENDSHIP = {
    "id": "atb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "HỘI HỮU NGHỊ VIỆT NAM – BA LAN",
        "Số: 27/BC-HHN",
        "Hà Nội, ngày 10 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết hoạt động năm 2024 và chương trình công tác năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2024 và chương trình công tác năm 2025"),
        ("heading", "I. HOẠT ĐỘNG NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân chuyến thăm chính thức Việt Nam của Bộ trưởng Ngoại giao Ba Lan Zbigniew Rau (tháng 3/2024), Hội phối hợp với Đại sứ quán Ba Lan tổ chức buổi gặp mặt cựu lưu học sinh Việt Nam tại Ba Lan.",
        ),
        (
            "list_item",
            "2. Tháng 9, đoàn đại biểu Hội do Chủ tịch Hội dẫn đầu thăm Vác-sa-va và Krắc-kốp, làm việc với Hội Hữu nghị Ba Lan – Việt Nam; hai hội đã ký chương trình hợp tác giai đoạn 2025 – 2027.",
        ),
        (
            "list_item",
            "3. Sau cơn bão số 3 (Yagi), Hội đã tiếp nhận 30.000 USD do cộng đồng doanh nghiệp Ba Lan quyên góp để hỗ trợ người dân vùng lũ tỉnh Yên Bái.",
        ),
        (
            "list_item",
            "4. Hội chưa tổ chức được Tuần phim Ba Lan tại TP. Hồ Chí Minh như kế hoạch đề ra do thiếu kinh phí.",
        ),
        ("heading", "II. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Ba Lan (4/2/1950 – 4/2/2025).",
        ),
        (
            "list_item",
            "2. Tham gia các hoạt động giao lưu nhân dân trong chuyến thăm Ba Lan của lãnh đạo cấp cao Việt Nam dự kiến vào đầu năm 2025.",
        ),
        (
            "list_item",
            "3. Đón đoàn Hội Hữu nghị Ba Lan – Việt Nam sang thăm Việt Nam và dự lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước vào tháng 4/2025.",
        ),
        (
            "list_item",
            "4. Vận động cộng đồng người Việt Nam tại Ba Lan tham gia quảng bá văn hóa, du lịch Việt Nam.",
        ),
    ],
}

ATC_WARSAW = {
    "id": "atc",
    "shape": "news",
    "date": "2025-01-16",
    "stamp": "16/01/2025 21:10",
    "blocks": [
        ("title", "Việt Nam – Ba Lan hướng tới quan hệ Đối tác chiến lược"),
        (
            "paragraph",
            "Vác-sa-va (TTXVN) – Sáng 16/1 (giờ địa phương), sau lễ đón chính thức tại Phủ Thủ tướng Ba Lan, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Ba Lan Donald Tusk, trong khuôn khổ chuyến thăm chính thức Ba Lan từ ngày 16 đến 18/1.",
        ),
        (
            "paragraph",
            "Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao (4/2/1950 – 4/2/2025), khi Ba Lan vừa đảm nhận cương vị Chủ tịch luân phiên Hội đồng Liên minh châu Âu từ ngày 1/1/2025.",
        ),
        ("heading", "Sáu nhóm biện pháp", 1),
        (
            "paragraph",
            "Tại hội đàm, Thủ tướng Phạm Minh Chính đề xuất sáu nhóm biện pháp lớn, trước hết là tăng cường tin cậy chính trị, hướng tới nâng tầm quan hệ hai nước lên Đối tác chiến lược trong thời gian tới. Thủ tướng đề nghị hai bên phấn đấu sớm đưa kim ngạch thương mại hai chiều lên 5 tỷ USD, đẩy mạnh hợp tác quốc phòng – an ninh, lao động và đào tạo nguồn nhân lực cho chuyển đổi số, chuyển đổi xanh.",
        ),
        (
            "paragraph",
            "Ba Lan hiện là đối tác thương mại lớn nhất của Việt Nam tại khu vực Trung Đông Âu. Thủ tướng Donald Tusk khẳng định Ba Lan coi trọng quan hệ hữu nghị truyền thống với Việt Nam và mong muốn mở rộng hợp tác trên nhiều lĩnh vực.",
        ),
        ("heading", "Ký thỏa thuận về giáo dục đại học", 1),
        (
            "paragraph",
            "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký thỏa thuận hợp tác trong lĩnh vực giáo dục đại học. Thủ tướng Phạm Minh Chính cũng đề nghị phía Ba Lan tạo điều kiện để cộng đồng người Việt Nam tại Ba Lan sớm được công nhận là dân tộc thiểu số.",
        ),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Thủ tướng sẽ hội kiến Tổng thống Andrzej Duda, phát biểu chính sách tại Đại học Tổng hợp Vác-sa-va và gặp gỡ cộng đồng người Việt Nam tại Ba Lan.",
        ),
    ],
}

ATD_AGRICULTURE = {
    "id": "atd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VÀ MÔI TRƯỜNG':<44}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/KH-BNNMT':<44}Hà Nội, ngày 22 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Cộng hòa Ba Lan trong lĩnh vực nông nghiệp",
        "và môi trường năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Cộng hòa Ba Lan trong lĩnh vực nông nghiệp và môi trường năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Tuyên bố chung Việt Nam – Ba Lan về nâng tầm quan hệ song phương, được ra nhân chuyến thăm chính thức Ba Lan của Thủ tướng Chính phủ tháng 1/2025, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hợp tác với Ba Lan năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Năm ngoái, hai bên đã trao đổi đoàn chuyên gia về thú y và kiểm dịch thực vật; phía Ba Lan cử chuyên gia sang hướng dẫn kỹ thuật chế biến sữa cho các hợp tác xã tại Mộc Châu. Tuy vậy, Nhóm công tác chung về nông nghiệp giữa hai Bộ chưa tổ chức được phiên họp thứ nhất.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Trong tháng 5, cử đoàn do một Thứ trưởng dẫn đầu sang Vác-sa-va làm việc với Bộ Nông nghiệp và Phát triển nông thôn Ba Lan.",
        ),
        (
            "list_item",
            "2. Đàm phán, tiến tới ký Bản ghi nhớ hợp tác về quản lý chất thải và kinh tế tuần hoàn với Bộ Khí hậu và Môi trường Ba Lan.",
        ),
        (
            "list_item",
            "3. Tổ chức gian hàng nông sản Việt Nam tại Hội chợ nông nghiệp quốc tế Polagra ở Pô-dơ-nan.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Ba Lan ưu tiên sử dụng khoản tín dụng ưu đãi 250 triệu euro cho các dự án xử lý nước thải nông thôn.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối, phối hợp với các đơn vị liên quan triển khai Kế hoạch này và báo cáo Bộ trưởng trước ngày 15/12/2026.",
        ),
    ],
}

ATE_ICSC = {
    "id": "ate",
    "shape": "entry",
    "blocks": [
        ("title", "Ủy ban Giám sát và Kiểm soát quốc tế"),
        (
            "paragraph",
            "Ủy ban Giám sát và Kiểm soát quốc tế (ICSC) là cơ quan quốc tế được lập ra theo Hiệp định Giơ-ne-vơ về Đông Dương ký ngày 21/7/1954, có nhiệm vụ giám sát việc thi hành các hiệp định đình chỉ chiến sự ở Việt Nam, Lào và Campuchia.",
        ),
        ("heading", "Thành phần và tổ chức", 1),
        (
            "paragraph",
            "Ủy ban gồm đại diện của Ấn Độ, Ba Lan và Ca-na-đa, trong đó Ấn Độ giữ vai trò Chủ tịch. Ủy ban bắt đầu hoạt động từ tháng 8/1954, với ba bộ phận riêng biệt cho Việt Nam, Lào và Campuchia, đặt trụ sở lần lượt tại Hà Nội, Viêng Chăn và Phnôm Pênh.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Trong những năm 1954 – 1955, Ủy ban giám sát việc chuyển quân tập kết và trao trả tù binh giữa các bên. Sau Hiệp định Giơ-ne-vơ về Lào ký ngày 23/7/1962, bộ phận của Ủy ban tại Lào được giao thêm nhiệm vụ giám sát nền trung lập của nước này. Khi chiến tranh ở Việt Nam lan rộng, hoạt động của Ủy ban ngày càng bị hạn chế.",
        ),
        ("heading", "Ủy ban Quốc tế kiểm soát và giám sát", 1),
        (
            "paragraph",
            "Hiệp định Pa-ri về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam, ký ngày 27/1/1973, lập ra Ủy ban Quốc tế kiểm soát và giám sát (ICCS) thay thế ICSC, gồm Ba Lan, Hung-ga-ri, In-đô-nê-xi-a và Ca-na-đa. Tháng 7/1973, Ca-na-đa rút khỏi ICCS và được I-ran thay thế. Ba Lan là nước duy nhất có mặt trong cả hai Ủy ban.",
        ),
    ],
}

DOCS = [ATA_CHRONOLOGY, ATB_FRIENDSHIP, ATC_WARSAW, ATD_AGRICULTURE, ATE_ICSC]


def render_chronology(doc: dict) -> str:
    """A chronology page copied as text: the site line, the title, an update line, the intro wrapped at 80
    columns, each period heading followed by its dated milestones one a line (no blank lines between them),
    a blank line after each period, the source line at the end."""
    blocks = doc["blocks"]
    out = [doc["site"], "", blocks[0][1], doc["updated"], ""]
    for i, b in enumerate(blocks[1:], start=1):
        kind, text = b[0], b[1]
        nxt = blocks[i + 1][0] if i + 1 < len(blocks) else None
        if kind == "heading":
            out.append(text)
        elif kind == "list_item":
            out.append(text)
            if nxt != "list_item":
                out.append("")
        else:
            out += wrap(text, 80) + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: lines wrapped at 76 columns, every line followed by an empty
    line; the chairman's signature at the end."""
    return word_text(doc, 76, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "(Đã ký)"], newline="\n")


NEWS_HEAD = '<title>{title}</title>\n<meta name="publish-date" content="{date} {time}">\n'
NEWS_TOP = (
    '<div class="top-menu"><ul><li><a href="/">Trang chủ</a></li>{menu}</ul></div>\n'
    '<div class="breadcrumbs"><a href="/thoi-su">Thời sự</a> / <a href="/thoi-su/doi-ngoai">Đối ngoại</a></div>\n'
    '<div class="article">\n<h1 class="article-title">{title}</h1>\n<p class="meta">{stamp} | TTXVN</p>\n'
)
NEWS_BOTTOM = (
    '<div class="tag-box">{tags}</div>\n</div>\n'
    '<div class="footer">© Bản quyền thuộc Thông tấn xã Việt Nam</div>\n'
)


def render_news(doc: dict) -> str:
    """A news page: <meta name="publish-date">, a top menu and breadcrumbs, <h1 class="article-title">, a meta
    line, the lead (with its dateline) in <div class="sapo"><strong>, <h2> subheads, a tag box, footer."""
    return news_page(
        doc,
        time="21:10",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        tags=[
            ("/tag/ba-lan", "Ba Lan"),
            ("/tag/donald-tusk", "Donald Tusk"),
            ("/tag/pham-minh-chinh", "Phạm Minh Chính"),
        ],
        head=NEWS_HEAD,
        top=NEWS_TOP,
        lead='<div class="sapo"><strong>{}</strong></div>',
        heading='<h2 class="sub">{}</h2>',
        bottom=NEWS_BOTTOM,
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: two-line issuer beside the motto, centred title, body at 76 columns, "Nơi nhận" and
    the vice-minister's signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Đại sứ quán Ba Lan tại Việt Nam;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "chronology": render_chronology,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="at",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
