"""Build the ninety-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout96/build_heldout96.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on
a topic those sets do not use as a main topic: Vietnam and the International Labour Organization (ILO).
A journal article on Vietnam and the ILO from 1980 to the fundamental conventions, the Vietnam General
Confederation of Labour's external relations board on 2024, a news page on the ILO Director-General's
first official visit to Vietnam (30/6/2023), a (fictitious) Ministry of Home Affairs plan for cooperation
with the ILO in 2026, an encyclopedia entry on the ILO. Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and the plan's items
and all quoted words are invented. Events, citations and questions gold are written by hand;
``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

URA_ILO = {
    "id": "ura",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU LAO ĐỘNG VÀ HỘI NHẬP – Số 3 (2025)",
    "first_page": 45,
    "break_after": 10,
    "blocks": [
        ("title", "VIỆT NAM VÀ TỔ CHỨC LAO ĐỘNG QUỐC TẾ: BA THẬP KỶ HỢP TÁC VÌ VIỆC LÀM BỀN VỮNG"),
        ("author", "Đinh Thị Thu Hường"),
        ("affiliation", "Khoa Quan hệ lao động và Công đoàn, Trường Đại học Lao động – Xã hội"),
        (
            "abstract",
            "Bài viết điểm lại quá trình Việt Nam tham gia Tổ chức Lao động Quốc tế và đề xuất một số định hướng hợp tác trong giai đoạn mới.",
            "vi",
        ),
        ("keywords", "ILO; công ước cơ bản; Bộ luật Lao động; việc làm bền vững", "vi"),
        ("heading", "1. Từ gia nhập đến tái gia nhập", 1),
        (
            "paragraph",
            "Tổ chức Lao động Quốc tế (ILO) được thành lập năm 1919 theo Hòa ước Véc-xây. Việt Nam gia nhập ILO năm 1980, nhưng đến năm 1985 thì rút khỏi tổ chức này trong bối cảnh đất nước gặp nhiều khó khăn về kinh tế – xã hội (Phan Văn Toàn, 2016, tr. 38). Năm 1992, khi công cuộc Đổi mới đã đạt được những kết quả bước đầu, nước ta trở lại làm thành viên ILO.",
        ),
        ("heading", "2. Hỗ trợ kỹ thuật và các chương trình hợp tác", 1),
        (
            "paragraph",
            "Ngay từ những năm đầu, ILO đã hỗ trợ Việt Nam xây dựng Bộ luật Lao động đầu tiên năm 1994 và tiếp tục đồng hành trong các lần sửa đổi năm 2012 và 2019. Ngày 17/2/2003, Văn phòng ILO tại Hà Nội chính thức khai trương, đánh dấu bước phát triển mới trong quan hệ giữa hai bên. Từ năm 2009, ILO phối hợp với Tổ chức Tài chính Quốc tế (IFC) triển khai Chương trình Better Work tại các nhà máy may mặc ở Thành phố Hồ Chí Minh, Đồng Nai và Bình Dương; tháng 2/2014, Bộ Lao động – Thương binh và Xã hội cùng ILO, IFC và các đối tác ký Biên bản ghi nhớ mở rộng chương trình ra Hà Nội và các tỉnh phía Bắc (Hoàng Minh Tuấn, 2020).",
        ),
        ("heading", "3. Tiêu chuẩn lao động trong bối cảnh hội nhập", 1),
        (
            "paragraph",
            "Trong giai đoạn 1997 – 2007, Việt Nam đã phê chuẩn 5 trong số 8 công ước cơ bản của ILO. Các hiệp định thương mại tự do thế hệ mới như CPTPP và EVFTA đặt ra yêu cầu cao hơn về tiêu chuẩn lao động. Ngày 14/6/2019, Quốc hội thông qua Nghị quyết phê chuẩn Công ước số 98 về quyền tổ chức và thương lượng tập thể; một năm sau, Công ước số 105 về xóa bỏ lao động cưỡng bức cũng được phê chuẩn. Riêng Công ước số 87 về tự do hiệp hội và bảo vệ quyền được tổ chức đến nay vẫn chưa được phê chuẩn. Như một nghiên cứu đã chỉ ra, thách thức lớn nhất là “đưa các cam kết đã phê chuẩn vào đời sống của người lao động” (Lương Thị Mai, 2023, tr. 91). Thời gian tới, nước ta cần tiếp tục phối hợp chặt chẽ với ILO để nội luật hóa đầy đủ các công ước đã tham gia.",
        ),
    ],
}

URB_VGCL = {
    "id": "urb",
    "shape": "word",
    "head": [
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "BAN ĐỐI NGOẠI",
        "Số: 87/BC-BĐN",
        "Hà Nội, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại công đoàn năm 2024 và phương hướng nhiệm vụ năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác đối ngoại công đoàn năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Trong năm, Tổng Liên đoàn đã đón 23 đoàn quốc tế và cử 11 đoàn đi nước ngoài, tập trung vào các đối tác truyền thống và các nước, vùng lãnh thổ có đông lao động Việt Nam đang làm việc.",
        ),
        (
            "list_item",
            "2. Tháng 6/2024, cán bộ của Tổng Liên đoàn tham gia đoàn ba bên Việt Nam dự Hội nghị Lao động quốc tế lần thứ 112 tại Giơ-ne-vơ (Thụy Sĩ) và phát biểu tại phiên thảo luận về bảo trợ xã hội.",
        ),
        (
            "list_item",
            "3. Với sự hỗ trợ của Văn phòng ILO tại Việt Nam, Ban đã phối hợp mở 6 lớp tập huấn về đối thoại và thương lượng tập thể cho cán bộ công đoàn cơ sở tại Bình Dương, Đồng Nai và Bắc Ninh.",
        ),
        (
            "list_item",
            "4. Nhân chuyến thăm và làm việc của Đoàn đại biểu Trung ương Liên hiệp Công đoàn Lào tháng 9/2024, hai bên đã ký Biên bản thỏa thuận hợp tác giai đoạn 2024 – 2029.",
        ),
        (
            "list_item",
            "5. Tháng trước, Ban tiếp đoàn Liên đoàn Công đoàn Hàn Quốc (FKTU), trao đổi về việc bảo vệ quyền lợi của người lao động Việt Nam sang làm việc theo Chương trình cấp phép việc làm (EPS).",
        ),
        (
            "list_item",
            "6. Việc ký thỏa thuận hợp tác với Hội đồng Công đoàn Ô-xtrây-li-a (ACTU) chưa thực hiện được do hai bên chưa thống nhất nội dung.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Cử cán bộ tham gia đoàn ba bên Việt Nam dự Hội nghị Lao động quốc tế lần thứ 113 vào tháng 6/2025.",
        ),
        (
            "list_item",
            "2. Đón đoàn Tổng Công hội Trung Hoa sang thăm nhân dịp kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc (18/1/1950 – 18/1/2025).",
        ),
        (
            "list_item",
            "3. Phối hợp với Văn phòng ILO tại Việt Nam triển khai giai đoạn hai dự án thúc đẩy quan hệ lao động hài hòa tại doanh nghiệp.",
        ),
    ],
}

URC_HOUNGBO = {
    "id": "urc",
    "shape": "news",
    "date": "2023-06-30",
    "stamp": "Thứ Sáu, 30/06/2023 - 17:20",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính tiếp Tổng Giám đốc Tổ chức Lao động Quốc tế"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 30/6, Thủ tướng Phạm Minh Chính đã tiếp ông Gilbert F. Houngbo, Tổng Giám đốc Tổ chức Lao động Quốc tế (ILO), đang có chuyến thăm chính thức Việt Nam từ ngày 29 đến 30/6.",
        ),
        ("heading", "Chuyến thăm đầu tiên của người đứng đầu ILO", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên một Tổng Giám đốc ILO sang thăm Việt Nam kể từ khi nước ta trở lại làm thành viên tổ chức này năm 1992. Nguyên là Thủ tướng Tô-gô, ông Houngbo nhậm chức Tổng Giám đốc thứ 11 của ILO từ ngày 1/10/2022. Chuyến thăm diễn ra đúng dịp tròn 20 năm Văn phòng ILO tại Việt Nam đi vào hoạt động.",
        ),
        (
            "paragraph",
            "Thủ tướng cảm ơn ILO đã hỗ trợ Việt Nam xây dựng và nhiều lần sửa đổi Bộ luật Lao động, đồng thời đánh giá cao hiệu quả của các dự án về an toàn, vệ sinh lao động, bảo hiểm xã hội và giảm lao động trẻ em. Thủ tướng đề nghị ILO tiếp tục giúp Việt Nam hoàn thiện thể chế thị trường lao động và mở rộng hệ thống an sinh xã hội.",
        ),
        ("heading", "Nhiều hoạt động trong hai ngày", 1),
        (
            "paragraph",
            "Ông Houngbo cho biết Liên hợp quốc nói chung và ILO nói riêng coi Việt Nam là một hình mẫu về nỗ lực phát triển để các nước khác học hỏi. Trong thời gian ở Hà Nội, ông đã được Chủ tịch Quốc hội Vương Đình Huệ tiếp, làm việc với Bộ trưởng Bộ Lao động – Thương binh và Xã hội Đào Ngọc Dung và gặp đại diện Tổng Liên đoàn Lao động Việt Nam, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI).",
        ),
        (
            "paragraph",
            "Chương trình quốc gia về việc làm bền vững giai đoạn 2022 – 2026 được Việt Nam và ILO ký kết hồi tháng 3 vừa qua. Theo chương trình, Tổng Giám đốc ILO cũng đến thăm một doanh nghiệp may ở tỉnh Hưng Yên tham gia Chương trình Better Work.",
        ),
    ],
}

URD_PLAN = {
    "id": "urd",
    "shape": "plan",
    "head": [
        f"{'BỘ NỘI VỤ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 21/KH-BNV':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Tổ chức Lao động Quốc tế",
        "trong lĩnh vực lao động, việc làm năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Tổ chức Lao động Quốc tế trong lĩnh vực lao động, việc làm năm 2026",
        ),
        (
            "paragraph",
            "Nhằm triển khai Chương trình quốc gia về việc làm bền vững giai đoạn 2022 – 2026 mà Việt Nam và ILO ký tháng 3/2023, đồng thời chuẩn bị cho giai đoạn tiếp theo, Bộ Nội vụ ban hành Kế hoạch hợp tác với ILO năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "paragraph",
            "Từ ngày 1/3/2025, Bộ Nội vụ tiếp nhận chức năng quản lý nhà nước về lao động, việc làm từ Bộ Lao động – Thương binh và Xã hội. Năm ngoái, đoàn ba bên Việt Nam đã tham dự Hội nghị Lao động quốc tế lần thứ 113 tại Giơ-ne-vơ; ILO tiếp tục hỗ trợ kỹ thuật cho việc xây dựng Luật Việc làm (sửa đổi) và các văn bản hướng dẫn. Tuy nhiên, dự án về quản trị di cư lao động do Văn phòng ILO khu vực đề xuất vẫn chưa được phê duyệt do vướng thủ tục tiếp nhận viện trợ.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 6, cử đoàn do lãnh đạo Bộ dẫn đầu tham dự Hội nghị Lao động quốc tế lần thứ 114 tại Giơ-ne-vơ (Thụy Sĩ).",
        ),
        (
            "list_item",
            "2. Chủ trì, phối hợp với Tổng Liên đoàn Lao động Việt Nam, VCCI và Văn phòng ILO tại Việt Nam tổng kết Chương trình việc làm bền vững giai đoạn 2022 – 2026, xây dựng chương trình giai đoạn 2027 – 2031, dự kiến ký kết vào tháng 11.",
        ),
        (
            "list_item",
            "3. Đề nghị ILO hỗ trợ chuyên gia và kinh phí xây dựng hệ thống thông tin thị trường lao động kết nối với các địa phương.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Ngoại giao làm việc với phía Hàn Quốc về tiếp nhận lao động theo Chương trình EPS và với phía Nhật Bản về chế độ đào tạo, tuyển dụng lao động nước ngoài mới thay cho chương trình thực tập sinh kỹ năng.",
        ),
        (
            "list_item",
            "5. Không đăng ký đăng cai Hội nghị khu vực châu Á – Thái Bình Dương tiếp theo của ILO; tập trung nguồn lực cho các nhiệm vụ nêu trên.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch này, báo cáo Bộ trưởng trước ngày 15/12/2026.",
        ),
    ],
}

URE_ILO = {
    "id": "ure",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Lao động Quốc tế"),
        (
            "paragraph",
            "Tổ chức Lao động Quốc tế (ILO) là cơ quan chuyên môn của Liên hợp quốc về lao động và việc làm, hoạt động theo cơ chế ba bên với sự tham gia của đại diện chính phủ, người sử dụng lao động và người lao động. Trụ sở của tổ chức đặt tại Giơ-ne-vơ (Thụy Sĩ); hiện ILO có 187 quốc gia thành viên.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "ILO ra đời năm 1919 theo Phần XIII của Hòa ước Véc-xây. Hội nghị Lao động quốc tế đầu tiên do Hoa Kỳ đăng cai tại Oa-sinh-tơn cuối năm 1919 đã thông qua sáu công ước; người Pháp Albert Thomas là Tổng Giám đốc đầu tiên. Trong Chiến tranh thế giới thứ hai, Văn phòng Lao động quốc tế tạm chuyển sang Môn-trê-an (Ca-na-đa). Năm 1946, ILO trở thành cơ quan chuyên môn đầu tiên của Liên hợp quốc; năm 1969, tổ chức được trao Giải Nobel Hòa bình. Từ ngày 1/10/2022, ông Gilbert F. Houngbo (Tô-gô) giữ chức Tổng Giám đốc, là người châu Phi đầu tiên đứng đầu ILO.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Hoa Kỳ đến năm 1934 mới gia nhập ILO. Năm 1977, nước này rút khỏi tổ chức để phản đối điều mà Oa-sinh-tơn cho là sự chính trị hóa các hoạt động của ILO, rồi trở lại năm 1980.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam gia nhập ILO năm 1980, rút khỏi năm 1985 và trở lại năm 1992. Văn phòng ILO tại Hà Nội hoạt động từ năm 2003.",
        ),
    ],
}

DOCS = [URA_ILO, URB_VGCL, URC_HOUNGBO, URD_PLAN, URE_ILO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 52 columns, labels and body at 76)."""
    return headed_journal(doc, 52, 76, 76)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 70 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 70, ["TRƯỞNG BAN", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Chính trị",
        "17:20",
        [("/chinh-tri", "Chính trị"), ("/chinh-tri/doi-ngoai", "Đối ngoại")],
        [("/tag/ilo", "ILO"), ("/tag/pham-minh-chinh", "Phạm Minh Chính")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Tổng Liên đoàn Lao động Việt Nam;",
            "- Văn phòng ILO tại Việt Nam;",
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
        prefix="ur",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
