"""Build the 169th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout169/build_heldout169.py [--check]

Five short documents on Vietnam's multilateral and bilateral diplomacy: Vietnam in the Non-Aligned Movement
(1955 – 1995), the (invented) year-end report of the Vietnam Peace Committee for 2024, the opening of the
eleventh Non-Aligned summit (Cartagena, 18/10/1995), a (fictitious) Vietnam Union of Friendship Organisations
plan for the 50th anniversary of Vietnam's membership of the Movement in 2026 and a chronology ("Niên biểu") of
Vietnam – Australia relations, 1973 – 2024. Facts are well-established; authors, journal, page numbers,
document numbers, quoted words and the report's and plan's items are invented. Events, citations and questions
gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    chronology_text,
    headed_journal,
    news_page,
    plan_text,
    word_text,
)

LZA_NAM = {
    "id": "lza",
    "shape": "journal",
    "header": "TẠP CHÍ LỊCH SỬ NGOẠI GIAO – Số 5 (2025)",
    "first_page": 52,
    "break_after": 13,
    "blocks": [
        ("title", "VIỆT NAM VỚI PHONG TRÀO KHÔNG LIÊN KẾT (1976 – 1995)"),
        ("author", "Nguyễn Hữu Tâm"),
        ("affiliation", "Khoa Lịch sử Quan hệ quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết trình bày quá trình Việt Nam tham gia Phong trào Không liên kết từ Hội nghị Băng-đung đến Hội nghị cấp cao Các-ta-hê-na, qua đó làm rõ vai trò của diễn đàn này trong chính sách đối ngoại của nước ta.",
            "vi",
        ),
        ("keywords", "Phong trào Không liên kết; Băng-đung; Cô-lôm-bô; ngoại giao đa phương", "vi"),
        ("heading", "1. Từ Băng-đung đến Cô-lôm-bô", 1),
        (
            "paragraph",
            "Tháng 4/1955, đoàn Việt Nam Dân chủ Cộng hòa do Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Phạm Văn Đồng dẫn đầu dự Hội nghị Á – Phi tại Băng-đung, tiền thân về tinh thần của Phong trào Không liên kết. Phong trào chính thức ra đời tại Hội nghị cấp cao Bê-ô-grát tháng 9/1961 với 25 nước thành viên sáng lập. Trong những năm kháng chiến chống Mỹ, các hội nghị của Phong trào nhiều lần ra tuyên bố ủng hộ cuộc đấu tranh của nhân dân Việt Nam (Trần Văn Lực, 2016, tr. 72).",
        ),
        ("heading", "2. Thành viên chính thức", 1),
        (
            "paragraph",
            "Tại Hội nghị cấp cao lần thứ 5 ở Cô-lôm-bô (Xri Lan-ca) tháng 8/1976, Việt Nam, khi đó vừa thống nhất, được kết nạp làm thành viên chính thức của Phong trào. Ba năm sau, tại Hội nghị cấp cao La Ha-ba-na, vấn đề ghế đại diện của Cam-pu-chia gây tranh cãi gay gắt và cuối cùng ghế này được để trống (Ngô Thị Hạnh, 2009). Dù vậy, ta vẫn kiên trì vận động các nước thành viên, coi Phong trào là “chỗ dựa chính trị quan trọng của các dân tộc vừa giành độc lập” (Ngô Thị Hạnh, 2009, tr. 118).",
        ),
        ("heading", "3. Thích ứng sau Chiến tranh lạnh", 1),
        (
            "paragraph",
            "Sau Chiến tranh lạnh, Phong trào chuyển trọng tâm sang hợp tác Nam – Nam và cải tổ Liên hợp quốc. In-đô-nê-xi-a giữ vai trò Chủ tịch Phong trào sau Hội nghị cấp cao Gia-các-ta năm 1992; Việt Nam ủng hộ các sáng kiến của Gia-các-ta và phối hợp với các nước thành viên phản đối lệnh cấm vận của Hoa Kỳ đối với Cu-ba (Lý Quang Đạt, 2020, tr. 45). Năm 1995, cùng với việc gia nhập ASEAN và bình thường hóa quan hệ với Hoa Kỳ, đoàn Việt Nam tham dự Hội nghị cấp cao Các-ta-hê-na, nơi Cô-lôm-bi-a tiếp nhận vai trò Chủ tịch từ In-đô-nê-xi-a.",
        ),
    ],
}

LZB_PEACE = {
    "id": "lzb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "ỦY BAN HÒA BÌNH VIỆT NAM",
        "Số: 26/BC-UBHB",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác đối ngoại nhân dân năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Nhân kỷ niệm 70 năm chiến thắng Điện Biên Phủ, Ủy ban phối hợp tổ chức tọa đàm quốc tế với sự tham gia của đại diện Hội đồng Hòa bình thế giới (WPC) và các tổ chức hòa bình của Lào, Cam-pu-chia, Cu-ba.",
        ),
        (
            "list_item",
            "2. Tháng 7, đoàn Ủy ban do Chủ tịch dẫn đầu tham dự cuộc họp Ban Thư ký WPC tại Ca-ra-cát (Vê-nê-xu-ê-la) và có buổi làm việc với Ủy ban Đoàn kết quốc tế của nước chủ nhà.",
        ),
        (
            "list_item",
            "3. Ủy ban đã ra tuyên bố phản đối các cuộc tấn công nhằm vào dân thường ở Dải Gaza và kêu gọi các bên ngừng bắn ngay lập tức.",
        ),
        (
            "list_item",
            "4. Tiếp đón đoàn Hội đồng Hòa bình Nhật Bản sang thăm một số địa phương chịu hậu quả chất độc da cam/đi-ô-xin tại Quảng Trị.",
        ),
        (
            "list_item",
            "5. Dự kiến tổ chức Diễn đàn nhân dân các nước ASEAN vì hòa bình tại Hà Nội chưa thực hiện được do chưa bố trí đủ kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức các hoạt động kỷ niệm 50 năm giải phóng miền Nam, thống nhất đất nước, mời các đoàn bạn bè quốc tế từng ủng hộ Việt Nam sang dự vào tháng 4 năm sau.",
        ),
        (
            "list_item",
            "2. Cử đoàn tham dự Hội thảo quốc tế vì hòa bình và xóa bỏ căn cứ quân sự nước ngoài tại Cu-ba.",
        ),
        (
            "list_item",
            "3. Phối hợp với Hội Hữu nghị Việt Nam – Hoa Kỳ và các tổ chức cựu chiến binh Mỹ triển khai dự án hỗ trợ nạn nhân bom mìn.",
        ),
    ],
}

LZC_CARTAGENA = {
    "id": "lzc",
    "shape": "news",
    "date": "1995-10-19",
    "stamp": "Thứ Năm, 19/10/1995",
    "blocks": [
        ("title", "Khai mạc Hội nghị cấp cao Phong trào Không liên kết lần thứ 11"),
        (
            "paragraph",
            "Các-ta-hê-na (TTXVN) – Ngày 18/10 (giờ địa phương), Hội nghị cấp cao lần thứ 11 Phong trào Không liên kết đã khai mạc tại thành phố cảng Các-ta-hê-na (Cô-lôm-bi-a), với sự tham dự của nguyên thủ và đại diện hơn 100 nước.",
        ),
        ("heading", "Cô-lôm-bi-a nhận chức Chủ tịch", 1),
        (
            "paragraph",
            "Tại phiên khai mạc, Tổng thống In-đô-nê-xi-a Xu-hác-tô đã trao lại chức Chủ tịch Phong trào cho Tổng thống Cô-lôm-bi-a Ec-ne-xtô Xam-pe. Hội nghị kéo dài đến ngày 20/10 và dự kiến thông qua văn kiện cuối cùng về hòa bình, giải trừ quân bị và hợp tác phát triển.",
        ),
        ("heading", "Việt Nam kêu gọi hợp tác Nam – Nam", 1),
        (
            "paragraph",
            "Phát biểu tại Hội nghị, Trưởng đoàn Việt Nam khẳng định nước ta coi trọng Phong trào, ủng hộ việc dân chủ hóa Liên hợp quốc và đề nghị các nước thành viên tăng cường hợp tác kinh tế Nam – Nam. Bên lề Hội nghị, đoàn Việt Nam đã có các cuộc tiếp xúc song phương với đoàn Cô-lôm-bi-a, Cu-ba và Ấn Độ. Việt Nam và nước chủ nhà đã thiết lập quan hệ ngoại giao từ ngày 1/1/1979. Hội nghị năm nay diễn ra chưa đầy ba tháng sau khi Việt Nam trở thành thành viên thứ bảy của ASEAN.",
        ),
        (
            "paragraph",
            "Nhiều đại biểu lên án lệnh cấm vận kéo dài hơn ba thập kỷ của Hoa Kỳ đối với Cu-ba và kêu gọi Oa-sinh-tơn sớm chấm dứt chính sách này. Các nước thành viên cũng dự kiến nhất trí chọn Nam Phi đăng cai Hội nghị cấp cao lần thứ 12.",
        ),
    ],
}

LZD_PLAN = {
    "id": "lzd",
    "shape": "plan",
    "head": [
        f"{'LIÊN HIỆP CÁC TỔ CHỨC':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'HỮU NGHỊ VIỆT NAM':<42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-LHHN':<42}Hà Nội, ngày 08 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tổ chức các hoạt động kỷ niệm 50 năm Việt Nam tham gia",
        "Phong trào Không liên kết (1976 – 2026)",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 50 năm Việt Nam tham gia Phong trào Không liên kết (1976 – 2026)",
        ),
        (
            "paragraph",
            "Nhằm kỷ niệm 50 năm Việt Nam trở thành thành viên Phong trào Không liên kết và tăng cường đoàn kết với nhân dân các nước đang phát triển, Liên hiệp các tổ chức hữu nghị Việt Nam xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Phong trào hiện có hơn 120 nước thành viên; U-gan-đa giữ chức Chủ tịch nhiệm kỳ 2024 – 2027 sau Hội nghị cấp cao lần thứ 19 tại Cam-pa-la tháng 1/2024. Năm ngoái, Liên hiệp đã tổ chức gặp mặt các đại sứ châu Phi tại Hà Nội nhân Ngày châu Phi, song chưa có chương trình hợp tác nào với các tổ chức nhân dân của U-gan-đa.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 8 năm nay, phối hợp với Bộ Ngoại giao tổ chức hội thảo “50 năm Việt Nam trong Phong trào Không liên kết” tại Hà Nội, mời đại sứ các nước thành viên tham dự.",
        ),
        (
            "list_item",
            "2. Cử đoàn đại biểu nhân dân sang thăm U-gan-đa và Ê-ti-ô-pi-a trong tháng 10 để trao đổi kinh nghiệm hợp tác nông nghiệp.",
        ),
        (
            "list_item",
            "3. Đề nghị các hội hữu nghị song phương với Cu-ba, Ấn Độ, In-đô-nê-xi-a và An-giê-ri tổ chức các hoạt động giao lưu nhân dân.",
        ),
        (
            "list_item",
            "4. Không mời đoàn của Chủ tịch Phong trào sang Việt Nam trong năm 2026 do lịch đối ngoại của phía bạn đã kín.",
        ),
        (
            "paragraph",
            "Ban Châu Phi – Trung Đông là đầu mối, phối hợp với các đơn vị liên quan triển khai Kế hoạch này.",
        ),
    ],
}

LZE_CHRONOLOGY = {
    "id": "lze",
    "shape": "chronology",
    "blocks": [
        ("title", "NIÊN BIỂU QUAN HỆ VIỆT NAM – Ô-XTRÂY-LI-A (1973 – 2024)"),
        (
            "paragraph",
            "Các mốc chính trong quan hệ giữa Việt Nam và Ô-xtrây-li-a từ khi hai nước thiết lập quan hệ ngoại giao đến khi nâng cấp lên Đối tác chiến lược toàn diện.",
        ),
        ("heading", "Năm 1973", 1),
        (
            "list_item",
            "Ngày 26/02/1973: Việt Nam Dân chủ Cộng hòa và Ô-xtrây-li-a thiết lập quan hệ ngoại giao.",
        ),
        ("heading", "Năm 1991", 1),
        (
            "list_item",
            "Ngày 23/10/1991: Việt Nam, Ô-xtrây-li-a và các nước tham dự Hội nghị quốc tế về Cam-pu-chia ký Hiệp định Pa-ri về giải pháp chính trị toàn bộ cho cuộc xung đột Cam-pu-chia.",
        ),
        ("heading", "Năm 2000", 1),
        (
            "list_item",
            "Ngày 21/05/2000: Khánh thành cầu Mỹ Thuận bắc qua sông Tiền, công trình xây dựng bằng vốn viện trợ không hoàn lại của Chính phủ Ô-xtrây-li-a và vốn đối ứng của Việt Nam.",
        ),
        ("heading", "Năm 2009", 1),
        (
            "list_item",
            "Ngày 27/02/2009: Hai nước cùng các thành viên ASEAN và Niu Di-lân ký Hiệp định thành lập Khu vực thương mại tự do ASEAN – Ô-xtrây-li-a – Niu Di-lân (AANZFTA) tại Thái Lan.",
        ),
        ("heading", "Năm 2010", 1),
        ("list_item", "Ngày 01/01/2010: AANZFTA có hiệu lực đối với Việt Nam và Ô-xtrây-li-a."),
        ("heading", "Năm 2018", 1),
        (
            "list_item",
            "Ngày 08/03/2018: Việt Nam và Ô-xtrây-li-a cùng chín nước khác ký Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) tại Xan-ti-a-gô (Chi-lê).",
        ),
        (
            "list_item",
            "Ngày 15/03/2018: Nhân chuyến thăm chính thức của Thủ tướng Nguyễn Xuân Phúc, hai nước nâng quan hệ lên Đối tác chiến lược.",
        ),
        (
            "list_item",
            "Ngày 17/03/2018: Thủ tướng Nguyễn Xuân Phúc dự Hội nghị cấp cao đặc biệt ASEAN – Ô-xtrây-li-a tại Xít-ni.",
        ),
        ("heading", "Năm 2019", 1),
        ("list_item", "Ngày 14/01/2019: CPTPP có hiệu lực đối với Việt Nam."),
        ("heading", "Năm 2020", 1),
        (
            "list_item",
            "Ngày 15/11/2020: Việt Nam, với tư cách Chủ tịch ASEAN, chủ trì lễ ký Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP); Ô-xtrây-li-a là một trong 15 nước ký.",
        ),
        ("heading", "Năm 2023", 1),
        (
            "list_item",
            "Ngày 03/06/2023: Thủ tướng Anthony Albanese bắt đầu chuyến thăm chính thức Việt Nam, chuyến thăm đầu tiên của ông trên cương vị Thủ tướng.",
        ),
        ("heading", "Năm 2024", 1),
        (
            "list_item",
            "Ngày 07/03/2024: Tại Can-bê-ra, Thủ tướng Phạm Minh Chính và Thủ tướng Anthony Albanese tuyên bố nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
    ],
}

DOCS = [LZA_NAM, LZB_PEACE, LZC_CARTAGENA, LZD_PLAN, LZE_CHRONOLOGY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" centred at the foot
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, title=50, label=74, body=74, page_label="Trang {}", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 76 columns, an empty line after every line,
    the signature at the end."""
    return word_text(doc, 76, ["TM. ỦY BAN HÒA BÌNH VIỆT NAM", "CHỦ TỊCH", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """An archived news agency page of 1995 (heldout_kit.news_page), the date line without a time."""
    return news_page(
        doc,
        section="Tư liệu",
        time="06:00",
        menu=[("/tu-lieu", "Tư liệu"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/khong-lien-ket", "Không liên kết"), ("/tag/colombia", "Cô-lôm-bi-a")],
    )


def render_plan(doc: dict) -> str:
    """A mass organisation's plan: the two-column issuer/motto block (the issuer on two lines), centred
    three-line title, body at 76 columns, "Nơi nhận" and the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Lưu: VT, Ban CPTĐ."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
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
            "chronology": chronology_text,
        },
        prefix="lz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
