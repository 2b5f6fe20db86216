"""Build the hundred-and-fifty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout154/build_heldout154.py [--check]

Five short documents on topics the earlier sets do not use as main topics (Vietnam – Switzerland from the
relations of 1971 to the Vietnam – EFTA negotiations, the Vietnamese embassy in Switzerland in the first
half of 2025, Switzerland's election to the UN Security Council on 9/6/2022, a (fictitious) Ministry of
Finance plan for cooperation with Switzerland in 2026, an encyclopedia entry on the Schengen area).
Facts are well-established; authors, journal, page numbers, document numbers, the embassy report's items
and all quoted words are invented, the ministry plan (number, date, tasks) is fictitious. Events,
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

MUA_SWITZERLAND = {
    "id": "mua",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ VÀ PHÁT TRIỂN – Số 3 (2025)",
    "first_page": 37,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – THỤY SĨ: TỪ HỢP TÁC PHÁT TRIỂN ĐẾN HỢP TÁC KINH TẾ"),
        ("author", "Nguyễn Thị Minh Hạnh"),
        ("affiliation", "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và Nhân văn, ĐHQG Hà Nội"),
        (
            "abstract",
            "Bài viết điểm lại hơn nửa thế kỷ quan hệ Việt Nam – Thụy Sĩ và đề xuất một số hướng hợp tác trong bối cảnh mới.",
            "vi",
        ),
        ("keywords", "Thụy Sĩ; EFTA; viện trợ phát triển; Liên hợp quốc", "vi"),
        ("heading", "1. Một người bạn sớm của Việt Nam", 1),
        (
            "paragraph",
            "Ngày 11/10/1971, Thụy Sĩ thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, khi cuộc kháng chiến chống Mỹ của nhân dân ta còn đang diễn ra. Sau ngày đất nước thống nhất, Thụy Sĩ dành cho Việt Nam nhiều khoản viện trợ phát triển, tập trung vào y tế, giáo dục và phát triển nông thôn (Phạm Quốc Hưng, 2016, tr. 45). Đến nay, Cục Kinh tế Liên bang Thụy Sĩ (SECO) vẫn coi Việt Nam là một trong những nước ưu tiên hợp tác phát triển.",
        ),
        ("heading", "2. Từ trung lập đến tham gia đa phương", 1),
        (
            "paragraph",
            "Sau cuộc trưng cầu ý dân ngày 3/3/2002, Thụy Sĩ trở thành thành viên thứ 190 của Liên hợp quốc ngày 10/9/2002. Giơ-ne-vơ là nơi đặt trụ sở Tổ chức Thương mại Thế giới (WTO), tổ chức mà nước ta gia nhập ngày 11/1/2007 với tư cách thành viên thứ 150. Ngày 9/6/2022, Thụy Sĩ lần đầu tiên được bầu làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2023 – 2024. Hai nước cũng thường xuyên trao đổi quan điểm tại Hội đồng Nhân quyền (Đỗ Minh Khoa, 2021).",
        ),
        ("heading", "3. Hướng tới một hiệp định thương mại tự do", 1),
        (
            "paragraph",
            "Vì Thụy Sĩ không phải là thành viên Liên minh châu Âu, Hiệp định EVFTA không áp dụng với thị trường này. Việt Nam và Hiệp hội Thương mại tự do châu Âu (EFTA), gồm Thụy Sĩ, Na Uy, Ai-xơ-len và Lích-ten-xtên, khởi động đàm phán hiệp định thương mại tự do từ năm 2012, nhưng đến nay tiến trình này vẫn chưa kết thúc. Theo một nghiên cứu gần đây, EFTA “là cánh cửa quan trọng để hàng hóa Việt Nam vào những thị trường có sức mua cao nhất châu Âu” (Lê Thu Trang, 2023, tr. 88). Do đó, hai bên cần sớm hoàn tất đàm phán.",
        ),
    ],
}

MUB_EMBASSY = {
    "id": "mub",
    "shape": "word",
    "head": [
        "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM",
        "TẠI LIÊN BANG THỤY SĨ",
        "Số: 48/BC-ĐSQ",
        "Bern, ngày 20 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Đại sứ quán đã đón và phục vụ 14 đoàn từ trong nước sang làm việc tại Thụy Sĩ, trong đó có đoàn liên ngành do Bộ Tài chính chủ trì tham dự phiên đàm phán Hiệp định thương mại tự do Việt Nam – EFTA tại Giơ-ne-vơ hồi tháng 3.",
        ),
        (
            "list_item",
            "2. Ngày 15/4/2025, Đại sứ làm việc với lãnh đạo Cục Kinh tế Liên bang Thụy Sĩ (SECO); phía bạn khẳng định sẽ tiếp tục dành viện trợ không hoàn lại cho Việt Nam trong giai đoạn 2025 – 2028.",
        ),
        (
            "list_item",
            "3. Tháng 5, Đại sứ quán phối hợp với Phòng Thương mại Thụy Sĩ – ASEAN tổ chức Diễn đàn xúc tiến đầu tư tại Du-rích, thu hút hơn 80 doanh nghiệp hai nước tham dự; nhiều doanh nghiệp Thụy Sĩ bày tỏ quan tâm đầu tư vào năng lượng tái tạo và chế biến thực phẩm tại Việt Nam.",
        ),
        (
            "list_item",
            "4. Đề nghị của ta về việc đơn giản hóa thủ tục thị thực cho doanh nhân Việt Nam chưa được phía bạn chấp thuận.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị chuyến thăm Thụy Sĩ của đoàn đại biểu Quốc hội, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "2. Cùng Phái đoàn thường trực Việt Nam tại Giơ-ne-vơ chuẩn bị phiên đàm phán tiếp theo với EFTA.",
        ),
        (
            "list_item",
            "3. Thúc đẩy ký kết Bản ghi nhớ hợp tác đào tạo giữa Học viện Ngoại giao và Viện Nghiên cứu sau đại học Giơ-ne-vơ.",
        ),
        (
            "paragraph",
            "Đại sứ quán kính báo cáo Bộ Ngoại giao và các cơ quan liên quan để theo dõi, chỉ đạo.",
        ),
    ],
}

MUC_UNSC = {
    "id": "muc",
    "shape": "news",
    "date": "2022-06-10",
    "stamp": "Thứ Sáu, 10/06/2022 - 07:40",
    "blocks": [
        ("title", "Thụy Sĩ lần đầu tiên trúng cử vào Hội đồng Bảo an Liên hợp quốc"),
        (
            "paragraph",
            "New York (TTXVN) – Ngày 9/6 (giờ địa phương), Đại hội đồng Liên hợp quốc đã bầu Thụy Sĩ, Nhật Bản, Ê-cu-a-đo, Man-ta và Mô-dăm-bích làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2023 – 2024.",
        ),
        ("heading", "Dấu mốc của một nước trung lập", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên Thụy Sĩ, nước chỉ gia nhập Liên hợp quốc từ năm 2002, có mặt tại cơ quan này. Phát biểu sau cuộc bỏ phiếu, Tổng thống Liên bang Ignazio Cassis khẳng định nước ông “sẽ là cầu nối cho đối thoại, không đứng về phía nào”. Tại nhóm các nước Tây Âu và các nước khác, Thụy Sĩ và Man-ta là hai ứng viên cho hai ghế nên không gặp cạnh tranh.",
        ),
        (
            "paragraph",
            "Năm nước trúng cử sẽ thay thế Ấn Độ, Ai-len, Kê-ni-a, Mê-hi-cô và Na Uy, những nước kết thúc nhiệm kỳ vào cuối năm nay. Nhiệm kỳ của các nước trúng cử bắt đầu từ ngày 1/1/2023. Theo quy định, mỗi năm Đại hội đồng bầu năm trong số mười Ủy viên không thường trực, phân bổ theo các nhóm khu vực.",
        ),
        ("heading", "Kinh nghiệm của Việt Nam", 1),
        (
            "paragraph",
            "Trước đó, Việt Nam đã hoàn thành nhiệm kỳ Ủy viên không thường trực 2020 – 2021, trong đó hai lần giữ cương vị Chủ tịch Hội đồng Bảo an vào tháng 1/2020 và tháng 4/2021. Nước ta hiện ứng cử vào Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025; cuộc bầu cử dự kiến diễn ra vào tháng 10 tới.",
        ),
    ],
}

MUD_PLAN = {
    "id": "mud",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BTC':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Liên bang Thụy Sĩ về tài chính công",
        "và phát triển kinh tế năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Liên bang Thụy Sĩ về tài chính công và phát triển kinh tế năm 2026"),
        (
            "paragraph",
            "Nhằm nâng cao hiệu quả hợp tác với Thụy Sĩ, đối tác đã thiết lập quan hệ ngoại giao với nước ta từ năm 1971, Bộ Tài chính xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Thụy Sĩ là một trong những nhà tài trợ song phương quan trọng của Việt Nam; SECO hiện đang hỗ trợ Bộ thực hiện các dự án về quản lý nợ công và cải cách thuế. Năm ngoái, hai bên đã tổ chức phiên họp đánh giá giữa kỳ tại Hà Nội, song chưa thống nhất được danh mục chương trình hợp tác cho giai đoạn mới.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác sang Bern làm việc với SECO về chương trình hỗ trợ giai đoạn 2026 – 2029.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Công Thương thúc đẩy kết thúc đàm phán Hiệp định thương mại tự do Việt Nam – EFTA trong năm 2026.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Thụy Sĩ tiếp tục cử chuyên gia đào tạo về kiểm toán và quản lý tài sản công cho cán bộ của Bộ.",
        ),
        (
            "list_item",
            "4. Ủy ban Chứng khoán Nhà nước ký Bản ghi nhớ hợp tác với Cơ quan giám sát thị trường tài chính Thụy Sĩ (FINMA), dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "5. Không tổ chức Diễn đàn tài chính Việt Nam – Thụy Sĩ tại Giơ-ne-vơ trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

MUE_SCHENGEN = {
    "id": "mue",
    "shape": "entry",
    "blocks": [
        ("title", "Khu vực Schengen"),
        (
            "paragraph",
            "Khu vực Schengen là khu vực gồm các nước châu Âu đã bãi bỏ việc kiểm soát hộ chiếu tại biên giới chung. Hiệp định Schengen được Bỉ, Pháp, Tây Đức, Lúc-xăm-bua và Hà Lan ký ngày 14/6/1985 tại thị trấn Schengen của Lúc-xăm-bua. Công ước thực thi Hiệp định được ký ngày 19/6/1990, và việc bãi bỏ kiểm soát biên giới bắt đầu từ ngày 26/3/1995.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Với Hiệp ước Amsterdam có hiệu lực ngày 1/5/1999, các quy định Schengen được đưa vào khuôn khổ pháp lý của Liên minh châu Âu. Na Uy và Ai-xơ-len, dù không phải thành viên EU, tham gia từ ngày 25/3/2001. Ngày 21/12/2007, chín nước mới gia nhập EU, trong đó có Ba Lan, Séc và Hung-ga-ri, được kết nạp. Thụy Sĩ gia nhập khu vực này ngày 12/12/2008, Lích-ten-xtên năm 2011.",
        ),
        (
            "paragraph",
            "Crô-a-ti-a trở thành thành viên từ ngày 1/1/2023. Bun-ga-ri và Ru-ma-ni bỏ kiểm soát tại các cửa khẩu đường không và đường biển từ ngày 31/3/2024, rồi tại biên giới đường bộ từ ngày 1/1/2025.",
        ),
        ("heading", "Các nước đứng ngoài", 1),
        (
            "paragraph",
            "Ai-len không tham gia khu vực Schengen và vẫn duy trì Khu vực đi lại chung với Vương quốc Anh. Síp tuy là thành viên EU từ năm 2004 nhưng đến nay chưa được kết nạp.",
        ),
        ("heading", "Thị thực", 1),
        (
            "paragraph",
            "Công dân các nước ngoài khu vực, trong đó có Việt Nam, phải xin thị thực Schengen khi nhập cảnh. Thị thực ngắn hạn cho phép lưu trú tối đa 90 ngày trong khoảng thời gian 180 ngày tại toàn bộ khu vực.",
        ),
    ],
}

DOCS = [MUA_SWITZERLAND, MUB_EMBASSY, MUC_UNSC, MUD_PLAN, MUE_SCHENGEN]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "07:40",
        [("/the-gioi", "Thế giới"), ("/lien-hop-quoc", "Liên hợp quốc")],
        [("/tag/thuy-si", "Thụy Sĩ"), ("/tag/hoi-dong-bao-an", "Hội đồng Bảo an")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
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
        prefix="mu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
