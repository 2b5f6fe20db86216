"""Build the hundred-and-twenty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout121/build_heldout121.py [--check]

Five short documents on parliamentary diplomacy, written after the rules were tuned on the seeds and the
earlier held-out sets, on topics those sets do not use (the parliamentary channel of the Vietnam – Russia
comprehensive strategic partnership and the Inter-Parliamentary Cooperation Commission, the Vietnamese
Embassy in Russia's report on 2024, the State Duma Chairman's talks in Hà Nội on 28/9/2025, a (fictitious)
National Assembly Office plan for cooperation with the Russian Federal Assembly in 2026, an encyclopedia
entry on the Asia-Pacific Parliamentary Forum). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the embassy report's local items, the
National Assembly Office plan (number, date, tasks) and all quoted words are invented. Events, citations
and questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

SWA_DUMA = {
    "id": "swa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU NGHỊ VIỆN – Số 4 (2025)",
    "first_page": 39,
    "break_after": 12,
    "blocks": [
        (
            "title",
            "NGOẠI GIAO NGHỊ VIỆN TRONG QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC TOÀN DIỆN VIỆT NAM – LIÊN BANG NGA",
        ),
        ("author", "Lê Quang Minh"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao Việt Nam, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích vai trò của kênh nghị viện trong quan hệ Việt Nam – Liên bang Nga, nhất là cơ chế Ủy ban Hợp tác liên nghị viện, và đề xuất một số giải pháp.",
            "vi",
        ),
        ("keywords", "Quốc hội; Duma Quốc gia; ngoại giao nghị viện; Việt Nam – Liên bang Nga", "vi"),
        ("heading", "1. Nền tảng chính trị – pháp lý", 1),
        (
            "paragraph",
            "Việt Nam và Liên Xô thiết lập quan hệ ngoại giao ngày 30/1/1950. Sau khi Liên Xô tan rã, ngày 16/6/1994, hai nước ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Liên bang Nga, thay cho Hiệp ước Hữu nghị và Hợp tác Việt Nam – Liên Xô ký năm 1978. Quan hệ song phương được nâng lên Đối tác chiến lược năm 2001 và Đối tác chiến lược toàn diện năm 2012 (Nguyễn Văn Thắng, 2019, tr. 33).",
        ),
        ("heading", "2. Kênh nghị viện và Ủy ban Hợp tác liên nghị viện", 1),
        (
            "paragraph",
            "Tháng 10/2017, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân dẫn đầu đoàn ta dự Đại hội đồng Liên minh Nghị viện thế giới lần thứ 137 (IPU-137) tại Xanh Pê-téc-bua. Trong chuyến thăm chính thức Liên bang Nga của bà từ ngày 8 đến 11/12/2019, Quốc hội Việt Nam và Duma Quốc gia tiến hành phiên họp đầu tiên của Ủy ban Hợp tác liên nghị viện. Giới nghiên cứu coi cơ chế này là “một kênh giám sát song hành với cơ chế liên chính phủ” (Hoàng Thị Mai, 2021, tr. 71). Phiên họp thứ hai dự kiến tổ chức tại Việt Nam năm 2020 nhưng không thể tiến hành vì đại dịch COVID-19; tháng 6/2023, chuyến thăm Việt Nam của Chủ tịch Duma Quốc gia Vyacheslav Volodin cũng phải hoãn do tình hình đột xuất ở Nga. Từ ngày 8 đến 10/9/2024, Chủ tịch Quốc hội Trần Thanh Mẫn thăm chính thức Liên bang Nga và cùng ông Volodin đồng chủ trì phiên họp thứ ba của Ủy ban tại Mát-xcơ-va (Trần Hữu Nghĩa, 2025).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Hiệp định Thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, có hiệu lực từ ngày 5/10/2016, đã mở ra nhiều cơ hội, song kim ngạch thương mại hai chiều vẫn chưa tương xứng với tiềm năng. Thời gian tới, hai Quốc hội cần tăng cường giám sát việc thực hiện các thỏa thuận cấp cao, sớm hoàn thiện khuôn khổ pháp lý cho hợp tác trong thanh toán và năng lượng.",
        ),
    ],
}

SWB_EMBASSY = {
    "id": "swb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI LIÊN BANG NGA",
        "Số: 412/BC-ĐSQ",
        "Mát-xcơ-va, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác đối ngoại năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CHỦ YẾU", 1),
        (
            "list_item",
            "1. Từ ngày 19 đến 20/6, Tổng thống Vladimir Putin thăm cấp Nhà nước Việt Nam nhân dịp kỷ niệm 30 năm ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị; hai bên thông qua Tuyên bố chung và ký nhiều văn kiện hợp tác, trong đó có các lĩnh vực giáo dục và tư pháp.",
        ),
        (
            "list_item",
            "2. Đại sứ quán phục vụ chuyến thăm chính thức Liên bang Nga của Chủ tịch Quốc hội Trần Thanh Mẫn từ ngày 8 đến 10/9. Chủ tịch Quốc hội đã hội đàm với Chủ tịch Hội đồng Liên bang Valentina Matvienko và Chủ tịch Duma Quốc gia Vyacheslav Volodin, đồng chủ trì phiên họp thứ ba Ủy ban Hợp tác liên nghị viện.",
        ),
        (
            "list_item",
            "3. Ngày 23 – 24/10, Thủ tướng Phạm Minh Chính dự Hội nghị các Nhà lãnh đạo BRICS mở rộng tại Ka-dan theo lời mời của Tổng thống Putin và hội kiến Tổng thống Nga bên lề hội nghị.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ quán phối hợp với Nhóm nghị sĩ hữu nghị Nga – Việt của Duma Quốc gia tổ chức tọa đàm về thực thi Hiệp định thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu.",
        ),
        (
            "list_item",
            "5. Đề xuất thành lập Nhóm nghị sĩ trẻ hữu nghị Việt – Nga chưa được hai bên thống nhất.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao (30/1/1950 – 30/1/2025); phục vụ chuyến thăm Liên bang Nga của lãnh đạo cấp cao ta, dự kiến vào tháng 5 năm sau.",
        ),
        (
            "list_item",
            "2. Phối hợp với Ủy ban Đối ngoại của Quốc hội chuẩn bị chuyến thăm Việt Nam của Chủ tịch Duma Quốc gia và phiên họp thứ tư Ủy ban Hợp tác liên nghị viện tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Vận động các nghị sĩ Nga ủng hộ việc Việt Nam ứng cử vào Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
    ],
}

SWC_VOLODIN = {
    "id": "swc",
    "shape": "news",
    "date": "2025-09-28",
    "stamp": "Chủ Nhật, 28/9/2025 - 19:30",
    "blocks": [
        ("title", "Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Duma Quốc gia Nga"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 28/9, tại Nhà Quốc hội, ngay sau lễ đón chính thức, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội đàm với Chủ tịch Duma Quốc gia Quốc hội Liên bang Nga Vyacheslav Volodin, người đang thăm chính thức Việt Nam từ ngày 28 đến 29/9.",
        ),
        ("heading", "Chuyến thăm lần thứ ba", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam lần thứ ba của ông Volodin trên cương vị Chủ tịch Duma Quốc gia, diễn ra trong năm hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao. Ngay sau khi đến Hà Nội, ông Volodin và đoàn đã đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ và vào Lăng viếng Chủ tịch Hồ Chí Minh.",
        ),
        (
            "paragraph",
            "Tại hội đàm, Chủ tịch Quốc hội Trần Thanh Mẫn khẳng định Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống và Đối tác chiến lược toàn diện với Liên bang Nga; đề nghị Duma Quốc gia tăng cường phối hợp với Quốc hội Việt Nam, chia sẻ kinh nghiệm triển khai sáng kiến “Quốc hội thông minh” và hỗ trợ các cơ quan, doanh nghiệp hai nước tháo gỡ khó khăn, vướng mắc.",
        ),
        ("heading", "Giám sát thực hiện các thỏa thuận cấp cao", 1),
        (
            "paragraph",
            "Hai bên đánh giá cao vai trò của Ủy ban Hợp tác liên nghị viện trong việc giám sát, đôn đốc Chính phủ hai nước triển khai các nội dung hợp tác, nhất là những định hướng lớn nêu trong Tuyên bố chung được thông qua nhân chuyến thăm cấp Nhà nước của Tổng thống Vladimir Putin năm ngoái và trong chuyến thăm Nga của Tổng Bí thư Tô Lâm hồi tháng 5. Hai bên nhất trí thúc đẩy hợp tác kinh tế – thương mại, triển khai hiệu quả Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, đồng thời ghi nhận kết quả tích cực trong hợp tác năng lượng – dầu khí.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai Chủ tịch đồng chủ trì Phiên họp lần thứ tư Ủy ban Hợp tác liên nghị viện giữa Quốc hội Việt Nam và Duma Quốc gia Nga. Ngày mai, Chủ tịch Duma Quốc gia dự kiến gặp Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường và Thủ tướng Phạm Minh Chính.",
        ),
    ],
}

SWD_PLAN = {
    "id": "swd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN THƯỜNG VỤ QUỐC HỘI':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'VĂN PHÒNG QUỐC HỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 37/KH-VPQH':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Quốc hội Liên bang Nga",
        "năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Quốc hội Liên bang Nga năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả Phiên họp lần thứ tư Ủy ban Hợp tác liên nghị viện giữa Quốc hội Việt Nam và Duma Quốc gia Nga, tổ chức tại Hà Nội tháng 9/2025, Văn phòng Quốc hội xây dựng Kế hoạch hợp tác với Quốc hội Liên bang Nga năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao; Chủ tịch Duma Quốc gia Vyacheslav Volodin đã thăm chính thức Việt Nam, còn đoàn Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội ta làm việc với Hội đồng Liên bang Nga tại Mát-xcơ-va. Tuy nhiên, Thỏa thuận hợp tác giữa Văn phòng Quốc hội và Bộ máy Duma Quốc gia vẫn chưa được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4 năm nay, cử đoàn công tác do một Phó Chủ nhiệm Văn phòng Quốc hội dẫn đầu sang Mát-xcơ-va trao đổi kinh nghiệm phục vụ kỳ họp đầu tiên của Quốc hội khóa mới.",
        ),
        (
            "list_item",
            "2. Đàm phán và ký Thỏa thuận hợp tác với Bộ máy Duma Quốc gia nhân dịp Phiên họp lần thứ năm Ủy ban Hợp tác liên nghị viện, dự kiến tổ chức tại Liên bang Nga vào tháng 10.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Nga hỗ trợ đào tạo tiếng Nga và kỹ năng nghiệp vụ lập pháp cho khoảng 20 cán bộ Văn phòng Quốc hội.",
        ),
        (
            "list_item",
            "4. Phối hợp với Ủy ban Quốc phòng, An ninh và Đối ngoại chuẩn bị nội dung tham dự Hội nghị thường niên của Diễn đàn Nghị viện châu Á – Thái Bình Dương (APPF), trong đó có các cuộc tiếp xúc song phương với đoàn Nga.",
        ),
        (
            "list_item",
            "5. Không bố trí đoàn sang Nga trong tháng 3 do trùng với thời gian bầu cử đại biểu Quốc hội khóa XVI.",
        ),
        (
            "paragraph",
            "Vụ Đối ngoại là đầu mối, phối hợp với các đơn vị liên quan theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

SWE_APPF = {
    "id": "swe",
    "shape": "entry",
    "blocks": [
        ("title", "Diễn đàn Nghị viện châu Á – Thái Bình Dương"),
        (
            "paragraph",
            "Diễn đàn Nghị viện châu Á – Thái Bình Dương (APPF) là diễn đàn của các nghị sĩ và nghị viện trong khu vực, nhằm tăng cường đối thoại, xây dựng lòng tin và hỗ trợ trực tiếp cho hoạt động của Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC). Ý tưởng thành lập Diễn đàn do cựu Thủ tướng Nhật Bản Nakasone Yasuhiro khởi xướng.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Cuộc họp trù bị đầu tiên diễn ra tại Xin-ga-po tháng 8/1991 với sự tham gia của nghị sĩ chín nước; cuộc họp trù bị thứ hai do Ô-xtrây-li-a tổ chức tại Can-bê-ra ngày 10 – 11/12/1991. Năm 1993, Nhật Bản đăng cai Hội nghị thành lập APPF tại Tô-ky-ô, nơi các đại biểu thông qua Tuyên bố Tô-ky-ô.",
        ),
        ("heading", "Thành viên và hoạt động", 1),
        (
            "paragraph",
            "Đến năm 2018, APPF có 27 nghị viện thành viên, trong đó có nghị viện của Hoa Kỳ, Nga, Trung Quốc và Nhật Bản. Diễn đàn họp thường niên, luân phiên tại các nước thành viên; nghị viện nước chủ nhà giữ cương vị Chủ tịch APPF trong nhiệm kỳ tương ứng.",
        ),
        ("heading", "Việt Nam và APPF", 1),
        (
            "paragraph",
            "Quốc hội Việt Nam gia nhập APPF tháng 1/1995 và đã hai lần đăng cai Hội nghị thường niên. Tại APPF-13 ở Hạ Long (Quảng Ninh) tháng 1/2005, sáng kiến của Việt Nam về hợp tác khắc phục hậu quả động đất và sóng thần được các nước tán thành. Tháng 5/2017, tại Thành phố Hồ Chí Minh, Quốc hội Phi-gi chuyển giao cương vị Chủ tịch APPF nhiệm kỳ 2017 – 2018 cho Quốc hội Việt Nam. APPF-26 diễn ra tại Hà Nội từ ngày 18 đến 21/1/2018 dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và thông qua Tuyên bố Hà Nội nhân kỷ niệm 25 năm thành lập Diễn đàn.",
        ),
    ],
}

DOCS = [SWA_DUMA, SWB_EMBASSY, SWC_VOLODIN, SWD_PLAN, SWE_APPF]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels at 70, body at 70)."""
    return headed_journal(doc, title=50, label=70, body=70)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line, every line followed by an empty line
    (issuer, number, place-date, title, sections, items); the signature at the end."""
    return word_text(doc, None, ["ĐẠI SỨ", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h2> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Quốc hội",
        "19:30",
        [("/thoi-su", "Thời sự"), ("/quoc-hoi", "Quốc hội"), ("/the-gioi", "Thế giới")],
        [("/tag/duma-quoc-gia", "Duma Quốc gia"), ("/tag/quan-he-viet-nga", "Quan hệ Việt – Nga")],
        heading='<h2 class="subtitle">{}</h2>',
    )


def render_plan(doc: dict) -> str:
    """A National Assembly Office plan: the two-column issuer/motto block, the centred three-line title, body
    at 78 columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Ủy ban Quốc phòng, An ninh và Đối ngoại;",
            "- Bộ Ngoại giao;",
            "- Lưu: HC, Vụ ĐN.",
        ],
        ["KT. CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "(đã ký)"],
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
        prefix="sw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
