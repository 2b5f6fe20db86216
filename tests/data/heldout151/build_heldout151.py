"""Build the hundred-and-fifty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout151/build_heldout151.py [--check]

Five short documents on topics the earlier sets do not use (Yemen from unification to the war and the UN's
mediation, the Foreign Ministry's Consular Department on citizen protection in the Middle East and Africa in
2024, Security Council resolution 2216 of 14/4/2015, a (fictitious) Ministry of Home Affairs plan for labour
markets in the Gulf in 2026, an encyclopedia entry on the Organisation of Islamic Cooperation). Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the report's
items and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events,
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

MRA_YEMEN = {
    "id": "mra",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TÂY Á – Số 1 (2023)",
    "first_page": 71,
    "break_after": 9,
    "blocks": [
        ("title", "YEMEN: TỪ THỐNG NHẤT ĐẾN CHIẾN TRANH VÀ HÒA GIẢI"),
        ("author", "Trần Quốc Bảo"),
        ("affiliation", "Học viện Ngoại giao"),
        ("abstract", "Bài viết phân tích xung đột ở Yemen và vai trò của Liên hợp quốc.", "vi"),
        ("keywords", "Yemen; GCC; Nghị quyết 2216; Thỏa thuận Stockholm", "vi"),
        ("heading", "1. Nhà nước thống nhất và khủng hoảng", 1),
        (
            "paragraph",
            "Ngày 22/5/1990, Cộng hòa Ả-rập Yemen ở phía bắc và Cộng hòa Dân chủ Nhân dân Yemen ở phía nam hợp nhất thành Cộng hòa Yemen. Năm 2011, trước làn sóng biểu tình, Tổng thống Ali Abdullah Saleh ký tại Riyadh sáng kiến chuyển giao quyền lực do Hội đồng Hợp tác vùng Vịnh (GCC) đề xuất, trao quyền cho Phó Tổng thống Abd Rabbuh Mansour Hadi (Nguyễn Văn Khánh, 2017, tr. 58).",
        ),
        ("heading", "2. Chiến tranh và can thiệp", 1),
        (
            "paragraph",
            "Tháng 9/2014, lực lượng Houthi chiếm thủ đô Sanaa. Ngày 26/3/2015, liên minh quân sự do Ả-rập Xê-út dẫn đầu mở chiến dịch không kích nhằm vào lực lượng này theo đề nghị của Tổng thống Hadi. Ngày 14/4/2015, Hội đồng Bảo an thông qua Nghị quyết 2216, áp đặt lệnh cấm vận vũ khí đối với Houthi. Xung đột đã gây ra cuộc khủng hoảng mà Liên hợp quốc gọi là “thảm họa nhân đạo tồi tệ nhất thế giới” (Trần Thị Hương, 2020, tr. 102).",
        ),
        ("heading", "3. Hòa giải và lập trường Việt Nam", 1),
        (
            "paragraph",
            "Tháng 12/2018, dưới sự trung gian của Đặc phái viên Liên hợp quốc Martin Griffiths, các bên đạt được Thỏa thuận Stockholm về ngừng bắn tại thành phố cảng Hodeidah. Ngày 2/4/2022, lệnh ngừng bắn toàn quốc do Liên hợp quốc làm trung gian bắt đầu có hiệu lực; lệnh này được gia hạn hai lần nhưng không được gia hạn tiếp khi hết hạn vào tháng 10 năm đó (Lê Quang Dũng, 2022). Trong nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an 2020 – 2021, Việt Nam ủng hộ các nỗ lực của Đặc phái viên và kêu gọi các bên bảo đảm tiếp cận nhân đạo. Ta cần tiếp tục phối hợp với các nước ASEAN tại Liên hợp quốc vì hòa bình ở Yemen.",
        ),
    ],
}

MRB_CONSULAR = {
    "id": "mrb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "CỤC LÃNH SỰ",
        "Số: 128/BC-CLS",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác bảo hộ công dân tại khu vực Trung Đông – châu Phi năm 2024, phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác bảo hộ công dân tại khu vực Trung Đông – châu Phi năm 2024, phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Trong quý I, phối hợp với Bộ Ngoại giao Ô-man đưa 5 thuyền viên Việt Nam bị kẹt tại cảng Aden (Yemen) về nước an toàn.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, khi I-ran và I-xra-en tấn công trực tiếp lẫn nhau, Cục đã ban hành khuyến cáo công dân hạn chế đi lại tới khu vực và duy trì liên lạc với cộng đồng người Việt tại hai nước.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, Cục làm việc với Đại sứ quán Ả-rập Xê-út tại Hà Nội về bảo hộ lao động giúp việc gia đình; hai bên thống nhất sẽ lập đường dây nóng.",
        ),
        (
            "list_item",
            "4. Tháng 10, phối hợp với Bộ Ngoại giao Gioóc-đa-ni hỗ trợ 17 công dân từ Li-băng sang Amman để về nước.",
        ),
        (
            "list_item",
            "5. Đề xuất đàm phán Hiệp định tương trợ tư pháp về dân sự với Cô-oét vẫn chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3 năm sau, tổ chức đoàn công tác lãnh sự sang Ả-rập Xê-út và Cô-oét để gặp gỡ cộng đồng người lao động.",
        ),
        (
            "list_item",
            "2. Phối hợp với Tổ chức Di cư quốc tế (IOM) xây dựng quy trình sơ tán công dân khỏi vùng xung đột.",
        ),
        (
            "list_item",
            "3. Đề nghị Ủy ban Chữ thập đỏ quốc tế (ICRC) giúp tìm kiếm thông tin về công dân mất liên lạc tại Xu-đăng.",
        ),
    ],
}

MRC_RES2216 = {
    "id": "mrc",
    "shape": "news",
    "date": "2015-04-15",
    "stamp": "Thứ Tư, 15/04/2015 - 07:20",
    "blocks": [
        ("title", "Hội đồng Bảo an áp đặt lệnh cấm vận vũ khí đối với lực lượng Houthi ở Yemen"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 14/4 (giờ địa phương), Hội đồng Bảo an Liên hợp quốc đã thông qua Nghị quyết 2216, áp đặt lệnh cấm vận vũ khí đối với lực lượng Houthi và các đơn vị trung thành với cựu Tổng thống Ali Abdullah Saleh tại Yemen.",
        ),
        ("heading", "Nga bỏ phiếu trắng", 1),
        (
            "paragraph",
            "Nghị quyết do Gioóc-đa-ni soạn thảo thay mặt các nước vùng Vịnh, được thông qua với 14 phiếu thuận; Nga bỏ phiếu trắng vì cho rằng lệnh cấm vận phải áp dụng với tất cả các bên. Văn kiện yêu cầu Houthi rút khỏi thủ đô Sanaa và các khu vực đã chiếm giữ, đồng thời áp đặt lệnh phong tỏa tài sản và cấm đi lại đối với thủ lĩnh Abdul-Malik al-Houthi và Ahmed Ali Saleh, con trai cựu Tổng thống.",
        ),
        ("heading", "Chiến dịch không kích tiếp diễn", 1),
        (
            "paragraph",
            "Từ ngày 26/3, liên minh do Ả-rập Xê-út dẫn đầu liên tục không kích các mục tiêu của Houthi. Chính phủ của Tổng thống Abd Rabbuh Mansour Hadi, hiện tạm lánh tại Riyadh, hoan nghênh nghị quyết. Trong khi đó, I-ran kêu gọi ngừng ngay các cuộc không kích; trước đó, Tehran đã đưa ra một kế hoạch hòa bình bốn điểm.",
        ),
    ],
}

MRD_PLAN = {
    "id": "mrd",
    "shape": "plan",
    "head": [
        f"{'BỘ NỘI VỤ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 18/KH-BNV':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thị trường lao động tại các nước",
        "vùng Vịnh năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Phát triển thị trường lao động tại các nước vùng Vịnh năm 2026"),
        (
            "paragraph",
            "Thực hiện Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020, nhằm mở rộng thị trường lao động tại khu vực Trung Đông, Bộ Nội vụ ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Ả-rập Xê-út tiếp tục là nước tiếp nhận nhiều lao động Việt Nam nhất trong khu vực, tiếp đến là Ca-ta và Các Tiểu vương quốc Ả-rập Thống nhất. Năm ngoái, Bộ đã làm việc với Bộ Nguồn nhân lực và Phát triển xã hội Ả-rập Xê-út về lao động giúp việc gia đình, song hai bên chưa ký được thỏa thuận mới. Thị trường Cô-oét chưa mở lại đối với lao động giúp việc gia đình Việt Nam.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác sang Riyadh và Doha đàm phán về điều kiện tuyển dụng lao động ngành xây dựng và dịch vụ.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao hoàn thiện và ký Bản ghi nhớ về hợp tác lao động với Ả-rập Xê-út, dự kiến vào quý III.",
        ),
        (
            "list_item",
            "3. Đề nghị Tổ chức Lao động quốc tế (ILO) hỗ trợ kỹ thuật xây dựng chương trình bồi dưỡng kiến thức cho người lao động trước khi sang các nước vùng Vịnh.",
        ),
        (
            "list_item",
            "4. Không đưa người lao động sang làm việc tại Yemen, Xu-đăng và các vùng đang có xung đột vũ trang.",
        ),
        ("paragraph", "Cục Quản lý lao động ngoài nước là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này."),
    ],
}

MRE_OIC = {
    "id": "mre",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Hợp tác Hồi giáo"),
        (
            "paragraph",
            "Tổ chức Hợp tác Hồi giáo (OIC) là tổ chức liên chính phủ lớn thứ hai thế giới sau Liên hợp quốc, gồm 57 quốc gia thành viên ở bốn châu lục. Tổ chức được thành lập tại Hội nghị cấp cao Hồi giáo ở Ra-bát (Ma-rốc) ngày 25/9/1969, một tháng sau vụ phóng hỏa Thánh đường Al-Aqsa ở Giê-ru-xa-lem. Hiến chương đầu tiên được các bộ trưởng ngoại giao thông qua năm 1972; Ban Thư ký đặt tại Jeddah (Ả-rập Xê-út). Hội nghị cấp cao Hồi giáo họp ba năm một lần, còn Hội nghị Bộ trưởng Ngoại giao họp hằng năm; tiếng Ả-rập, tiếng Anh và tiếng Pháp là ngôn ngữ chính thức.",
        ),
        ("heading", "Tên gọi và thành viên", 1),
        (
            "paragraph",
            "Ngày 28/6/2011, tổ chức đổi tên từ Tổ chức Hội nghị Hồi giáo thành tên gọi hiện nay. Ai Cập bị đình chỉ tư cách thành viên năm 1979 sau khi ký hòa ước với I-xra-en và được khôi phục năm 1984. Tháng 8/2012, hội nghị cấp cao bất thường tại Mecca quyết định đình chỉ tư cách của Xy-ri. Thái Lan là quan sát viên từ năm 1998, Nga từ năm 2005.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên hay quan sát viên của OIC, song có quan hệ ngoại giao với hầu hết các nước thành viên, trong đó có In-đô-nê-xi-a và Ma-lai-xi-a, hai đối tác quan trọng của ta trong ASEAN. Nhiều nước thành viên là thị trường tiềm năng cho các sản phẩm halal của Việt Nam.",
        ),
    ],
}

DOCS = [MRA_YEMEN, MRB_CONSULAR, MRC_RES2216, MRD_PLAN, MRE_OIC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 74 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 74, ["CỤC TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thời sự quốc tế",
        "07:20",
        [("/the-gioi", "Thế giới"), ("/trung-dong", "Trung Đông")],
        [("/tag/yemen", "Yemen"), ("/tag/hdba", "Hội đồng Bảo an")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, QLLĐNN."],
        ["BỘ TRƯỞNG", "(đã ký)"],
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
        prefix="mr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
