"""Build the hundred-and-sixty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout162/build_heldout162.py [--check]

Five short documents on Vietnam – Kyrgyzstan and Central Asia, topics the earlier sets do not use as main
topics (Kyrgyzstan from independence to the Eurasian Economic Union, the Vietnam Union of Friendship
Organizations' Asia – Pacific board's 2024 report on Central Asia, Kyrgyzstan's accession to the EAEU on
12/8/2015, a (fictitious) Ministry of Industry and Trade plan for trade promotion in Kyrgyzstan in 2026, an
encyclopedia entry on the Eurasian Economic Union). Facts are well-established; authors, journal, page
numbers, document numbers, the report's and the plan's items and all quoted words are invented. Events,
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

LSA_KYRGYZSTAN = {
    "id": "lsa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TRUNG Á VÀ KAVKAZ – Số 3 (2025)",
    "first_page": 37,
    "break_after": 6,
    "blocks": [
        ("title", "KYRGYZSTAN TRONG CÁC TIẾN TRÌNH HỘI NHẬP KHU VỰC VÀ QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Đỗ Thị Thanh Bình"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quá trình hội nhập khu vực của Kyrgyzstan từ năm 1991 và đánh giá triển vọng quan hệ với Việt Nam.",
            "vi",
        ),
        ("keywords", "Kyrgyzstan; Trung Á; EAEU; SCO; quan hệ Việt Nam – Kyrgyzstan", "vi"),
        ("heading", "1. Một nước cộng hòa miền núi ở Trung Á", 1),
        (
            "paragraph",
            "Tuyên bố độc lập ngày 31/8/1991, Kyrgyzstan được kết nạp vào Liên hợp quốc ngày 2/3/1992 cùng bảy nước cộng hòa khác thuộc Liên Xô cũ. Ngày 15/5/1992, nước này cùng Nga, Ác-mê-ni-a, Ca-dắc-xtan, Tát-gi-ki-xtan và U-dơ-bê-ki-xtan ký Hiệp ước An ninh tập thể tại Tát-ken. Kyrgyzstan cũng là nước đầu tiên trong Cộng đồng các quốc gia độc lập (SNG) trở thành thành viên Tổ chức Thương mại Thế giới (WTO), vào ngày 20/12/1998 (Hoàng Văn Lộc, 2019, tr. 45).",
        ),
        ("heading", "2. Từ Tổ chức Hợp tác Thượng Hải đến Liên minh Kinh tế Á – Âu", 1),
        (
            "paragraph",
            "Năm 2001, Bishkek là một trong sáu thành viên sáng lập Tổ chức Hợp tác Thượng Hải (SCO). Hiệp ước về việc Kyrgyzstan gia nhập Liên minh Kinh tế Á – Âu (EAEU) được ký tại Mát-xcơ-va ngày 23/12/2014 và có hiệu lực từ ngày 12/8/2015 (Trịnh Thị Mai Anh, 2021). Nhờ đó, Hiệp định Thương mại tự do giữa Việt Nam và Liên minh, ký ngày 29/5/2015 và có hiệu lực từ ngày 5/10/2016, cũng được áp dụng với thị trường Kyrgyzstan.",
        ),
        ("heading", "3. Quan hệ Việt Nam – Kyrgyzstan", 1),
        (
            "paragraph",
            "Việt Nam và Kyrgyzstan thiết lập quan hệ ngoại giao năm 1992. Hai nước thường xuyên ủng hộ nhau tại các diễn đàn đa phương, song kim ngạch thương mại song phương còn khiêm tốn. Một chuyên gia Kyrgyzstan cho rằng hai bên “cần tận dụng hết các ưu đãi mà Hiệp định với EAEU mang lại” (Lương Đức Thắng, 2024, tr. 88). Theo chúng tôi, ta nên sớm thúc đẩy việc ký kết một hiệp định về hợp tác nông nghiệp với Kyrgyzstan.",
        ),
    ],
}

LSB_VUFO = {
    "id": "lsb",
    "shape": "word",
    "head": [
        "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        "BAN CHÂU Á – THÁI BÌNH DƯƠNG",
        "Số: 48/BC-CATBD",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại nhân dân với các nước Trung Á năm 2024 và phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác đối ngoại nhân dân với các nước Trung Á năm 2024 và phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Từ ngày 9 đến ngày 13/9/2024, đoàn Liên hiệp do một Phó Chủ tịch làm trưởng đoàn đã thăm Bishkek và tỉnh Issyk-Kul (Kyrgyzstan); nhân dịp này, Liên hiệp và Hội hữu nghị Kyrgyzstan – Việt Nam ký kế hoạch hợp tác giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "2. Tháng 5/2024, Ban đón đoàn Hội Chữ thập đỏ Kyrgyzstan sang trao đổi kinh nghiệm ứng phó thiên tai tại Lào Cai và Yên Bái.",
        ),
        (
            "list_item",
            "3. Nhân dịp kỷ niệm Ngày Độc lập của nước bạn (31/8), Liên hiệp đã gửi điện mừng tới Hội hữu nghị Kyrgyzstan – Việt Nam.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ Ca-dắc-xtan tại Việt Nam đến thăm và làm việc với Liên hiệp, đề nghị phối hợp tổ chức Ngày văn hóa Ca-dắc-xtan tại Hà Nội.",
        ),
        (
            "list_item",
            "5. Chương trình học bổng cho học sinh nghèo do một doanh nghiệp U-dơ-bê-ki-xtan tài trợ chưa được triển khai vì thủ tục tiếp nhận chưa hoàn tất.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4 năm sau, đón đoàn Hội hữu nghị Kyrgyzstan – Việt Nam sang thăm Hà Nội và Hải Phòng; hai bên sẽ sơ kết việc thực hiện kế hoạch hợp tác.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Ca-dắc-xtan tổ chức Tuần văn hóa Việt Nam tại Bishkek và Almaty.",
        ),
        (
            "list_item",
            "3. Không tổ chức đoàn ra sang Tuốc-mê-ni-xtan trong năm 2025 do chưa xác định được đối tác.",
        ),
    ],
}

LSC_EAEU = {
    "id": "lsc",
    "shape": "news",
    "date": "2015-08-12",
    "stamp": "Thứ Tư, 12/08/2015 - 16:40",
    "blocks": [
        ("title", "Kyrgyzstan chính thức trở thành thành viên Liên minh Kinh tế Á – Âu"),
        (
            "paragraph",
            "Bishkek (TTXVN) – Ngày 12/8, Hiệp ước về việc Kyrgyzstan gia nhập Liên minh Kinh tế Á – Âu (EAEU) chính thức có hiệu lực, đưa nước cộng hòa Trung Á này trở thành thành viên thứ năm của liên minh.",
        ),
        ("heading", "Ký từ cuối năm ngoái", 1),
        (
            "paragraph",
            "Hiệp ước gia nhập đã được lãnh đạo các nước thành viên ký tại Mát-xcơ-va hồi tháng 12 năm ngoái và sau đó được Quốc hội Kyrgyzstan phê chuẩn. Để giúp Bishkek đáp ứng các tiêu chuẩn hải quan và kiểm dịch của liên minh, Nga đã dành cho nước này một khoản viện trợ không hoàn lại.",
        ),
        (
            "paragraph",
            "Trước đó, Ác-mê-ni-a đã gia nhập liên minh từ ngày 2/1/2015, chỉ một ngày sau khi EAEU do Nga, Bê-la-rút và Ca-dắc-xtan thành lập chính thức đi vào hoạt động.",
        ),
        ("heading", "Đối tác đầu tiên ngoài khu vực", 1),
        (
            "paragraph",
            "Cuối tháng 5 vừa qua, Việt Nam đã ký Hiệp định Thương mại tự do với EAEU tại Ca-dắc-xtan, trở thành đối tác đầu tiên ngoài khu vực ký hiệp định loại này với liên minh. Trong khi đó, nước láng giềng Tát-gi-ki-xtan đến nay vẫn chưa quyết định gia nhập.",
        ),
        (
            "paragraph",
            "Theo giới phân tích, việc gia nhập giúp hàng hóa và người lao động Kyrgyzstan lưu chuyển thuận lợi hơn trong thị trường chung, nơi Nga là điểm đến của hàng trăm nghìn lao động nước này. Tuy nhiên, nhiều tiểu thương tại các chợ đầu mối lo ngại hàng hóa nhập từ bên ngoài liên minh để tái xuất sẽ phải chịu mức thuế cao hơn trước.",
        ),
    ],
}

LSD_PLAN = {
    "id": "lsd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-BCT':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Kyrgyzstan",
        "và khu vực Trung Á năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Kyrgyzstan và khu vực Trung Á năm 2026"),
        (
            "paragraph",
            "Nhằm khai thác hiệu quả Hiệp định Thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, có hiệu lực từ ngày 5/10/2016, Bộ Công Thương ban hành Kế hoạch xúc tiến thương mại tại Kyrgyzstan và khu vực Trung Á năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Kyrgyzstan là thành viên Liên minh Kinh tế Á – Âu từ tháng 8/2015 và là thành viên WTO từ năm 1998. Năm ngoái, Bộ đã tổ chức đoàn doanh nghiệp tham dự hội chợ nông sản tại Bishkek, song hai bên vẫn chưa thành lập được Tiểu ban hợp tác thương mại.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, tổ chức đoàn giao thương do một Thứ trưởng dẫn đầu sang Bishkek và Almaty; nhân dịp này, ký Bản ghi nhớ hợp tác với Bộ Kinh tế và Thương mại Kyrgyzstan.",
        ),
        (
            "list_item",
            "2. Đón đoàn doanh nghiệp Kyrgyzstan sang dự Hội chợ Thương mại quốc tế Việt Nam tại Hà Nội vào tháng 4.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Ngoại giao đề nghị phía Kyrgyzstan hỗ trợ đưa hàng Việt Nam vào chợ đầu mối Dordoi.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội chợ riêng tại Tuốc-mê-ni-xtan và Tát-gi-ki-xtan trong năm 2026.",
        ),
        (
            "list_item",
            "5. Mời Phòng Thương mại và Công nghiệp Kyrgyzstan cử đại diện sang dự Diễn đàn doanh nghiệp Việt Nam – Trung Á tại Thành phố Hồ Chí Minh vào tháng 9.",
        ),
        (
            "paragraph",
            "Cục Xúc tiến thương mại chủ trì, phối hợp với Vụ Thị trường châu Âu – châu Mỹ triển khai Kế hoạch này.",
        ),
    ],
}

LSE_EAEU = {
    "id": "lse",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Kinh tế Á – Âu"),
        (
            "paragraph",
            "Liên minh Kinh tế Á – Âu (EAEU) là tổ chức hội nhập kinh tế khu vực, được thành lập theo Hiệp ước do Nga, Bê-la-rút và Ca-dắc-xtan ký tại Astana ngày 29/5/2014. Hiệp ước có hiệu lực từ ngày 1/1/2015.",
        ),
        (
            "paragraph",
            "Liên minh kế thừa Liên minh Hải quan của ba nước, hoạt động từ năm 2010, và Không gian kinh tế chung, hình thành từ ngày 1/1/2012. Mục tiêu của tổ chức là bảo đảm tự do lưu chuyển hàng hóa, dịch vụ, vốn và lao động, đồng thời phối hợp chính sách trong các ngành kinh tế then chốt.",
        ),
        ("heading", "Thành viên và quan sát viên", 1),
        (
            "paragraph",
            "Ác-mê-ni-a gia nhập ngày 2/1/2015, Kyrgyzstan ngày 12/8/2015. Môn-đô-va trở thành quan sát viên năm 2018; U-dơ-bê-ki-xtan và Cu-ba được trao quy chế quan sát viên ngày 11/12/2020.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Cơ quan điều hành thường trực là Ủy ban Kinh tế Á – Âu, đặt trụ sở tại Mát-xcơ-va; Tòa án của Liên minh đặt tại Minsk. Các quyết định quan trọng do Hội đồng Kinh tế Á – Âu tối cao, gồm nguyên thủ các nước thành viên, thông qua theo nguyên tắc đồng thuận.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là đối tác đầu tiên ký hiệp định thương mại tự do với EAEU, tại Burabay (Ca-dắc-xtan) ngày 29/5/2015; hiệp định có hiệu lực từ ngày 5/10/2016. Sau đó, Liên minh lần lượt ký hiệp định thương mại tự do với Xin-ga-po và Xéc-bi-a năm 2019. Việt Nam không phải là quan sát viên của Liên minh, song duy trì quan hệ hợp tác tốt với tất cả các nước thành viên.",
        ),
    ],
}

DOCS = [LSA_KYRGYZSTAN, LSB_VUFO, LSC_EAEU, LSD_PLAN, LSE_EAEU]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush right."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends, lines wrapped at 72 columns, a blank line after every line."""
    return word_text(doc, 72, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults)."""
    return news_page(
        doc,
        "Thế giới",
        "16:40",
        [("/the-gioi", "Thế giới"), ("/kinh-te", "Kinh tế")],
        [("/tag/kyrgyzstan", "Kyrgyzstan"), ("/tag/eaeu", "EAEU")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: two-column issuer/motto block, centred title, body at 76 columns, signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, XTTM."],
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
        prefix="ls",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
