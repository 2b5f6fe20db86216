"""Build the hundred-and-sixty-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout164/build_heldout164.py [--check]

Five short documents on Japanese investment in Vietnam, topics the earlier sets do not use as main topics
(the legal frame of Japanese investment from the Joint Initiative and the investment agreement of 2003 to
the comprehensive strategic partnership of 2023, the Vietnamese Consulate General in Fukuoka's 2024
report, Shinzo Abe's talks in Hà Nội on his first trip abroad, 16/1/2013, a (fictitious) Ministry of
Finance plan for investment promotion with Japan in 2026, an encyclopedia entry on the Vietnam – Japan
investment agreement). Facts are well-established; authors, journal, page numbers, document numbers, the
report's and the plan's items and all quoted words are invented. Events, citations and questions gold are
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

LUA_JAPAN = {
    "id": "lua",
    "shape": "journal",
    "header": "TẠP CHÍ ĐẦU TƯ VÀ HỢP TÁC CHÂU Á – Số 4 (2025)",
    "first_page": 88,
    "break_after": 9,
    "blocks": [
        ("title", "ĐẦU TƯ TRỰC TIẾP CỦA NHẬT BẢN VÀO VIỆT NAM: KHUÔN KHỔ PHÁP LÝ VÀ ĐIỂM NGHẼN"),
        ("author", "Lê Minh Quân"),
        ("affiliation", "Khoa Kinh tế quốc tế, Trường Đại học Ngoại thương"),
        (
            "abstract",
            "Bài viết điểm lại các khuôn khổ pháp lý cho dòng vốn đầu tư của Nhật Bản vào Việt Nam từ năm 2003 và chỉ ra những điểm nghẽn cần tháo gỡ.",
            "vi",
        ),
        ("keywords", "Nhật Bản; FDI; Sáng kiến chung; VJEPA; đối tác chiến lược toàn diện", "vi"),
        ("heading", "1. Khuôn khổ pháp lý cho dòng vốn Nhật Bản", 1),
        (
            "paragraph",
            "Năm 2003, Chính phủ hai nước khởi động Sáng kiến chung Việt Nam – Nhật Bản nhằm cải thiện môi trường đầu tư. Cũng trong năm đó, Hiệp định về tự do hóa, khuyến khích và bảo hộ đầu tư giữa hai nước được ký tại Tô-ki-ô ngày 14/11/2003 và có hiệu lực từ ngày 19/12/2004 (Ngô Thị Lan Hương, 2017, tr. 14). Ngày 25/12/2008, hai bên ký tiếp Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA), hiệp định thương mại tự do song phương đầu tiên của nước ta.",
        ),
        ("heading", "2. Từ đối tác chiến lược sâu rộng đến đối tác chiến lược toàn diện", 1),
        (
            "paragraph",
            "Tháng 3/2014, quan hệ hai nước được nâng lên Đối tác chiến lược sâu rộng vì hòa bình và phồn vinh ở châu Á. Việt Nam và Nhật Bản đều tham gia Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP), được ký tại Santiago de Chile ngày 8/3/2018 (Võ Thanh Tùng, 2020). Ngày 27/11/2023, nhân chuyến thăm Nhật Bản của Chủ tịch nước Võ Văn Thưởng, hai bên nâng quan hệ lên Đối tác chiến lược toàn diện vì hòa bình và thịnh vượng tại châu Á và trên thế giới.",
        ),
        ("heading", "3. Những điểm nghẽn", 1),
        (
            "paragraph",
            "Dù Nhật Bản luôn thuộc nhóm nhà đầu tư nước ngoài lớn nhất tại Việt Nam, không ít dự án quy mô lớn đã chậm tiến độ. Giới doanh nghiệp Nhật Bản mong muốn Việt Nam “cải thiện hơn nữa tính minh bạch và rút ngắn thủ tục hành chính” (Đinh Thị Kim Oanh, 2024, tr. 77). Vì vậy, ta cần sớm cùng phía bạn xây dựng một chương trình hợp tác mới về phát triển công nghiệp hỗ trợ.",
        ),
    ],
}

LUB_FUKUOKA = {
    "id": "lub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI FUKUOKA",
        "Số: 86/BC-TLSQ",
        "Fukuoka, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác ngoại giao kinh tế năm 2024 và phương hướng năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác ngoại giao kinh tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 22 đến ngày 24/5/2024, Tổng Lãnh sự quán phối hợp với tỉnh Hải Dương tổ chức hội nghị xúc tiến đầu tư tại Fukuoka; nhân dịp này, ba doanh nghiệp Nhật Bản đã ký biên bản ghi nhớ đầu tư vào các khu công nghiệp của tỉnh.",
        ),
        (
            "list_item",
            "2. Tháng 7/2024, Tổng Lãnh sự chào xã giao Thống đốc tỉnh Kumamoto, trao đổi về hợp tác đào tạo nhân lực ngành bán dẫn; phía bạn đề nghị giới thiệu các trường đại học kỹ thuật của Việt Nam có nhu cầu hợp tác.",
        ),
        (
            "list_item",
            "3. Một ngân hàng khu vực Kyushu đã mở chi nhánh đại diện tại Thành phố Hồ Chí Minh để hỗ trợ các doanh nghiệp địa phương đầu tư vào Việt Nam.",
        ),
        (
            "list_item",
            "4. Tháng trước, đoàn Liên đoàn Kinh tế Kyushu do Chủ tịch Liên đoàn dẫn đầu đã sang thăm và làm việc tại Hà Nội và Đà Nẵng.",
        ),
        (
            "list_item",
            "5. Dự án nhà máy chế biến thủy sản của một doanh nghiệp tỉnh Nagasaki tại Khánh Hòa vẫn chưa được cấp giấy chứng nhận đăng ký đầu tư.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 2 năm sau, phối hợp với văn phòng JETRO Fukuoka tổ chức hội thảo giới thiệu môi trường đầu tư của Việt Nam.",
        ),
        (
            "list_item",
            "2. Hỗ trợ đoàn lãnh đạo tỉnh Quảng Ninh sang xúc tiến đầu tư tại Kitakyushu và Fukuoka.",
        ),
        (
            "list_item",
            "3. Không tổ chức diễn đàn doanh nghiệp riêng tại tỉnh Okinawa trong năm 2025.",
        ),
    ],
}

LUC_ABE = {
    "id": "luc",
    "shape": "news",
    "date": "2013-01-16",
    "stamp": "Thứ Tư, 16/01/2013 - 19:05",
    "blocks": [
        ("title", "Thủ tướng Nhật Bản Shinzo Abe chọn Việt Nam là điểm đến đầu tiên"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 16/1, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Tấn Dũng đã hội đàm với Thủ tướng Nhật Bản Shinzo Abe, người đang có chuyến thăm chính thức Việt Nam.",
        ),
        ("heading", "Chuyến công du nước ngoài đầu tiên", 1),
        (
            "paragraph",
            "Đây là chuyến thăm nước ngoài đầu tiên của ông Abe kể từ khi trở lại cương vị Thủ tướng cuối tháng 12 năm ngoái. Sau Việt Nam, ông sẽ thăm Thái Lan và In-đô-nê-xi-a. Nhật Bản hiện là nhà tài trợ ODA lớn nhất của Việt Nam.",
        ),
        (
            "paragraph",
            "Tại hội đàm, hai Thủ tướng nhất trí tiếp tục làm sâu sắc quan hệ Đối tác chiến lược vì hòa bình và phồn vinh ở châu Á, được xác lập năm 2009. Phía Nhật Bản khẳng định sẽ tiếp tục cung cấp vốn ODA cho các dự án hạ tầng của Việt Nam, còn phía Việt Nam cam kết cải thiện môi trường đầu tư cho doanh nghiệp Nhật Bản. Hai bên cũng trao đổi về tình hình Biển Đông, nhất trí giải quyết các tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế.",
        ),
        ("heading", "Năm kỷ niệm", 1),
        (
            "paragraph",
            "Năm nay, hai nước kỷ niệm 40 năm thiết lập quan hệ ngoại giao (21/9/1973 – 21/9/2013), đồng thời Nhật Bản và ASEAN kỷ niệm 40 năm quan hệ hữu nghị và hợp tác. Hội nghị Cấp cao kỷ niệm ASEAN – Nhật Bản dự kiến được tổ chức tại Tô-ki-ô vào tháng 12.",
        ),
    ],
}

LUD_PLAN = {
    "id": "lud",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 41/KH-BTC':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến đầu tư từ Nhật Bản năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến đầu tư từ Nhật Bản năm 2026"),
        (
            "paragraph",
            "Nhằm cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam – Nhật Bản, được xác lập tháng 11/2023, và phát huy Hiệp định đầu tư song phương, có hiệu lực từ năm 2004, Bộ Tài chính xây dựng Kế hoạch xúc tiến đầu tư từ Nhật Bản năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Nhật Bản tiếp tục là một trong những nhà đầu tư nước ngoài lớn nhất tại Việt Nam. Năm ngoái, Bộ đã phối hợp với Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức hai hội nghị xúc tiến đầu tư tại Ô-xa-ca và Na-gôi-a, song chưa tổ chức được phiên họp tổng kết giai đoạn mới nhất của Sáng kiến chung Việt Nam – Nhật Bản.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn do một Thứ trưởng dẫn đầu sang Tô-ki-ô; nhân dịp này, ký Bản ghi nhớ hợp tác xúc tiến đầu tư với JETRO.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Nhật Bản tại Việt Nam khởi động giai đoạn mới của Sáng kiến chung vào tháng 7.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan Hợp tác quốc tế Nhật Bản (JICA) hỗ trợ kỹ thuật xây dựng cơ sở dữ liệu quốc gia về đầu tư.",
        ),
        (
            "list_item",
            "4. Tháng 11, đón đoàn Liên đoàn các tổ chức kinh tế Nhật Bản (Keidanren) sang làm việc tại Hà Nội và Hải Phòng.",
        ),
        (
            "list_item",
            "5. Không tổ chức hội nghị xúc tiến đầu tư cấp Bộ trưởng tại Nhật Bản trong quý I.",
        ),
        (
            "paragraph",
            "Cục Đầu tư nước ngoài là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch này.",
        ),
    ],
}

LUE_BIT = {
    "id": "lue",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định đầu tư Việt Nam – Nhật Bản"),
        (
            "paragraph",
            "Hiệp định giữa Việt Nam và Nhật Bản về tự do hóa, khuyến khích và bảo hộ đầu tư là hiệp định đầu tư song phương được ký tại Tô-ki-ô ngày 14/11/2003 và có hiệu lực từ ngày 19/12/2004.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Khác với phần lớn các hiệp định đầu tư mà Việt Nam ký trước đó, văn kiện này bao gồm cả cam kết tự do hóa đầu tư, trong đó có nguyên tắc đối xử quốc gia ở giai đoạn thành lập dự án, bên cạnh các quy định về bảo hộ đầu tư, chuyển tiền ra nước ngoài và giải quyết tranh chấp giữa nhà đầu tư và nhà nước tiếp nhận đầu tư.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Hiệp định ra đời song song với Sáng kiến chung Việt Nam – Nhật Bản, được hai Chính phủ khởi động năm 2003 để cải thiện môi trường đầu tư. Các cam kết về đầu tư tiếp tục được bổ sung trong Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA), ký ngày 25/12/2008, và trong Hiệp định CPTPP, có hiệu lực đối với Việt Nam từ ngày 14/1/2019.",
        ),
        ("heading", "Các hiệp định tương tự", 1),
        (
            "paragraph",
            "Nhật Bản cũng đã ký hiệp định đầu tư song phương với nhiều nước ASEAN khác như Campuchia, Lào và Mi-an-ma. Mô hình kết hợp giữa tự do hóa và bảo hộ đầu tư của văn kiện này về sau được nhiều hiệp định thương mại tự do thế hệ mới mà Việt Nam tham gia kế thừa.",
        ),
    ],
}

DOCS = [LUA_JAPAN, LUB_FUKUOKA, LUC_ABE, LUD_PLAN, LUE_BIT]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 72 columns, a blank line after every line."""
    return word_text(doc, 72, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults)."""
    return news_page(
        doc,
        "Thế giới",
        "19:05",
        [("/thoi-su", "Thời sự"), ("/doi-ngoai", "Đối ngoại")],
        [("/tag/nhat-ban", "Nhật Bản"), ("/tag/shinzo-abe", "Shinzo Abe")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: two-column issuer/motto block, centred title, body at 76 columns, signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, ĐTNN."],
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
        prefix="lu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
