"""Build the hundred-and-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout104/build_heldout104.py [--check]

Five short documents on Jordan and the oil producers of the Middle East, on topics the earlier sets do not
use as main topics (Vietnam – Jordan from the Arab League of 1945 to the Security Council of 2014 – 2015,
a university's cooperation with Middle Eastern partners in 2025, the Jordan – Israel peace treaty of
26/10/1994, a (fictitious) Ministry of Agriculture and Environment plan for water cooperation with Jordan
in 2026, an encyclopedia entry on OPEC). Nothing in src/ was changed for them. Facts are well-established;
authors, journal, page numbers, document numbers, the university report's items and all quoted words are
invented, the ministry plan (number, date, tasks) is fictitious. Events, citations and questions gold are
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

UZA_JORDAN = {
    "id": "uza",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TÂY Á VÀ BẮC PHI – Số 4 (2025)",
    "first_page": 37,
    "break_after": 12,
    "blocks": [
        ("title", "GIOÓC-ĐA-NI: ĐỐI TÁC ỔN ĐỊNH CỦA VIỆT NAM Ở TRUNG ĐÔNG"),
        ("author", "Đỗ Thị Thanh Bình"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao Việt Nam, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết điểm lại quá trình hội nhập quốc tế của Vương quốc Gioóc-đa-ni Hashemite và quan hệ với"
            " Việt Nam, qua đó gợi mở một số hướng hợp tác trong thời gian tới.",
            "vi",
        ),
        ("keywords", "Gioóc-đa-ni; Trung Đông; Hội đồng Bảo an; WTO; quan hệ song phương", "vi"),
        ("heading", "1. Một vương quốc nhỏ giữa vùng nhiều biến động", 1),
        (
            "paragraph",
            "Tiểu vương quốc Ngoại Gioóc-đa-ni là một trong bảy nước sáng lập Liên đoàn Ả-rập tại Cai-rô ngày"
            " 22/3/1945. Giành độc lập hoàn toàn từ Anh ngày 25/5/1946, vương quốc này phải chờ gần mười năm mới"
            " được kết nạp vào Liên hợp quốc, ngày 14/12/1955. Sau nhiều thập kỷ đối đầu,"
            " ngày 26/10/1994 Gioóc-đa-ni ký Hiệp ước hòa bình với I-xra-en, trở thành nước Ả-rập thứ"
            " hai, sau Ai Cập, làm điều đó (Nguyễn Văn Hải, 2019, tr. 45). Dù vậy, quan hệ giữa hai nước láng"
            " giềng chưa bao giờ thực sự nồng ấm: ngày 1/11/2023, Am-man triệu hồi đại sứ tại I-xra-en để phản"
            " đối các cuộc tấn công vào Dải Gaza.",
        ),
        ("heading", "2. Hội nhập kinh tế và vai trò tại Liên hợp quốc", 1),
        (
            "paragraph",
            "Dưới thời Quốc vương Abdullah II, người kế vị vua cha Hussein từ tháng 2/1999, Am-man đẩy mạnh hội"
            " nhập kinh tế quốc tế. Nước này gia nhập Tổ chức Thương mại Thế giới (WTO) ngày 11/4/2000 với tư"
            " cách thành viên thứ 136, ký hiệp định thương mại tự do với Hoa Kỳ ngay trong năm đó, còn Hiệp định"
            " liên kết với Liên minh châu Âu (EU) có hiệu lực từ năm 2002. Sau khi A-rập Xê-út từ chối ghế Ủy"
            " viên không thường trực Hội đồng Bảo an vào tháng 10/2013, ngày 6/12/2013 Đại hội đồng Liên hợp"
            " quốc đã bầu Gioóc-đa-ni vào vị trí này cho nhiệm kỳ 2014 – 2015 (Lê Thu Trang, 2021). Hiện nay,"
            " vương quốc vẫn cưu mang hàng trăm nghìn người tị nạn Xy-ri đăng ký với Cao ủy Liên hợp quốc về người"
            " tị nạn (UNHCR) và nhận nhiều viện trợ phát triển từ Hoa Kỳ, Đức và Nhật Bản.",
        ),
        ("heading", "3. Quan hệ với Việt Nam và triển vọng", 1),
        (
            "paragraph",
            "Việt Nam và Gioóc-đa-ni thiết lập quan hệ ngoại giao năm 1980. Hơn bốn thập kỷ qua, hai nước luôn"
            " ủng hộ lẫn nhau tại Liên hợp quốc và Phong trào Không liên kết, song kim ngạch thương mại song"
            " phương vẫn còn khiêm tốn. Giới nghiên cứu cho rằng Gioóc-đa-ni “có thể trở thành cửa ngõ đưa hàng"
            " hóa Việt Nam vào I-rắc và khu vực Lơ-văng” (Trần Minh Đức, 2023, tr. 88). Để hiện thực hóa tiềm"
            " năng đó, hai bên cần sớm khởi động đàm phán một hiệp định thương mại song phương.",
        ),
    ],
}

UZB_USSH = {
    "id": "uzb",
    "shape": "word",
    "head": [
        "ĐẠI HỌC QUỐC GIA HÀ NỘI",
        "TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN",
        "Số: 1875/BC-XHNV-HTPT",
        "Hà Nội, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các đối tác Trung Đông năm 2025 và phương hướng năm 2026",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác với các đối tác Trung Đông năm 2025 và phương hướng năm 2026"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 3/2025, đoàn công tác của Nhà trường do Phó Hiệu trưởng dẫn đầu đã thăm và làm việc tại"
            " Trường Đại học Gioóc-đa-ni ở thủ đô Am-man; hai bên ký Biên bản ghi nhớ về trao đổi giảng viên và"
            " sinh viên ngành Ngôn ngữ Ả-rập.",
        ),
        (
            "list_item",
            "2. Đại sứ Ai Cập tại Việt Nam đến thăm Khoa Đông phương học và trao 10 suất học bổng ngắn hạn tại"
            " Cai-rô cho sinh viên của Khoa.",
        ),
        (
            "list_item",
            "3. Tháng 10, Nhà trường phối hợp với Quỹ Qatar tổ chức Hội thảo quốc tế “Việt Nam và Trung Đông"
            " trong bối cảnh mới”, thu hút hơn 80 học giả đến từ 12 nước tham dự.",
        ),
        (
            "list_item",
            "4. Do thủ tục cấp thị thực kéo dài, chương trình thực tập tiếng Ả-rập của 15 sinh viên tại Am-man"
            " chưa thực hiện được; đề xuất thành lập Trung tâm Nghiên cứu vùng Vịnh bằng nguồn tài trợ từ Cô-oét"
            " cũng chưa được phê duyệt.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, đón đoàn Trường Đại học Gioóc-đa-ni sang làm việc, triển khai Biên bản ghi nhớ"
            " đã ký; cử 15 sinh viên sang Am-man thực tập trong học kỳ II.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Ai Cập tổ chức Tuần văn hóa Ai Cập tại Trường vào tháng 11/2026.",
        ),
        (
            "list_item",
            "3. Tìm kiếm nguồn học bổng từ A-rập Xê-út và Các Tiểu vương quốc Ả-rập Thống nhất cho sinh viên"
            " ngành Ngôn ngữ Ả-rập.",
        ),
    ],
}

UZC_TREATY = {
    "id": "uzc",
    "shape": "news",
    "date": "1994-10-26",
    "stamp": "Thứ Tư, 26/10/1994 - 21:40",
    "blocks": [
        ("title", "Gioóc-đa-ni và I-xra-en ký hiệp ước hòa bình"),
        (
            "paragraph",
            "Arava (TTXVN) – Ngày 26/10, tại cửa khẩu Arava trên biên giới hai nước, Thủ tướng I-xra-en Yitzhak"
            " Rabin và Thủ tướng Gioóc-đa-ni Abdul Salam Majali đã ký Hiệp ước hòa bình, khép lại gần nửa thế kỷ"
            " đối đầu giữa hai nước láng giềng.",
        ),
        ("heading", "Tổng thống Mỹ chứng kiến lễ ký", 1),
        (
            "paragraph",
            "Lễ ký diễn ra với sự chứng kiến của Tổng thống Mỹ Bill Clinton và Quốc vương Gioóc-đa-ni Hussein."
            " Hiệp ước xác định đường biên giới giữa hai nước, quy định việc chia sẻ nguồn nước sông Gioóc-đa-ni"
            " và sông Yarmouk, đồng thời mở đường cho việc trao đổi đại sứ. Hôm 25/7 vừa qua, Quốc vương Hussein"
            " và Thủ tướng Rabin đã ký Tuyên bố Oa-sinh-tơn tại Nhà Trắng, chấm dứt tình trạng chiến tranh giữa"
            " hai nước.",
        ),
        ("heading", "Nước Ả-rập thứ hai", 1),
        (
            "paragraph",
            "Gioóc-đa-ni trở thành nước Ả-rập thứ hai ký hòa ước với I-xra-en, sau Ai Cập năm 1979. Tổ chức Giải"
            " phóng Pa-le-xtin (PLO) đã công nhận I-xra-en từ năm ngoái, trong khi Xy-ri và Li-băng vẫn chưa đạt"
            " được thỏa thuận hòa bình với nước này.",
        ),
        (
            "paragraph",
            "Theo chương trình, ngày mai Tổng thống Clinton sẽ tới Đa-mát hội đàm với Tổng thống Xy-ri Hafez"
            " al-Assad. Đây là chuyến thăm Xy-ri đầu tiên của một tổng thống Mỹ trong 20 năm qua.",
        ),
    ],
}

UZD_PLAN = {
    "id": "uzd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BNNMT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Vương quốc Gioóc-đa-ni Hashemite về tài nguyên nước",
        "và nông nghiệp tiết kiệm nước năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Vương quốc Gioóc-đa-ni Hashemite về tài nguyên nước và nông nghiệp tiết kiệm"
            " nước năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa chủ trương mở rộng hợp tác với các nước Trung Đông và học tập kinh nghiệm quản lý"
            " nước trong điều kiện khô hạn, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với Gioóc-đa-ni"
            " năm 2026 như sau:",
        ),
        ("heading", "I. BỐI CẢNH", 1),
        (
            "paragraph",
            "Gioóc-đa-ni là một trong những quốc gia khan hiếm nước nhất thế giới, có nhiều kinh nghiệm về tưới"
            " tiết kiệm và tái sử dụng nước thải. Năm 2021, nước này cùng I-xra-en và Các Tiểu"
            " vương quốc Ả-rập Thống nhất ký tuyên bố ý định về dự án đổi điện mặt trời lấy nước ngọt khử mặn;"
            " tuy nhiên, cuối năm 2023, phía Gioóc-đa-ni tuyên bố không ký thỏa thuận chính thức do xung đột ở"
            " Dải Gaza. Tháng 6 năm ngoái, Bộ đã đón đoàn chuyên gia của Bộ Nước và Thủy lợi Gioóc-đa-ni sang"
            " trao đổi kinh nghiệm tại một số tỉnh Nam Trung Bộ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5, cử đoàn công tác của Cục Quản lý tài nguyên nước sang Am-man khảo sát mô hình tái sử"
            " dụng nước thải cho tưới tiêu.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Ngoại giao đàm phán Bản ghi nhớ hợp tác về tài nguyên nước giữa hai Bộ, phấn đấu"
            " ký trong năm 2026.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan Hợp tác quốc tế Nhật Bản (JICA) hỗ trợ kinh phí cho khóa đào tạo ba bên Việt Nam"
            " – Gioóc-đa-ni – Nhật Bản về kỹ thuật tưới nhỏ giọt.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội chợ nông sản riêng tại Am-man trong năm 2026; thay vào đó, tham gia Hội chợ"
            " thực phẩm Gulfood tại Đu-bai (UAE).",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

UZE_OPEC = {
    "id": "uze",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức các nước xuất khẩu dầu mỏ"),
        (
            "paragraph",
            "Tổ chức các nước xuất khẩu dầu mỏ (OPEC) là tổ chức liên chính phủ của các nước xuất khẩu dầu thô,"
            " được I-ran, I-rắc, Cô-oét, A-rập Xê-út và Vê-nê-xu-ê-la thành lập tại hội nghị ở Bát-đa ngày 10 –"
            " 14/9/1960. Trụ sở của tổ chức đặt tại Viên (Áo) từ năm 1965.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Sau các nước sáng lập, Ca-ta gia nhập năm 1961, Li-bi và In-đô-nê-xi-a năm 1962, Abu Dhabi (nay thuộc"
            " Các Tiểu vương quốc Ả-rập Thống nhất) năm 1967; An-giê-ri và Ni-giê-ri-a được kết nạp sau đó ít năm."
            " Một số nước đã rời tổ chức: Ca-ta từ ngày 1/1/2019, Ê-cu-a-đo từ ngày 1/1/2020 và Ăng-gô-la từ ngày"
            " 1/1/2024.",
        ),
        ("heading", "Cấm vận dầu mỏ và OPEC+", 1),
        (
            "paragraph",
            "Tháng 10/1973, Tổ chức các nước Ả-rập xuất khẩu dầu mỏ (OAPEC), gồm phần lớn các thành viên Ả-rập"
            " của OPEC, tuyên bố cấm vận dầu mỏ đối với Hoa Kỳ và Hà Lan, gây ra cuộc khủng hoảng năng lượng đầu"
            " tiên; lệnh cấm vận đối với Hoa Kỳ được dỡ bỏ vào tháng 3/1974. Ngày 10/12/2016, tại Viên, OPEC và"
            " 11 nước sản xuất dầu ngoài khối, đứng đầu là Nga, ký Tuyên bố hợp tác, hình thành nhóm OPEC+ để"
            " cùng điều tiết sản lượng.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Tuy khai thác và xuất khẩu dầu thô từ giữa thập niên 1980, Việt Nam không phải là thành viên OPEC."
            " Quỹ OPEC vì Phát triển quốc tế (OFID) là một trong những đối tác cung cấp vốn vay ưu đãi cho Việt"
            " Nam.",
        ),
    ],
}

DOCS = [UZA_JORDAN, UZB_USSH, UZC_TREATY, UZD_PLAN, UZE_OPEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 48 columns, labels and body at 72)."""
    return headed_journal(doc, title=48, label=72, body=72)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news archive page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        "Tư liệu quốc tế",
        "21:40",
        [("/the-gioi", "Thế giới"), ("/tu-lieu", "Tư liệu")],
        [
            ("/tag/trung-dong", "Trung Đông"),
            ("/tag/gioocdani", "Gioóc-đa-ni"),
            ("/tag/ixraen", "I-xra-en"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Lưu: VT, HTQT.",
        ],
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
        prefix="uz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
