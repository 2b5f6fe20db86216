"""Build the three hundred sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout306/build_heldout306.py [--check]

Five short documents on Vietnam's economic ties with Japan and the Republic of Korea: a journal article on
Japanese ODA for transport infrastructure (the Cần Thơ bridge, Nhật Tân and Nội Bài T2, the 2008 – 2009
suspension, metro line 1), a (fictitious) provincial labour department's report on workers sent to Japan
and Korea in 2024, a news page on President Yoon Suk Yeol's state visit of June 2023, a (fictitious)
provincial chairman's speech at an investment conference in Osaka, and an encyclopedia entry on the
Vietnam – Japan Economic Partnership Agreement. Facts are well-established; authors, journal, page
numbers, document numbers, the report's items, the speech and quoted words are invented (see README.md).
Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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
    report_word,
    speech_text,
)

BWA_JOURNAL = {
    "id": "bwa",
    "shape": "journal",
    "header": "KINH TẾ ĐỐI NGOẠI VÀ PHÁT TRIỂN – Số 7 (2025)",
    "first_page": 33,
    "break_after": 4,
    "blocks": [
        ("title", "VỐN ODA NHẬT BẢN VÀ HẠ TẦNG GIAO THÔNG VIỆT NAM"),
        ("author", "Lưu Thị Kim Oanh"),
        ("affiliation", "Trường Đại học Kinh tế Quốc dân"),
        (
            "abstract",
            "Bài viết đánh giá đóng góp của vốn vay ODA Nhật Bản cho một số công trình giao thông tiêu biểu của Việt Nam.",
            "vi",
        ),
        ("keywords", "ODA; Nhật Bản; JICA; hạ tầng giao thông", "vi"),
        ("heading", "1. Những công trình tiêu biểu", 1),
        (
            "paragraph",
            "Nhật Bản là nhà tài trợ ODA song phương lớn nhất của Việt Nam trong hơn ba thập niên qua (Bùi Đức Tuệ, 2016, tr. 57). Cầu Cần Thơ, công trình sử dụng vốn vay ODA Nhật Bản, được khánh thành ngày 24/4/2010, gần ba năm sau sự cố sập nhịp dẫn ngày 26/9/2007. Ngày 4/1/2015, cầu Nhật Tân và Nhà ga hành khách T2 Cảng hàng không quốc tế Nội Bài, hai công trình cùng dùng vốn ODA Nhật Bản, được khánh thành.",
        ),
        ("heading", "2. Gián đoạn và phục hồi", 1),
        (
            "paragraph",
            "Cuối năm 2008, sau vụ hối lộ liên quan đến công ty tư vấn PCI, Nhật Bản tạm ngừng cam kết ODA mới cho Việt Nam; đầu năm 2009, hai bên thống nhất các biện pháp phòng, chống tham nhũng và viện trợ được nối lại. Tuyến metro số 1 Bến Thành – Suối Tiên, khoản vay ODA lớn nhất của Nhật Bản cho Thành phố Hồ Chí Minh, chính thức vận hành thương mại ngày 22/12/2024. Một chuyên gia coi tuyến đường này là “biểu tượng của lòng tin giữa hai quốc gia” (Tạ Quốc Hưng, 2023, tr. 14).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Việt Nam nên chủ động tranh thủ nguồn ODA thế hệ mới của Nhật Bản cho chuyển đổi xanh (Hà Văn Lực, 2024).",
        ),
    ],
}

BWB_WORD = {
    "id": "bwb",
    "shape": "word",
    "head": [
        "UBND TỈNH THANH HÓA",
        "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
        "Số: 1187/BC-SLĐTBXH",
        "Thanh Hóa, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả đưa người lao động đi làm việc tại Nhật Bản và Hàn Quốc năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả đưa người lao động đi làm việc tại Nhật Bản và Hàn Quốc năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Toàn tỉnh có 6.850 lao động sang Nhật Bản làm việc, chủ yếu theo chương trình thực tập sinh kỹ năng và diện kỹ năng đặc định.",
        ),
        (
            "list_item",
            "2. Có 1.120 lao động sang Hàn Quốc theo Chương trình EPS. Tháng 3/2024, UBND tỉnh ký thỏa thuận cung ứng lao động thời vụ nông nghiệp với một huyện của tỉnh Gangwon (Hàn Quốc).",
        ),
        (
            "list_item",
            "3. Tháng 6/2024, đoàn công tác của Sở sang tỉnh Ai-chi (Nhật Bản) khảo sát nhu cầu tiếp nhận lao động.",
        ),
        (
            "list_item",
            "4. Trung tâm Dịch vụ việc làm tỉnh tiếp nhận thiết bị dạy tiếng Hàn trị giá 80.000 USD do Cơ quan Phát triển nguồn nhân lực Hàn Quốc (HRD Korea) tài trợ.",
        ),
        (
            "list_item",
            "5. Việc tuyển chọn điều dưỡng viên sang Nhật Bản theo Hiệp định Đối tác kinh tế chưa thực hiện được do không có ứng viên đạt yêu cầu tiếng Nhật.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức kỳ thi tiếng Hàn EPS-TOPIK tại tỉnh trong quý II/2025.",
        ),
        (
            "list_item",
            "2. Mời đoàn tỉnh Ai-chi sang làm việc về tiếp nhận lao động kỹ năng đặc định.",
        ),
    ],
}

BWC_NEWS = {
    "id": "bwc",
    "shape": "news",
    "date": "2023-06-23",
    "stamp": "Thứ Sáu, 23/06/2023 - 11:30",
    "blocks": [
        ("title", "Lễ đón Tổng thống Hàn Quốc Yoon Suk Yeol thăm cấp Nhà nước Việt Nam"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 23/6, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng chủ trì lễ đón cấp Nhà nước Tổng thống Hàn Quốc Yoon Suk Yeol và Phu nhân, thăm cấp Nhà nước Việt Nam từ ngày 22 đến 24/6.",
        ),
        ("heading", "Hội đàm cấp cao", 1),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam đầu tiên của Tổng thống Yoon Suk Yeol kể từ khi nhậm chức. Ngay sau lễ đón, hai nhà lãnh đạo đã hội đàm và chứng kiến lễ trao nhiều văn kiện hợp tác.",
        ),
        ("heading", "Đối tác kinh tế hàng đầu", 1),
        (
            "paragraph",
            "Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất, đối tác thương mại lớn thứ ba và nhà tài trợ ODA song phương lớn thứ hai của Việt Nam. Chủ tịch nước đề nghị phía Hàn Quốc tăng số lao động Việt Nam được tiếp nhận theo Chương trình EPS.",
        ),
        (
            "paragraph",
            "Trong thời gian ở Việt Nam, Tổng thống Yoon Suk Yeol sẽ hội kiến Tổng Bí thư Nguyễn Phú Trọng, Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Vương Đình Huệ và dự Diễn đàn doanh nghiệp Việt Nam – Hàn Quốc.",
        ),
    ],
}

BWD_SPEECH = {
    "id": "bwd",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG",
    "place": "Ô-xa-ca, ngày 15 tháng 5 năm 2025",
    "blocks": [
        ("title", "Tại Hội nghị xúc tiến đầu tư vào tỉnh Bình Dương tổ chức tại Nhật Bản"),
        ("paragraph", "Kính thưa Ngài Phó Thống đốc tỉnh Ô-xa-ca,"),
        ("paragraph", "Kính thưa Ngài Tổng Lãnh sự Việt Nam tại Ô-xa-ca,"),
        ("paragraph", "Thưa quý doanh nghiệp,"),
        (
            "paragraph",
            "Nhật Bản là nhà đầu tư lớn thứ ba tại Việt Nam. Tại Bình Dương, liên doanh giữa Becamex IDC và Tập đoàn Tokyu đã cùng phát triển thành phố mới từ hơn mười năm nay.",
        ),
        (
            "paragraph",
            "Tháng 3 vừa qua, chúng tôi đã đón đoàn 40 doanh nghiệp của vùng Kansai sang khảo sát môi trường đầu tư. Năm ngoái, tỉnh thu hút thêm 18 dự án của nhà đầu tư Nhật Bản.",
        ),
        (
            "paragraph",
            "Tại hội nghị hôm nay, tỉnh sẽ trao giấy chứng nhận đăng ký đầu tư cho 5 dự án và ký Biên bản ghi nhớ với Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tại Ô-xa-ca. Tỉnh không tiếp nhận các dự án công nghệ lạc hậu, gây ô nhiễm môi trường.",
        ),
        (
            "paragraph",
            "Chúng tôi mong muốn các doanh nghiệp Nhật Bản cùng tỉnh mở rộng hợp tác đào tạo nhân lực chất lượng cao, nhất là trong các ngành bán dẫn, logistics và công nghiệp hỗ trợ.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn!"),
    ],
}

BWE_ENTRY = {
    "id": "bwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Đối tác Kinh tế Việt Nam – Nhật Bản"),
        (
            "paragraph",
            "Hiệp định Đối tác Kinh tế Việt Nam – Nhật Bản (VJEPA) là hiệp định thương mại tự do song phương đầu tiên của Việt Nam. Hai nước tiến hành đàm phán Hiệp định từ năm 2007; văn kiện được ký ngày 25/12/2008 và có hiệu lực từ ngày 1/10/2009. Cùng với ODA và đầu tư trực tiếp, VJEPA là một trụ cột của quan hệ kinh tế giữa hai nước.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Hiệp định bao gồm thương mại hàng hóa, thương mại dịch vụ, đầu tư, di chuyển thể nhân và hợp tác kinh tế. Gạo không nằm trong danh mục cắt giảm thuế quan của Nhật Bản. Trong khuôn khổ Hiệp định, từ năm 2014 Nhật Bản tiếp nhận điều dưỡng viên và hộ lý Việt Nam sang đào tạo và làm việc.",
        ),
        ("heading", "Quan hệ với các hiệp định khác", 1),
        (
            "paragraph",
            "Trước khi ký VJEPA, hai nước đã cùng tham gia Hiệp định Đối tác Kinh tế toàn diện ASEAN – Nhật Bản (AJCEP). Doanh nghiệp có thể lựa chọn quy tắc xuất xứ của hiệp định có mức ưu đãi thuận lợi hơn. Ủy ban hỗn hợp của hai bên họp định kỳ để rà soát việc thực thi VJEPA.",
        ),
    ],
}

DOCS = [BWA_JOURNAL, BWB_WORD, BWC_NEWS, BWD_SPEECH, BWE_ENTRY]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Đối ngoại" section."""
    return news_page(
        doc,
        section="Đối ngoại",
        time="11:30",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/han-quoc", "Hàn Quốc"), ("/tag/yoon-suk-yeol", "Yoon Suk Yeol")],
    )


def render_speech(doc: dict) -> str:
    """A speech copied as text by heldout_kit.speech_text: paragraphs wrapped at 74 columns."""
    return speech_text(doc, 74)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": lambda d: headed_journal(d, page_label="{}", align=">"),
            "word": render_word,
            "news": render_news,
            "speech": render_speech,
            "entry": entry_text,
        },
        prefix="bw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
