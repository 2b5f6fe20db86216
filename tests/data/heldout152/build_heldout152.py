"""Build the hundred-and-fifty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout152/build_heldout152.py [--check]

Five short documents on topics the earlier sets do not use (Sudan and South Sudan from the CPA of 2005 to the
war of 2023, the Hanoi University of Natural Resources and Environment's cooperation with African and Middle Eastern partners in the first half of
2025, South Sudan's admission to the UN on 14/7/2011, a (fictitious) Diplomatic Academy plan for training
cooperation with Africa and the Middle East in 2026, an encyclopedia entry on the International Criminal
Court). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the report's
items and all quoted words are invented, the Academy's plan (number, date, tasks) is fictitious. Events,
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

MSA_SUDAN = {
    "id": "msa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU PHI NGÀY NAY – Số 6 (2024)",
    "first_page": 17,
    "break_after": 10,
    "blocks": [
        ("title", "XU-ĐĂNG VÀ NAM XU-ĐĂNG: HAI THẬP KỶ HÒA BÌNH MONG MANH"),
        ("author", "Phạm Hồng Nhung"),
        ("affiliation", "Viện Chiến lược Quốc phòng"),
        (
            "abstract",
            "Bài viết điểm lại quan hệ giữa hai nước Xu-đăng từ năm 2005 và sự hiện diện của Việt Nam.",
            "vi",
        ),
        ("keywords", "Xu-đăng; Nam Xu-đăng; Abyei; gìn giữ hòa bình", "vi"),
        ("heading", "1. Từ hòa ước đến chia tách", 1),
        (
            "paragraph",
            "Hiệp định Hòa bình toàn diện (CPA) ký tại Nai-rô-bi ngày 9/1/2005 giữa Chính phủ Xu-đăng và Phong trào Giải phóng Nhân dân Xu-đăng (SPLM) đã chấm dứt cuộc nội chiến kéo dài hơn hai thập kỷ. Trong cuộc trưng cầu ý dân tháng 1/2011, gần 99% cử tri miền Nam chọn tách ra; Nam Xu-đăng tuyên bố độc lập ngày 9/7/2011 và năm ngày sau trở thành thành viên thứ 193 của Liên hợp quốc (Phạm Thị Hoa, 2016, tr. 23).",
        ),
        ("heading", "2. Những cuộc xung đột mới", 1),
        (
            "paragraph",
            "Tháng 4/2012, quân đội hai nước giao tranh quanh mỏ dầu Heglig trên vùng biên giới. Ở phía bắc, sau khi Tổng thống Omar al-Bashir bị lật đổ tháng 4/2019, Liên minh châu Phi đình chỉ tư cách thành viên của Xu-đăng vào tháng 6 năm đó và chỉ dỡ bỏ lệnh đình chỉ khi chính phủ chuyển tiếp do dân sự lãnh đạo được thành lập (Vũ Đức Thịnh, 2021). Từ ngày 15/4/2023, giao tranh giữa quân đội Xu-đăng và Lực lượng Hỗ trợ nhanh (RSF) lan rộng khắp cả nước. Ả-rập Xê-út và Hoa Kỳ đã làm trung gian cho các cuộc đàm phán tại Jeddah, song các lệnh ngừng bắn đạt được đều nhanh chóng bị vi phạm.",
        ),
        ("heading", "3. Sự hiện diện của Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam hiện diện tại khu vực chủ yếu qua lực lượng gìn giữ hòa bình: Bệnh viện dã chiến cấp 2 đầu tiên của ta được triển khai tới Bentiu (Nam Xu-đăng) năm 2018, còn đội công binh đến khu vực Abyei từ năm 2022. Theo một nhà nghiên cứu, họ là “những sứ giả thầm lặng của hòa bình” (Lê Minh Châu, 2023, tr. 77). Ta cần sớm thiết lập cơ chế tham vấn chính trị với Nam Xu-đăng.",
        ),
    ],
}

MSB_TLU = {
    "id": "msb",
    "shape": "word",
    "head": [
        "TRƯỜNG ĐẠI HỌC TÀI NGUYÊN VÀ MÔI TRƯỜNG HÀ NỘI",
        "PHÒNG HỢP TÁC QUỐC TẾ",
        "Số: 57/BC-TNMT",
        "Hà Nội, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác châu Phi và Trung Đông 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác với các đối tác châu Phi và Trung Đông 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 2/2025, Trường đón đoàn Bộ Tài nguyên nước và Thủy lợi Ai Cập sang trao đổi kinh nghiệm quản lý nước vùng châu thổ.",
        ),
        (
            "list_item",
            "2. Biên bản ghi nhớ về trao đổi giảng viên ký với Đại học Khartoum năm 2022 vẫn chưa thể triển khai do xung đột kéo dài ở Xu-đăng.",
        ),
        (
            "list_item",
            "3. Ba nghiên cứu sinh Nam Xu-đăng theo học bằng học bổng của Chính phủ Việt Nam đã bảo vệ thành công luận án tiến sĩ về quản lý lũ.",
        ),
        (
            "list_item",
            "4. Tháng 5, Quỹ Cô-oét vì Phát triển kinh tế Ả-rập tài trợ 300.000 USD cho chương trình đào tạo về cấp nước sạch ở các tỉnh miền Trung.",
        ),
        (
            "list_item",
            "5. Cán bộ của Trường tham dự hội thảo do Tổ chức Nông lương Liên hợp quốc (FAO) tổ chức tại Cai-rô về sử dụng nước trong nông nghiệp.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tháng 9, cử đoàn giảng viên sang Ma-rốc làm việc với Viện Nông nghiệp và Thú y Hassan II về hợp tác đào tạo.",
        ),
        (
            "list_item",
            "2. Hoàn thiện hồ sơ đề nghị Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ khóa đào tạo ba bên cho kỹ sư thủy lợi các nước châu Phi.",
        ),
    ],
}

MSC_SSUDAN = {
    "id": "msc",
    "shape": "news",
    "date": "2011-07-15",
    "stamp": "Thứ Sáu, 15/07/2011 - 08:30",
    "blocks": [
        ("title", "Nam Xu-đăng trở thành thành viên thứ 193 của Liên hợp quốc"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 14/7 (giờ địa phương), Đại hội đồng Liên hợp quốc đã nhất trí kết nạp Cộng hòa Nam Xu-đăng làm thành viên thứ 193, chỉ năm ngày sau khi quốc gia trẻ nhất thế giới tuyên bố độc lập.",
        ),
        ("heading", "Thông qua không cần bỏ phiếu", 1),
        (
            "paragraph",
            "Quyết định được thông qua bằng hình thức đồng thuận, một ngày sau khi Hội đồng Bảo an nhất trí thông qua Nghị quyết 1999 khuyến nghị kết nạp nước này. Tổng Thư ký Ban Ki-moon, người đã dự lễ tuyên bố độc lập tại Juba hôm 9/7, chúc mừng và cam kết Liên hợp quốc sẽ tiếp tục đồng hành cùng Nam Xu-đăng.",
        ),
        ("heading", "Xu-đăng là nước đầu tiên công nhận", 1),
        (
            "paragraph",
            "Ngay từ ngày 8/7, Chính phủ Xu-đăng đã chính thức công nhận nhà nước mới. Cùng ngày, Hội đồng Bảo an quyết định thành lập Phái bộ Liên hợp quốc tại Nam Xu-đăng (UNMISS) với quân số tối đa 7.000 binh sĩ.",
        ),
        ("heading", "Những vấn đề còn bỏ ngỏ", 1),
        (
            "paragraph",
            "Hai nước vẫn chưa thống nhất được cách phân chia nguồn thu từ dầu mỏ cũng như quy chế của vùng tranh chấp Abyei, nơi Hội đồng Bảo an đã quyết định triển khai một lực lượng gồm binh sĩ Ê-ti-ô-pi-a (UNISFA) từ cuối tháng trước. Nam Xu-đăng dự kiến sẽ sớm gia nhập Liên minh châu Phi.",
        ),
    ],
}

MSD_PLAN = {
    "id": "msd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỌC VIỆN NGOẠI GIAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-HVNG':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác đào tạo, nghiên cứu với các đối tác",
        "châu Phi và Trung Đông năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác đào tạo, nghiên cứu với các đối tác châu Phi và Trung Đông năm 2026"),
        (
            "paragraph",
            "Căn cứ chủ trương tăng cường quan hệ với các nước châu Phi – Trung Đông và kết quả hợp tác năm 2025, Học viện Ngoại giao xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, Học viện đã tổ chức khóa bồi dưỡng về ASEAN và ngoại giao đa phương cho 20 nhà ngoại giao trẻ của Nam Xu-đăng, Xu-đăng và Ê-ri-tơ-rê-a, đồng thời ký Bản ghi nhớ hợp tác với Học viện Ngoại giao Ai Cập. Hợp tác với Viện Nghiên cứu ngoại giao Hoàng thân Saud Al Faisal của Ả-rập Xê-út chưa có văn kiện làm cơ sở.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3, đón đoàn Học viện Ngoại giao Ai Cập sang trao đổi kinh nghiệm đào tạo ngoại giao đa phương.",
        ),
        (
            "list_item",
            "2. Trong quý II, phối hợp với Đại sứ quán Việt Nam tại Ai Cập tổ chức tọa đàm tại Cai-rô về đóng góp của lực lượng gìn giữ hòa bình Việt Nam ở Nam Xu-đăng và Abyei.",
        ),
        (
            "list_item",
            "3. Đề nghị Chương trình Phát triển Liên hợp quốc (UNDP) tài trợ một khóa đào tạo về hòa giải cho cán bộ ngoại giao các nước châu Phi.",
        ),
        ("list_item", "4. Tháng 12, cử đoàn tham dự Diễn đàn Doha tại Ca-ta."),
        (
            "list_item",
            "5. Không tổ chức đoàn khảo sát sang Xu-đăng trong năm 2026 do tình hình an ninh chưa bảo đảm.",
        ),
        ("paragraph", "Ban Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này."),
    ],
}

MSE_ICC = {
    "id": "mse",
    "shape": "entry",
    "blocks": [
        ("title", "Tòa án Hình sự Quốc tế"),
        (
            "paragraph",
            "Tòa án Hình sự Quốc tế (ICC) là tòa án thường trực đầu tiên có thẩm quyền xét xử cá nhân về tội diệt chủng, tội ác chống loài người, tội ác chiến tranh và tội xâm lược. Quy chế Rôma về thành lập Tòa được hội nghị ngoại giao ở Rôma thông qua ngày 17/7/1998 với 120 phiếu thuận, 7 phiếu chống, 21 phiếu trắng và có hiệu lực từ ngày 1/7/2002, sau khi có đủ 60 nước phê chuẩn. Trụ sở của Tòa đặt tại La Hay (Hà Lan). Tòa gồm 18 thẩm phán do Hội đồng các quốc gia thành viên bầu với nhiệm kỳ chín năm và chỉ thụ lý vụ việc khi tòa án quốc gia không có khả năng hoặc không muốn truy tố.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Hiện có 125 quốc gia thành viên; U-crai-na trở thành thành viên thứ 125 từ ngày 1/1/2025. Hoa Kỳ ký Quy chế năm 2000 nhưng tháng 5/2002 thông báo không có ý định phê chuẩn. Bu-run-đi là nước đầu tiên rút khỏi Tòa, có hiệu lực từ ngày 27/10/2017; Phi-líp-pin cũng rút vào năm 2019.",
        ),
        ("heading", "Vụ Đác-phua", 1),
        (
            "paragraph",
            "Năm 2005, Hội đồng Bảo an chuyển tình hình ở Đác-phua (Xu-đăng) cho Tòa xem xét. Ngày 4/3/2009, ICC phát lệnh bắt Tổng thống Omar al-Bashir, nguyên thủ quốc gia đương nhiệm đầu tiên bị Tòa truy nã; Xu-đăng bác bỏ thẩm quyền của Tòa.",
        ),
        ("heading", "Việt Nam và ICC", 1),
        ("paragraph", "Việt Nam chưa ký và chưa phê chuẩn Quy chế Rôma."),
    ],
}

DOCS = [MSA_SUDAN, MSB_TLU, MSC_SSUDAN, MSD_PLAN, MSE_ICC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["TRƯỞNG PHÒNG", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:30",
        [("/the-gioi", "Thế giới"), ("/chau-phi", "Châu Phi")],
        [("/tag/nam-xu-dang", "Nam Xu-đăng"), ("/tag/lien-hop-quoc", "Liên hợp quốc")],
    )


def render_plan(doc: dict) -> str:
    """The Academy's plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Vụ Tây Á – Châu Phi (để phối hợp);", "- Lưu: VT, HTQT."],
        ["GIÁM ĐỐC", "(đã ký)"],
        (48, 51),
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
        prefix="ms",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
