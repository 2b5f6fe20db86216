"""Build the 182nd held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout182/build_heldout182.py [--check]

Five short documents on Vietnam in Asia-Pacific Economic Cooperation (APEC): a journal article on Vietnam's two
APEC host years (2006 and 2017), the (invented) year-end report of the Foreign Ministry's Department of
Multilateral Economic Cooperation on APEC in 2024, the close of the 14th APEC Economic Leaders' Meeting in Hà Nội
(19/11/2006), a (fictitious) Ministry of Industry and Trade plan for APEC cooperation in 2026 and an encyclopedia
entry on the Pacific Economic Cooperation Council (PECC). Facts are well-established; authors, journal, page
numbers, document numbers, quoted words and the report's and plan's items are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
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

QQA_APEC = {
    "id": "qqa",
    "shape": "journal",
    "header": "TẠP CHÍ HỘI NHẬP VÀ PHÁT TRIỂN – Số 6 (2023)",
    "first_page": 84,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM VỚI HAI LẦN ĐĂNG CAI NĂM APEC (2006 VÀ 2017)"),
        ("author", "Vương Thị Hải Yến"),
        ("affiliation", "Khoa Kinh tế quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết so sánh hai lần Việt Nam đảm nhận vai trò chủ nhà Diễn đàn Hợp tác kinh tế châu Á – Thái Bình Dương (APEC), qua đó đánh giá sự trưởng thành của nước ta trong ngoại giao đa phương.",
            "vi",
        ),
        ("keywords", "APEC; năm chủ nhà; Tuyên bố Hà Nội; Đà Nẵng; ngoại giao đa phương", "vi"),
        ("heading", "1. Từ thành viên mới đến nước chủ nhà", 1),
        (
            "paragraph",
            "Việt Nam nộp đơn xin gia nhập APEC năm 1996 và được kết nạp tại Hội nghị Bộ trưởng ở Cua-la Lăm-pơ tháng 11/1998, cùng với Nga và Pê-ru. Đây cũng là đợt kết nạp cuối cùng cho đến nay, do Diễn đàn quyết định tạm ngừng kết nạp thành viên mới (Đinh Văn Khánh, 2008, tr. 33). Tám năm sau, nước ta lần đầu đảm nhận vai trò chủ nhà với chủ đề “Hướng tới một Cộng đồng năng động vì phát triển bền vững và thịnh vượng”.",
        ),
        ("heading", "2. Năm APEC 2006", 1),
        (
            "paragraph",
            "Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 14, họp tại Hà Nội ngày 18 – 19/11/2006, đã thông qua Tuyên bố Hà Nội và Chương trình hành động Hà Nội nhằm thực hiện Lộ trình Bu-san hướng tới các Mục tiêu Bô-go. Nhân dịp này, Tổng thống Mỹ George W. Bush lần đầu sang thăm Việt Nam, chỉ mười ngày sau khi Đại hội đồng WTO chấp thuận kết nạp nước ta (Bùi Thanh Hà, 2010). Theo nhiều nhà quan sát, thành công của năm APEC 2006 đã góp phần nâng cao đáng kể vị thế quốc tế của Việt Nam.",
        ),
        ("heading", "3. Năm APEC 2017 và chặng đường tiếp theo", 1),
        (
            "paragraph",
            "Mười một năm sau, Việt Nam lần thứ hai đăng cai APEC, với Tuần lễ Cấp cao tổ chức tại Đà Nẵng tháng 11/2017, trong bối cảnh Hoa Kỳ vừa rút khỏi Hiệp định Đối tác xuyên Thái Bình Dương (TPP). Bên lề Tuần lễ, bộ trưởng của 11 nước còn lại đã đạt thỏa thuận về những nội dung cốt lõi của Hiệp định CPTPP. Một chuyên gia nhận định năm APEC 2017 cho thấy Việt Nam “đã chuyển từ vị thế người tham gia sang vị thế người dẫn dắt” (Hồ Minh Châu, 2018, tr. 57). Tuy vậy, do lệnh tạm ngừng vẫn được duy trì, đơn xin gia nhập của Cô-lôm-bi-a chưa được APEC xem xét. Năm 2027, nước ta sẽ lần thứ ba đăng cai APEC.",
        ),
    ],
}

QQB_MOFA = {
    "id": "qqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "VỤ HỢP TÁC KINH TẾ ĐA PHƯƠNG",
        "Số: 148/BC-KTĐP",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác APEC năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác APEC năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ CHỦ YẾU", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị chuyến công tác của Chủ tịch nước Lương Cường dự Tuần lễ Cấp cao APEC tại Li-ma (Pê-ru) tháng 11, kết hợp thăm chính thức Pê-ru. Tại Hội nghị, các nhà Lãnh đạo đã thông qua Tuyên bố Ma-chu Pic-chu.",
        ),
        (
            "list_item",
            "2. Tham gia tích cực các hội nghị Bộ trưởng và các nhóm công tác; ta chủ trì hoặc đồng chủ trì 12 sáng kiến về chuyển đổi số, kinh tế xanh và thương mại nông sản.",
        ),
        (
            "list_item",
            "3. Tháng 9, tiếp đoàn Ban Thư ký APEC do Giám đốc điều hành dẫn đầu sang làm việc tại Hà Nội về công tác chuẩn bị Năm APEC 2027.",
        ),
        (
            "list_item",
            "4. Đề xuất tổ chức tại Việt Nam một hội nghị chuyên đề về an ninh lương thực trong năm 2025 chưa nhận được sự đồng thuận của các nền kinh tế thành viên.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tham mưu để Lãnh đạo cấp cao dự Tuần lễ Cấp cao APEC tại Gyeongju (Hàn Quốc).",
        ),
        (
            "list_item",
            "2. Chủ trì xây dựng Đề án tổng thể tổ chức Năm APEC 2027 tại Phú Quốc, trình Chính phủ trong quý II năm sau.",
        ),
        (
            "list_item",
            "3. Trao đổi kinh nghiệm tổ chức với Hàn Quốc và Trung Quốc, hai nền kinh tế chủ nhà các năm 2025 và 2026.",
        ),
        (
            "list_item",
            "4. Đề nghị Ban Thư ký APEC hỗ trợ kỹ thuật, đào tạo cán bộ phục vụ các hội nghị năm 2027.",
        ),
    ],
}

QQC_HANOI2006 = {
    "id": "qqc",
    "shape": "news",
    "date": "2006-11-19",
    "stamp": "Chủ Nhật, 19/11/2006 - 17:30",
    "blocks": [
        ("title", "Bế mạc Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 14"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 19/11, Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 14 do Chủ tịch nước Nguyễn Minh Triết chủ trì đã bế mạc tại Trung tâm Hội nghị Quốc gia sau hai ngày làm việc, với việc thông qua Tuyên bố Hà Nội.",
        ),
        ("heading", "Kêu gọi nối lại Vòng đàm phán Đô-ha", 1),
        (
            "paragraph",
            "Các nhà lãnh đạo 21 nền kinh tế thành viên cũng thông qua Chương trình hành động Hà Nội nhằm thực hiện Lộ trình Bu-san hướng tới các Mục tiêu Bô-go, đồng thời ra tuyên bố riêng kêu gọi sớm nối lại Vòng đàm phán Đô-ha của WTO, bị đình trệ từ tháng 7 vừa qua.",
        ),
        ("heading", "Chúc mừng Việt Nam gia nhập WTO", 1),
        (
            "paragraph",
            "Nhiều nhà lãnh đạo chúc mừng Việt Nam vừa được Đại hội đồng WTO chấp thuận kết nạp ngày 7/11. Trong hai ngày hội nghị, Chủ tịch nước Nguyễn Minh Triết đã có nhiều cuộc tiếp xúc song phương với các nhà lãnh đạo tham dự.",
        ),
        (
            "paragraph",
            "Ô-xtrây-li-a sẽ đảm nhận vai trò chủ nhà Năm APEC 2007, với Hội nghị các nhà Lãnh đạo dự kiến diễn ra tại Xít-ni vào tháng 9 năm sau. Trong khi đó, Tổng thống Hoa Kỳ George W. Bush tiếp tục chuyến thăm Việt Nam và ngày mai sẽ tới Thành phố Hồ Chí Minh.",
        ),
    ],
}

QQD_PLAN = {
    "id": "qqd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-BCT':<42}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia hợp tác APEC năm 2026",
        "và chuẩn bị cho Năm APEC 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Tham gia hợp tác APEC năm 2026 và chuẩn bị cho Năm APEC 2027"),
        (
            "paragraph",
            "Thực hiện chủ trương của Chính phủ về việc Việt Nam đăng cai Năm APEC 2027, Bộ Công Thương xây dựng Kế hoạch tham gia hợp tác APEC năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm 2026, Trung Quốc đảm nhận vai trò chủ nhà APEC, tiếp nối Năm APEC 2025 của Hàn Quốc. Năm ngoái, Bộ đã cử 24 lượt đoàn tham dự các hội nghị, hoạt động của APEC; tuy nhiên, một số đề xuất của ta về thương mại điện tử xuyên biên giới chưa được các nền kinh tế thành viên đồng thuận.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Cử đoàn do Bộ trưởng dẫn đầu dự Hội nghị Bộ trưởng Thương mại APEC tại Trung Quốc, dự kiến vào tháng 5.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao xây dựng các ưu tiên hợp tác về kinh tế, thương mại cho Năm APEC 2027.",
        ),
        (
            "list_item",
            "3. Đề nghị Ban Thư ký APEC và Ô-xtrây-li-a hỗ trợ tập huấn cho cán bộ về quy tắc xuất xứ và thương mại điện tử.",
        ),
        (
            "list_item",
            "4. Tổ chức đối thoại giữa doanh nghiệp Việt Nam với Hội đồng Tư vấn Kinh doanh APEC (ABAC) tại Thành phố Hồ Chí Minh trong tháng 8.",
        ),
        (
            "list_item",
            "5. Không đăng cai thêm hội nghị chuyên ngành nào của APEC trong năm 2026 để tập trung nguồn lực cho năm 2027.",
        ),
        (
            "paragraph",
            "Vụ Chính sách thương mại đa biên là đơn vị đầu mối, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

QQE_PECC = {
    "id": "qqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Hợp tác kinh tế Thái Bình Dương"),
        (
            "paragraph",
            "Hội đồng Hợp tác kinh tế Thái Bình Dương (PECC) là tổ chức hoạt động theo mô hình ba bên, tập hợp đại diện giới chính phủ, doanh nghiệp và học giả của các nền kinh tế châu Á – Thái Bình Dương. Ban Thư ký quốc tế của Hội đồng đặt tại Xin-ga-po.",
        ),
        ("heading", "Thành lập", 1),
        (
            "paragraph",
            "PECC ra đời tại Hội thảo về Cộng đồng Thái Bình Dương tổ chức ở Can-bê-ra tháng 9/1980, theo sáng kiến của Thủ tướng Nhật Bản Masayoshi Ohira và Thủ tướng Ô-xtrây-li-a Malcolm Fraser. Khác với APEC, các ủy ban thành viên của PECC không đại diện chính thức cho chính phủ, nhờ đó Hội đồng có thể thảo luận nhiều vấn đề một cách linh hoạt hơn.",
        ),
        ("heading", "Quan hệ với APEC", 1),
        (
            "paragraph",
            "Những ý tưởng và mạng lưới chuyên gia của PECC góp phần dẫn tới việc thành lập APEC tại Can-bê-ra tháng 11/1989. Hiện PECC là một trong ba quan sát viên chính thức của APEC, cùng với Ban Thư ký ASEAN và Ban Thư ký Diễn đàn các đảo Thái Bình Dương. Bên cạnh phần lớn các thành viên APEC, Hội đồng còn có Cô-lôm-bi-a, Ê-cu-a-đo và Mông Cổ, những nền kinh tế chưa tham gia APEC.",
        ),
        ("heading", "Việt Nam và PECC", 1),
        (
            "paragraph",
            "Việt Nam trở thành thành viên đầy đủ của PECC năm 1995, ba năm trước khi gia nhập APEC. Ủy ban quốc gia Việt Nam về hợp tác kinh tế Thái Bình Dương (VNCPEC) là đầu mối tham gia các hoạt động của Hội đồng, trong đó có việc đóng góp cho báo cáo thường niên về tình hình kinh tế khu vực (State of the Region).",
        ),
    ],
}

DOCS = [QQA_APEC, QQB_MOFA, QQC_HANOI2006, QQD_PLAN, QQE_PECC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" at the left of the foot
    (heldout_kit.headed_journal: title at 48 columns, labels and body at 76)."""
    return headed_journal(doc, title=48, label=76, body=76, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 72 columns, an empty line after every line, the
    signature at the end."""
    return word_text(doc, 72, ["VỤ TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """An archived news agency page of 2006 (heldout_kit.news_page)."""
    return news_page(
        doc,
        section="APEC 2006",
        time="17:30",
        menu=[("/apec-2006", "APEC 2006"), ("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/apec", "APEC"), ("/tag/tuyen-bo-ha-noi", "Tuyên bố Hà Nội")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, centred three-line title, body at 76 columns, "Nơi
    nhận" and the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (Vụ HTKTĐP);", "- Ủy ban quốc gia APEC 2027;", "- Lưu: VT, CSTMĐB."],
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
        prefix="qq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
