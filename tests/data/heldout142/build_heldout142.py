"""Build the 142nd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout142/build_heldout142.py [--check]

Five short documents on Vietnam – United States cooperation in overcoming the consequences of war and on
the US – Japan alliance: a journal article on war-legacy cooperation (MIA accounting, dioxin, the
partnerships of 2013 and 2023), a (fictitious) year-end report of the external relations board of the
Vietnam Association of Victims of Agent Orange/Dioxin, a news page on the launch of the dioxin clean-up
at Đà Nẵng airport (9/8/2012), a (fictitious) Ministry of National Defence plan for 2026 and an
encyclopedia entry on the US – Japan Security Treaty. Facts are well-established; authors, journal, page
numbers, document numbers, the report's and the plan's items and all quoted words are invented. Events,
citations and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote
and citation occurs in the documents.
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

NSA_LEGACY = {
    "id": "nsa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU MỸ – Số 4 (2024)",
    "first_page": 33,
    "break_after": 6,
    "blocks": [
        ("title", "KHẮC PHỤC HẬU QUẢ CHIẾN TRANH TRONG QUAN HỆ VIỆT NAM – HOA KỲ"),
        ("author", "Nguyễn Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu Châu Mỹ, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết điểm lại quá trình hai nước hợp tác giải quyết các vấn đề do chiến tranh để lại và vai trò của hợp tác này đối với quan hệ song phương.",
            "vi",
        ),
        ("keywords", "Việt Nam; Hoa Kỳ; MIA; dioxin; hậu quả chiến tranh", "vi"),
        ("heading", "1. Từ tìm kiếm quân nhân mất tích đến bình thường hóa", 1),
        (
            "paragraph",
            "Ngay cả khi hai nước chưa có quan hệ ngoại giao, Việt Nam đã chủ động hợp tác với Hoa Kỳ tìm kiếm quân nhân Mỹ mất tích trong chiến tranh (MIA). Năm 1992, phía Mỹ thành lập Lực lượng đặc nhiệm hỗn hợp tìm kiếm tù binh và người mất tích (JTF-FA), mở đường cho các đợt tìm kiếm chung thường xuyên trên lãnh thổ Việt Nam (Đỗ Văn Thành, 2015, tr. 48). Ngày 3/2/1994, Tổng thống Bill Clinton tuyên bố bãi bỏ lệnh cấm vận thương mại, và ngày 11/7/1995, ông công bố bình thường hóa quan hệ với Việt Nam. Hai năm sau, Đại sứ đầu tiên của Mỹ tại Hà Nội là ông Pete Peterson, một cựu tù binh từng bị giam giữ ở miền Bắc.",
        ),
        ("heading", "2. Xử lý dioxin và bom mìn", 1),
        (
            "paragraph",
            "Hợp tác xử lý ô nhiễm dioxin chỉ thực sự bắt đầu sau năm 2010. Dự án tẩy độc tại sân bay Đà Nẵng được khởi công ngày 9/8/2012 và hoàn thành năm 2018; ngày 20/4/2019, hai bên tiếp tục khởi động dự án tại sân bay Biên Hòa, điểm nóng dioxin lớn nhất cả nước. Theo một cựu quan chức Mỹ, đây là “việc đúng đắn mà lẽ ra phải làm từ lâu” (Lê Thu Trang, 2020, tr. 117). Chính phủ Mỹ còn tài trợ cho nhiều chương trình rà phá bom mìn tại Quảng Trị.",
        ),
        ("heading", "3. Nền tảng cho quan hệ đối tác", 1),
        (
            "paragraph",
            "Những kết quả đó góp phần để hai nước xác lập quan hệ Đối tác toàn diện ngày 25/7/2013. Tháng 5/2016, nhân chuyến thăm của Tổng thống Barack Obama, Washington dỡ bỏ hoàn toàn lệnh cấm bán vũ khí sát thương cho Việt Nam. Ngày 10/9/2023, trong chuyến thăm của Tổng thống Joe Biden, quan hệ được nâng lên Đối tác chiến lược toàn diện (Phan Quốc Hưng, 2024). Tuy vậy, phía Mỹ vẫn chưa thừa nhận trách nhiệm pháp lý đối với nạn nhân chất độc da cam.",
        ),
    ],
}

NSB_VAVA = {
    "id": "nsb",
    "shape": "word",
    "head": [
        "HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN VIỆT NAM",
        "BAN ĐỐI NGOẠI",
        "Số: 37/BC-BĐN",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Trong năm, Ban đã đón 14 đoàn khách quốc tế, trong đó có 6 đoàn cựu chiến binh Hoa Kỳ sang thăm các làng Hữu Nghị và trung tâm chăm sóc nạn nhân ở Thái Bình, Đồng Nai.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, đoàn cán bộ của Hội tham dự hội thảo về hậu quả chất độc hóa học do một số tổ chức phi chính phủ tổ chức tại Xê-un (Hàn Quốc).",
        ),
        (
            "list_item",
            "3. Quỹ hỗ trợ nạn nhân đã tiếp nhận khoản viện trợ 85.000 USD của một tổ chức nhân đạo Nhật Bản để xây 20 căn nhà tình nghĩa cho nạn nhân tại Quảng Trị.",
        ),
        (
            "list_item",
            "4. Ngày 22/8/2024, Tòa Phúc thẩm Pa-ri bác đơn kháng cáo của bà Trần Tố Nga trong vụ kiện các công ty hóa chất Mỹ; Hội đã ra tuyên bố phản đối phán quyết và tiếp tục ủng hộ bà.",
        ),
        (
            "list_item",
            "5. Dự án phục hồi chức năng cho người khuyết tật do USAID tài trợ tại tỉnh Bình Định chưa được gia hạn sau khi kết thúc vào tháng 9.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 8 năm sau, phối hợp với các tổ chức của cựu chiến binh Mỹ tổ chức tọa đàm nhân Ngày vì nạn nhân chất độc da cam.",
        ),
        (
            "list_item",
            "2. Vận động các đối tác Hàn Quốc, Nhật Bản và Ô-xtrây-li-a tài trợ cho các trung tâm nuôi dưỡng nạn nhân.",
        ),
        (
            "list_item",
            "3. Cử đoàn sang Hoa Kỳ giao lưu với cộng đồng người Việt và các nhóm cựu chiến binh trong quý II/2025.",
        ),
    ],
}

NSC_DANANG = {
    "id": "nsc",
    "shape": "news",
    "date": "2012-08-09",
    "stamp": "Thứ Năm, 09/08/2012 - 16:40",
    "blocks": [
        ("title", "Khởi công dự án xử lý dioxin tại sân bay Đà Nẵng"),
        (
            "paragraph",
            "Đà Nẵng (TTXVN) – Sáng 9/8, tại sân bay Đà Nẵng, Bộ Quốc phòng Việt Nam và Cơ quan Phát triển quốc tế Hoa Kỳ (USAID) đã tổ chức lễ khởi công dự án xử lý ô nhiễm dioxin, dự án đầu tiên hai nước cùng thực hiện để khắc phục hậu quả chất độc da cam.",
        ),
        ("heading", "Ưu tiên của quan hệ song phương", 1),
        (
            "paragraph",
            "Phát biểu tại buổi lễ, Đại sứ Hoa Kỳ David Shear khẳng định Washington coi đây là một ưu tiên trong quan hệ với Hà Nội. Phía Việt Nam hoan nghênh sự tham gia của Mỹ và đề nghị phía bạn tiếp tục hỗ trợ xử lý các điểm nóng còn lại, trước hết là sân bay Biên Hòa.",
        ),
        (
            "paragraph",
            "Theo thiết kế, đất và trầm tích nhiễm độc sẽ được đào lên, tập kết vào một khối chứa kín rồi xử lý bằng công nghệ nhiệt, giúp giảm nồng độ dioxin xuống dưới ngưỡng cho phép.",
        ),
        ("heading", "Sau gần bốn thập kỷ", 1),
        (
            "paragraph",
            "Sân bay Đà Nẵng từng là nơi quân đội Mỹ tập kết và pha trộn chất diệt cỏ trong chiến tranh. Trước đó, hai nước đã cùng hoàn tất khâu đánh giá tác động môi trường của dự án. Một số tổ chức phi chính phủ của Mỹ cũng cam kết hỗ trợ người khuyết tật sống quanh khu vực sân bay, song chưa công bố mức kinh phí cụ thể.",
        ),
    ],
}

NSD_PLAN = {
    "id": "nsd",
    "shape": "plan",
    "head": [
        f"{'BỘ QUỐC PHÒNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 86/KH-BQP':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Hoa Kỳ trong khắc phục hậu quả chiến tranh",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Hoa Kỳ trong khắc phục hậu quả chiến tranh năm 2026"),
        (
            "paragraph",
            "Thực hiện các thỏa thuận đạt được trong khuôn khổ quan hệ Đối tác chiến lược toàn diện Việt Nam – Hoa Kỳ, Bộ Quốc phòng ban hành Kế hoạch hợp tác khắc phục hậu quả chiến tranh năm 2026 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm 2025, hai bên đã tổ chức ba đợt tìm kiếm chung người mất tích tại Quảng Nam, Quảng Trị và Kon Tum, đồng thời hoàn thành giai đoạn một dự án xử lý dioxin tại sân bay Biên Hòa. Tuy nhiên, việc trao đổi dữ liệu về quân nhân Việt Nam mất tích chưa đáp ứng yêu cầu.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 3, đón đoàn Cơ quan Tìm kiếm tù binh và người mất tích của Bộ Quốc phòng Hoa Kỳ (DPAA) sang làm việc, thống nhất kế hoạch tìm kiếm chung trong năm.",
        ),
        (
            "list_item",
            "2. Đàm phán với USAID về nguồn vốn cho giai đoạn hai dự án Biên Hòa; dự kiến ký văn bản sửa đổi vào quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Hoa Kỳ tiếp tục cung cấp tài liệu lưu trữ giúp xác định hài cốt liệt sĩ Việt Nam.",
        ),
        (
            "list_item",
            "4. Cử đoàn cán bộ sang Ha-oai (Hoa Kỳ) trao đổi kinh nghiệm giám định ADN trong tháng 10.",
        ),
        (
            "paragraph",
            "Cục Đối ngoại là cơ quan thường trực, theo dõi và báo cáo kết quả thực hiện Kế hoạch.",
        ),
    ],
}

NSE_TREATY = {
    "id": "nse",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước An ninh Mỹ – Nhật"),
        (
            "paragraph",
            "Hiệp ước Hợp tác và An ninh chung giữa Hoa Kỳ và Nhật Bản là nền tảng của liên minh quân sự giữa hai nước, được ký tại Oa-sinh-tơn ngày 19/1/1960 và có hiệu lực từ ngày 23/6/1960. Hiệp ước thay thế Hiệp ước An ninh năm 1951.",
        ),
        ("heading", "Hoàn cảnh ra đời", 1),
        (
            "paragraph",
            "Hiệp ước An ninh đầu tiên được hai nước ký tại Xan Phran-xi-xcô ngày 8/9/1951, cùng ngày với Hòa ước Xan Phran-xi-xcô giữa Nhật Bản và các nước Đồng minh. Việc sửa đổi hiệp ước năm 1960 gây ra làn sóng biểu tình lớn ở Tô-ky-ô, khiến chuyến thăm Nhật Bản dự kiến của Tổng thống Mỹ Đuây Ai-xen-hao bị hủy bỏ.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Theo Điều 5, hai bên cùng hành động để đối phó với một cuộc tấn công vũ trang nhằm vào các vùng lãnh thổ do Nhật Bản quản lý. Điều 6 cho phép Mỹ sử dụng các căn cứ trên đất Nhật Bản. Ngày 15/5/1972, Mỹ trao trả Ô-ki-na-oa cho Nhật Bản nhưng vẫn duy trì nhiều căn cứ quân sự tại đây.",
        ),
        ("heading", "Đánh giá", 1),
        (
            "paragraph",
            "Hiệp ước chưa từng được sửa đổi kể từ năm 1960. Trung Quốc nhiều lần phản đối việc Mỹ khẳng định Điều 5 áp dụng cho quần đảo Xen-ca-cư.",
        ),
    ],
}

DOCS = [NSA_LEGACY, NSB_VAVA, NSC_DANANG, NSD_PLAN, NSE_TREATY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thời sự",
        "16:40",
        [("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        [("/tag/dioxin", "Dioxin"), ("/tag/hoa-ky", "Hoa Kỳ")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, CĐN."],
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
        prefix="ns",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
