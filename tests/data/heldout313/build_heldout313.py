"""Build the three hundred thirteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout313/build_heldout313.py [--check]

Five short documents on Vietnam and Australia: a journal article on fifty years of relations (1973, Keating's
visit of 1994, the Mỹ Thuận bridge, the comprehensive partnership of 2009 and the strategic partnership of
2018), a (fictitious) year-end report 2024 of the Sơn La external relations department on Australian aid
(Aus4Equality|GREAT), a news page on the comprehensive strategic partnership of 7/3/2024 in Canberra, a speech
at a (fictitious) friendship association's ceremony for the fiftieth anniversary of relations (February 2023),
and an encyclopedia entry on the ASEAN – Australia special summits (Sydney 2018, Melbourne 2024). Facts are
well-established; authors, journal, page numbers, document numbers, the report's items, the speaker, the
association's activities and quoted words are invented. Gold is written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

RWA_JOURNAL = {
    "id": "rwa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU CHÂU ĐẠI DƯƠNG – Số 1 (2024)",
    "first_page": 63,
    "break_after": 3,
    "blocks": [
        (
            "title",
            "NĂM MƯƠI NĂM QUAN HỆ VIỆT NAM – Ô-XTRÂY-LI-A: TỪ ĐỐI TÁC TOÀN DIỆN ĐẾN ĐỐI TÁC CHIẾN LƯỢC",
        ),
        ("author", "Bùi Quang Thành"),
        ("affiliation", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết khái quát quá trình phát triển quan hệ Việt Nam – Ô-xtrây-li-a từ năm 1973 đến năm 2018 và nêu một số kiến nghị.",
            "vi",
        ),
        ("keywords", "Việt Nam; Ô-xtrây-li-a; cầu Mỹ Thuận; Đối tác chiến lược; gìn giữ hòa bình", "vi"),
        ("heading", "1. Thiết lập và mở rộng quan hệ", 1),
        (
            "paragraph",
            "Ngày 26/2/1973, Chính phủ Công đảng của Thủ tướng Gough Whitlam thiết lập quan hệ ngoại giao với Việt Nam Dân chủ Cộng hòa, chỉ một tháng sau khi Hiệp định Pa-ri được ký kết (Hoàng Anh Tuấn, 2013, tr. 18). Tháng 4/1994, Paul Keating trở thành Thủ tướng Ô-xtrây-li-a đầu tiên thăm chính thức Việt Nam. Cầu Mỹ Thuận, công trình viện trợ không hoàn lại lớn nhất của Ô-xtrây-li-a cho nước ta khi đó, được khánh thành tháng 5/2000.",
        ),
        ("heading", "2. Từ Đối tác toàn diện đến Đối tác chiến lược", 1),
        (
            "paragraph",
            "Năm 2009, hai nước xác lập quan hệ Đối tác toàn diện. Tháng 3/2018, trong chuyến thăm chính thức Ô-xtrây-li-a của Thủ tướng Nguyễn Xuân Phúc, quan hệ được nâng lên Đối tác chiến lược. Theo một chuyên gia, hai nền kinh tế “bổ sung cho nhau nhiều hơn là cạnh tranh” (Lê Văn Thịnh, 2019, tr. 57). Tháng 10/2018, máy bay vận tải C-17 của Không quân Hoàng gia Ô-xtrây-li-a chở Bệnh viện dã chiến cấp 2 số 1 của Việt Nam sang Nam Xu-đăng làm nhiệm vụ gìn giữ hòa bình.",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Hai nước chưa có hiệp định thương mại tự do song phương, nhưng cùng là thành viên CPTPP và RCEP (Ngô Thị Hải Yến, 2022). Việt Nam nên đề nghị Ô-xtrây-li-a mở rộng hỗ trợ đào tạo cho lực lượng gìn giữ hòa bình.",
        ),
    ],
}

RWB_WORD = {
    "id": "rwb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN",
        "TỈNH SƠN LA",
        "SỞ NGOẠI VỤ",
        "Số: 196/BC-SNV",
        "Sơn La, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình hợp tác với Ô-xtrây-li-a năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình hợp tác với Ô-xtrây-li-a năm 2024"),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Chương trình Aus4Equality|GREAT do Chính phủ Ô-xtrây-li-a tài trợ tiếp tục hỗ trợ phụ nữ dân tộc thiểu số phát triển du lịch cộng đồng và sản xuất nông nghiệp tại 5 huyện.",
        ),
        (
            "list_item",
            "2. Tháng 4/2024, Đại sứ Ô-xtrây-li-a tại Việt Nam thăm và làm việc tại tỉnh; hai bên trao đổi về kết quả Chương trình và khả năng hợp tác giai đoạn tới.",
        ),
        (
            "list_item",
            "3. Trường Đại học Tây Bắc ký biên bản ghi nhớ hợp tác đào tạo về nông nghiệp bền vững với một trường đại học của bang Nam Ô-xtrây-li-a.",
        ),
        (
            "list_item",
            "4. 5 cán bộ, giảng viên của tỉnh nhận học bổng Chính phủ Ô-xtrây-li-a (Australia Awards) bậc thạc sĩ.",
        ),
        (
            "list_item",
            "5. Dự án cấp nước sạch cho 3 xã vùng cao đề xuất tài trợ từ Chương trình tài trợ trực tiếp (DAP) của Đại sứ quán chưa được phê duyệt.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức hội nghị tổng kết Chương trình Aus4Equality|GREAT trên địa bàn tỉnh.",
        ),
        (
            "list_item",
            "2. Trong quý III, cử đoàn cán bộ sang bang Vích-to-ri-a học tập mô hình du lịch nông nghiệp.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tình hình hợp tác với Ô-xtrây-li-a năm 2024 của Sở Ngoại vụ tỉnh Sơn La.",
        ),
    ],
}

RWC_NEWS = {
    "id": "rwc",
    "shape": "news",
    "date": "2024-03-07",
    "stamp": "Thứ Năm, 07/03/2024 - 15:30",
    "blocks": [
        ("title", "Việt Nam và Australia nâng cấp quan hệ lên Đối tác chiến lược toàn diện"),
        (
            "paragraph",
            "Can-bê-ra (TTXVN) – Ngày 7/3, tại Tòa nhà Quốc hội Australia, Thủ tướng Anthony Albanese chủ trì lễ đón chính thức và hội đàm với Thủ tướng Phạm Minh Chính, người đang thăm chính thức Australia.",
        ),
        ("heading", "Khuôn khổ quan hệ mới", 1),
        (
            "paragraph",
            "Sau hội đàm, hai Thủ tướng ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam – Australia lên Đối tác chiến lược toàn diện, hơn nửa thế kỷ sau khi hai nước thiết lập quan hệ ngoại giao. Hai bên nhất trí phấn đấu trở thành đối tác thương mại hàng đầu của nhau và tăng gấp đôi đầu tư hai chiều.",
        ),
        ("heading", "Hợp tác phát triển", 1),
        (
            "paragraph",
            "Phía Australia cam kết tiếp tục hỗ trợ Việt Nam phát triển nguồn nhân lực và ứng phó với biến đổi khí hậu. Trước đó, từ ngày 4 đến 6/3, Thủ tướng Phạm Minh Chính dự Hội nghị cấp cao đặc biệt kỷ niệm 50 năm quan hệ đối tác ASEAN – Australia tại Men-bơn. Hai bên nhất trí duy trì tiếp xúc cấp cao thường xuyên.",
        ),
    ],
}

RWD_SPEECH = {
    "id": "rwd",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA CHỦ TỊCH HỘI HỮU NGHỊ VIỆT NAM – Ô-XTRÂY-LI-A THÀNH PHỐ HỒ CHÍ MINH",
    "place": "Thành phố Hồ Chí Minh, ngày 24/2/2023",
    "blocks": [
        ("title", "tại Lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Ô-xtrây-li-a"),
        ("paragraph", "Kính thưa Ngài Tổng Lãnh sự Ô-xtrây-li-a,"),
        ("paragraph", "Thưa các vị khách quý,"),
        (
            "paragraph",
            "Nửa thế kỷ qua, quan hệ giữa hai nước đã vượt qua những trang sử khó khăn để trở thành tình bạn tin cậy. Tháng 8/2019, Thủ tướng Scott Morrison thăm chính thức Việt Nam. Hàng chục nghìn sinh viên Việt Nam đang theo học tại Ô-xtrây-li-a, và cộng đồng người Việt ở đó là cầu nối quan trọng giữa hai dân tộc.",
        ),
        (
            "paragraph",
            "Năm qua, Hội đã ký thỏa thuận hợp tác với Hội Hữu nghị Ô-xtrây-li-a – Việt Nam bang Niu Xaoth Uên và đón 3 đoàn thanh niên Ô-xtrây-li-a sang giao lưu, tình nguyện tại các huyện ngoại thành.",
        ),
        ("paragraph", "Thưa Quý vị,"),
        (
            "paragraph",
            "Năm 2023, Hội sẽ phối hợp với Tổng Lãnh sự quán Ô-xtrây-li-a tổ chức chuỗi hoạt động giao lưu văn hóa và thể thao. Chúng tôi cũng kiến nghị hai nước sớm nâng quan hệ lên tầm cao mới. Xin trân trọng cảm ơn.",
        ),
    ],
}

RWE_ENTRY = {
    "id": "rwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội nghị cấp cao đặc biệt ASEAN – Australia"),
        (
            "paragraph",
            "Hội nghị cấp cao đặc biệt ASEAN – Australia là cuộc gặp của lãnh đạo các nước ASEAN và Australia do Australia đăng cai, ngoài các hội nghị cấp cao thường niên. Australia là đối tác đối thoại đầu tiên của ASEAN, từ năm 1974.",
        ),
        ("heading", "Hội nghị Xít-ni 2018", 1),
        (
            "paragraph",
            "Hội nghị lần thứ nhất diễn ra tại Xít-ni ngày 17 và 18/3/2018, do Thủ tướng Malcolm Turnbull chủ trì, và ra Tuyên bố Xít-ni. Thủ tướng Nguyễn Xuân Phúc dẫn đầu đoàn Việt Nam.",
        ),
        ("heading", "Hội nghị Men-bơn 2024", 1),
        (
            "paragraph",
            "Hội nghị lần thứ hai được tổ chức tại Men-bơn từ ngày 4 đến 6/3/2024, nhân kỷ niệm 50 năm quan hệ đối tác ASEAN – Australia, và thông qua Tuyên bố Men-bơn. Trước đó, tháng 10/2021, hai bên đã nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        ("heading", "Nội dung hợp tác", 1),
        (
            "paragraph",
            "Các nhà lãnh đạo nhất trí tăng cường hợp tác về an ninh biển, chuyển đổi năng lượng sạch và kinh tế số. Tại Hội nghị Men-bơn, Australia công bố quỹ tài trợ đầu tư vào Đông Nam Á trị giá 2 tỷ AUD.",
        ),
    ],
}

DOCS = [RWA_JOURNAL, RWB_WORD, RWC_NEWS, RWD_SPEECH, RWE_ENTRY]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="15:10",
        menu=[("/chinh-tri", "Chính trị"), ("/the-gioi", "Thế giới")],
        tags=[
            ("/tag/australia", "Australia"),
            ("/tag/doi-tac-chien-luoc-toan-dien", "Đối tác chiến lược toàn diện"),
        ],
    )


def render_speech(doc: dict) -> str:
    """A speech by heldout_kit.speech_text: greeting lines one a line, paragraphs wrapped at 72 columns."""
    return speech_text(doc, width=72)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "speech": render_speech,
            "entry": entry_text,
        },
        prefix="rw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
