"""Build the two hundred seventy-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout274/build_heldout274.py [--check]

Five short documents on Vietnam in the WTO and its new-generation free trade agreements: a journal article on
the WTO accession (2007) and the first disputes Vietnam brought, a (fictitious) provincial Department of
Industry and Trade's 2024 report on using the FTAs (Word "save as text"), a news page on the signing of the
EVFTA and EVIPA in Hà Nội on 30/6/2019, a chronology of the CPTPP, EVFTA, RCEP and UKVFTA (2018 – 2024), and
an encyclopedia entry on RCEP. Facts are well-established; authors, journal, page numbers, document numbers,
the report's items and quoted words are invented. Gold is written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    chronology_text,
    entry_text,
    headed_journal,
    news_page,
    report_word,
)

HYA_WTO = {
    "id": "hya",
    "shape": "journal",
    "header": "KINH TẾ ĐỐI NGOẠI VÀ HỘI NHẬP  •  Số 145 (tháng 3/2022)",
    "first_page": 57,
    "break_after": 5,
    "blocks": [
        ("title", "VIỆT NAM SAU 15 NĂM GIA NHẬP WTO: TỪ THỰC THI CAM KẾT ĐẾN GIẢI QUYẾT TRANH CHẤP"),
        ("author", "Đặng Thu Trang"),
        ("affiliation", "Trường Đại học Kinh tế Quốc dân"),
        (
            "abstract",
            "Bài viết điểm lại tiến trình gia nhập Tổ chức Thương mại thế giới của Việt Nam và kinh nghiệm sử dụng cơ chế giải quyết tranh chấp.",
            "vi",
        ),
        ("keywords", "WTO; gia nhập; giải quyết tranh chấp; chống bán phá giá; tự vệ", "vi"),
        ("heading", "1. Gần 12 năm đàm phán", 1),
        (
            "paragraph",
            "Tháng 1/1995, Việt Nam nộp đơn xin gia nhập Tổ chức Thương mại thế giới (WTO) và bắt đầu quá trình đàm phán kéo dài gần 12 năm (Ngô Quang Minh, 2008, tr. 41). Ngày 7/11/2006, tại Giơ-ne-vơ, Đại hội đồng WTO chính thức thông qua việc kết nạp Việt Nam; ngày 28/11/2006, Quốc hội phê chuẩn Nghị định thư gia nhập. Ngày 11/1/2007, Việt Nam trở thành thành viên thứ 150 của WTO.",
        ),
        ("heading", "2. Những vụ kiện đầu tiên", 1),
        (
            "paragraph",
            "Tháng 2/2010, Việt Nam lần đầu tiên khởi kiện tại WTO với tư cách nguyên đơn, yêu cầu tham vấn với Hoa Kỳ về các biện pháp chống bán phá giá đối với tôm nhập khẩu (vụ DS404). Năm 2015, ta tiếp tục kiện In-đô-nê-xi-a về biện pháp tự vệ đối với một số sản phẩm sắt thép. Theo một chuyên gia, hai vụ kiện cho thấy Việt Nam đã “biết dùng luật chơi chung để bảo vệ mình” (Phạm Hồng Sơn, 2019, tr. 102).",
        ),
        ("heading", "3. Nhận xét", 1),
        (
            "paragraph",
            "Việt Nam chưa từng bị kiện với tư cách bị đơn trong một vụ tranh chấp chính thức tại WTO. Cần tiếp tục đầu tư nguồn lực cho đội ngũ luật sư thương mại quốc tế (Bùi Thị Lan, 2021).",
        ),
    ],
}

HYB_SCT = {
    "id": "hyb",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
        "SỞ CÔNG THƯƠNG",
        "Số: 1873/BC-SCT",
        "Bình Định, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình thực thi các hiệp định thương mại tự do năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình thực thi các hiệp định thương mại tự do năm 2024"),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tổ chức 4 hội nghị phổ biến các Hiệp định CPTPP, EVFTA, RCEP và UKVFTA cho hơn 500 lượt doanh nghiệp.",
        ),
        (
            "list_item",
            "2. Tháng 9/2024, đón đoàn Phòng Thương mại Anh tại Việt Nam sang tìm hiểu cơ hội đầu tư vào ngành chế biến gỗ.",
        ),
        (
            "list_item",
            "3. Phối hợp với Phái đoàn Liên minh châu Âu tại Việt Nam tập huấn về quy tắc xuất xứ trong EVFTA.",
        ),
        (
            "list_item",
            "4. Kim ngạch xuất khẩu của tỉnh sang thị trường EU đạt 412 triệu USD, tăng 11% so với năm 2023.",
        ),
        (
            "list_item",
            "5. Tháng 6/2024, tổ chức cho 12 doanh nghiệp tham gia hội chợ đồ gỗ tại Xít-ni (Ô-xtrây-li-a), thị trường thành viên cả CPTPP và RCEP.",
        ),
        (
            "list_item",
            "6. Đoàn xúc tiến thương mại sang Ca-na-đa dự kiến tháng 10 chưa tổ chức được do doanh nghiệp đăng ký ít.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Cử đoàn doanh nghiệp sang Mê-hi-cô và Pê-ru khảo sát thị trường các nước thành viên CPTPP.",
        ),
        (
            "list_item",
            "2. Đề nghị Cơ quan Phát triển Quốc tế Hàn Quốc (KOICA) hỗ trợ đào tạo cán bộ về phòng vệ thương mại.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tình hình thực thi các hiệp định thương mại tự do năm 2024 của Sở Công Thương.",
        ),
    ],
}

HYC_NEWS = {
    "id": "hyc",
    "shape": "news",
    "date": "2019-06-30",
    "stamp": "Chủ Nhật, 30/06/2019 - 18:40",
    "blocks": [
        ("title", "Việt Nam và EU chính thức ký Hiệp định Thương mại tự do và Hiệp định Bảo hộ đầu tư"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 30/6, tại Hà Nội, Việt Nam và Liên minh châu Âu (EU) đã ký Hiệp định Thương mại tự do (EVFTA) và Hiệp định Bảo hộ đầu tư (EVIPA), dưới sự chứng kiến của Thủ tướng Nguyễn Xuân Phúc.",
        ),
        ("heading", "Kết quả của gần mười năm nỗ lực", 1),
        (
            "paragraph",
            "Ký hai Hiệp định là Bộ trưởng Bộ Công Thương Trần Tuấn Anh, Cao ủy Thương mại EU Cecilia Malmström và Bộ trưởng Môi trường kinh doanh Ru-ma-ni Ştefan-Radu Oprea, đại diện nước giữ chức Chủ tịch luân phiên Hội đồng EU. Trước đó, ngày 25/6, Hội đồng EU đã thông qua quyết định cho phép ký kết hai văn kiện.",
        ),
        (
            "paragraph",
            "Hai bên chính thức khởi động đàm phán EVFTA vào tháng 6/2012 và kết thúc đàm phán vào tháng 12/2015.",
        ),
        ("heading", "Các bước tiếp theo", 1),
        (
            "paragraph",
            "EVFTA sẽ có hiệu lực sau khi được Nghị viện châu Âu và Quốc hội Việt Nam phê chuẩn. Riêng EVIPA còn phải được nghị viện của từng nước thành viên EU phê chuẩn, nên chưa thể có hiệu lực trong thời gian ngắn.",
        ),
    ],
}

HYD_CHRONO = {
    "id": "hyd",
    "shape": "chronology",
    "blocks": [
        ("title", "NIÊN BIỂU VIỆT NAM VÀ CÁC HIỆP ĐỊNH THƯƠNG MẠI TỰ DO THẾ HỆ MỚI (2018 – 2024)"),
        (
            "paragraph",
            "Các mốc chính về ký kết, phê chuẩn và hiệu lực của các Hiệp định CPTPP, EVFTA, RCEP và UKVFTA.",
        ),
        ("heading", "2018", 1),
        ("list_item", "- 08/3/2018: Việt Nam cùng 10 nước ký Hiệp định CPTPP tại Xan-ti-a-gô (Chi-lê)."),
        ("list_item", "- 12/11/2018: Quốc hội thông qua Nghị quyết phê chuẩn Hiệp định CPTPP."),
        ("heading", "2019", 1),
        ("list_item", "- 14/01/2019: CPTPP có hiệu lực đối với Việt Nam."),
        ("list_item", "- 30/6/2019: Ký EVFTA và EVIPA tại Hà Nội."),
        ("heading", "2020", 1),
        ("list_item", "- 12/02/2020: Nghị viện châu Âu bỏ phiếu phê chuẩn EVFTA và EVIPA."),
        ("list_item", "- 08/6/2020: Quốc hội Việt Nam phê chuẩn EVFTA và EVIPA."),
        ("list_item", "- 01/8/2020: EVFTA chính thức có hiệu lực."),
        (
            "list_item",
            "- 15/11/2020: 15 nước ký Hiệp định RCEP theo hình thức trực tuyến, nhân Hội nghị Cấp cao ASEAN lần thứ 37 do Việt Nam chủ trì.",
        ),
        ("list_item", "- 29/12/2020: Việt Nam và Vương quốc Anh ký Hiệp định UKVFTA."),
        ("heading", "2021", 1),
        ("list_item", "- 01/5/2021: UKVFTA chính thức có hiệu lực."),
        ("heading", "2022", 1),
        ("list_item", "- 01/01/2022: RCEP có hiệu lực đối với Việt Nam và 9 nước khác."),
        ("heading", "2023", 1),
        (
            "list_item",
            "- 16/7/2023: Các nước thành viên CPTPP ký Nghị định thư về việc Vương quốc Anh gia nhập, tại Ốc-len (Niu Di-lân).",
        ),
        ("heading", "2024", 1),
        ("list_item", "- 15/12/2024: CPTPP có hiệu lực đối với Vương quốc Anh."),
    ],
}

HYE_ENTRY = {
    "id": "hye",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Đối tác Kinh tế Toàn diện Khu vực"),
        (
            "paragraph",
            "Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) là hiệp định thương mại tự do giữa 10 nước ASEAN và năm đối tác là Trung Quốc, Nhật Bản, Hàn Quốc, Ô-xtrây-li-a và Niu Di-lân, chiếm khoảng 30% GDP và gần một phần ba dân số thế giới.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Đàm phán RCEP được khởi động tháng 11/2012 tại Phnôm Pênh (Cam-pu-chia), ban đầu có cả Ấn Độ. Tháng 11/2019, Ấn Độ rút khỏi đàm phán. Hiệp định được ký ngày 15/11/2020 và có hiệu lực từ ngày 1/1/2022 đối với mười nước đã phê chuẩn; Hàn Quốc, Ma-lai-xi-a, In-đô-nê-xi-a và Phi-líp-pin lần lượt tham gia sau đó.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Hồng Kông (Trung Quốc) và Xri Lan-ca đã nộp đơn xin gia nhập Hiệp định. Ấn Độ chưa trở lại tiến trình RCEP, dù các nước thành viên vẫn để ngỏ khả năng này.",
        ),
        ("heading", "Việt Nam và RCEP", 1),
        (
            "paragraph",
            "Việt Nam phê duyệt Hiệp định năm 2021, nằm trong nhóm mười nước đầu tiên thực thi RCEP, và coi đây là cơ hội để tham gia sâu hơn vào chuỗi cung ứng khu vực.",
        ),
    ],
}

DOCS = [HYA_WTO, HYB_SCT, HYC_NEWS, HYD_CHRONO, HYE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, bare page numbers flush right."""
    return headed_journal(doc, title=52, body=76, label=76, page_label="{}")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 68 columns, signed "GIÁM ĐỐC"."""
    return report_word(doc, ["GIÁM ĐỐC", "(Đã ký)"], width=68)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page) in its "Kinh tế" section."""
    return news_page(
        doc,
        section="Kinh tế",
        time="18:40",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/evfta", "EVFTA"), ("/tag/eu", "Liên minh châu Âu")],
    )


def render_chronology(doc: dict) -> str:
    """A chronology page: years as headings, one entry a line, long entries wrapped at 80 with a hanging
    indent."""
    return chronology_text(doc, width=80, indent="  ")


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "chronology": render_chronology,
            "entry": entry_text,
        },
        prefix="hy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
