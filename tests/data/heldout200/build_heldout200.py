"""Build the two-hundredth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout200/build_heldout200.py [--check]

Five short documents on Vietnam and China's economic connectivity, on topics no earlier set has as its main
one: linking the "Two Corridors, One Belt" framework with the Belt and Road Initiative, the Vietnamese
Consulate General in Nanning's report on 2024, Xi Jinping's state visit to Hà Nội and the "community with a
shared future" (12/12/2023), a (fictitious) Ministry of Industry and Trade plan for border trade and official
exports to China in 2026, an encyclopedia entry on the ASEAN – China Free Trade Area. Nothing in src/ was
changed for them. Facts are well-established; authors, journal, page numbers, document numbers, the
consulate report's own items and all quoted words are invented, the ministry plan (number, date, tasks) is
fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
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

YYA_CORRIDORS = {
    "id": "yya",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ BIÊN GIỚI VÀ HỘI NHẬP – Số 4 (2024)",
    "first_page": 88,
    "break_after": 11,
    "blocks": [
        (
            "title",
            "KẾT NỐI “HAI HÀNH LANG, MỘT VÀNH ĐAI” VỚI SÁNG KIẾN “VÀNH ĐAI VÀ CON ĐƯỜNG”: KẾT QUẢ VÀ VẤN ĐỀ",
        ),
        ("author", "Lương Thị Minh Thư"),
        ("affiliation", "Viện Nghiên cứu Trung Quốc, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết đánh giá kết quả kết nối hạ tầng và thương mại giữa Việt Nam và Trung Quốc trong hai thập kỷ qua, chỉ ra những điểm nghẽn và đề xuất giải pháp.",
            "vi",
        ),
        ("keywords", "Hai hành lang, một vành đai; Vành đai và Con đường; AIIB; đường sắt", "vi"),
        ("heading", "1. Hai khuôn khổ kết nối", 1),
        (
            "paragraph",
            "Ý tưởng xây dựng hai hành lang kinh tế Côn Minh – Lào Cai – Hà Nội – Hải Phòng – Quảng Ninh, Nam Ninh – Lạng Sơn – Hà Nội – Hải Phòng – Quảng Ninh và vành đai kinh tế vịnh Bắc Bộ được lãnh đạo hai nước thống nhất từ đầu những năm 2000 (Lương Đức Thịnh, 2012, tr. 35). Năm 2013, Chủ tịch Tập Cận Bình đề xuất Sáng kiến “Vành đai và Con đường”. Nhân chuyến thăm cấp Nhà nước Việt Nam của ông tháng 11/2017, hai bên ký Bản ghi nhớ về thúc đẩy hợp tác kết nối hai khuôn khổ này.",
        ),
        ("heading", "2. Kết quả", 1),
        (
            "paragraph",
            "Việt Nam là thành viên sáng lập của Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB) và đã ký Hiệp định thành lập ngân hàng tại Bắc Kinh ngày 29/6/2015. Tuyến đường sắt đô thị Cát Linh – Hà Đông, xây dựng bằng vốn vay ưu đãi của Trung Quốc, được đưa vào vận hành thương mại ngày 6/11/2021 sau nhiều năm chậm tiến độ. Theo một chuyên gia, “các dự án hạ tầng dùng vốn vay Trung Quốc cần được giám sát chặt chẽ hơn về chất lượng và tiến độ” (Phạm Thị Hằng, 2022, tr. 58). Trong khi đó, Trung Quốc nhiều năm liền là đối tác thương mại lớn nhất của Việt Nam.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Trong chuyến thăm cấp Nhà nước Việt Nam của Tổng Bí thư, Chủ tịch nước Tập Cận Bình tháng 12/2023, hai bên ký Kế hoạch hợp tác thúc đẩy kết nối hai khuôn khổ và nhất trí đẩy mạnh kết nối đường sắt qua biên giới. Tuy nhiên, đến nay vẫn chưa có tuyến đường sắt khổ tiêu chuẩn nào nối hai nước được khởi công (Vũ Thanh Bình, 2024). Ta cần tranh thủ nguồn vốn ưu đãi nhưng phải kiểm soát chặt chẽ rủi ro nợ công.",
        ),
    ],
}

YYB_NANNING = {
    "id": "yyb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI NAM NINH",
        "Số: 96/BC-TLSQ",
        "Nam Ninh, ngày 16 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Tình hình công tác năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Tình hình công tác năm 2024 và phương hướng năm 2025"),
        ("heading", "PHẦN I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ giữa các tỉnh biên giới phía Bắc nước ta với Khu tự trị dân tộc Choang Quảng Tây tiếp tục phát triển tích cực sau chuyến thăm cấp Nhà nước Việt Nam của Tổng Bí thư, Chủ tịch nước Tập Cận Bình tháng 12 năm ngoái.",
        ),
        (
            "list_item",
            "2. Tháng 9, Tổng Lãnh sự quán phối hợp đưa đoàn doanh nghiệp Việt Nam tham dự Hội chợ Trung Quốc – ASEAN (CAEXPO) lần thứ 21 tại Nam Ninh; nhân dịp này, Sở Công Thương tỉnh Lạng Sơn và Sở Thương mại Quảng Tây ký Biên bản ghi nhớ về xúc tiến thương mại biên giới.",
        ),
        (
            "list_item",
            "3. Tổng Lãnh sự quán đã phối hợp với Văn phòng Ngoại vụ Quảng Tây xác minh và tiếp nhận 36 công dân Việt Nam xuất cảnh trái phép, đồng thời đề nghị phía bạn bảo đảm quyền lợi chính đáng của lao động Việt Nam.",
        ),
        (
            "list_item",
            "4. Đề xuất mở thêm cặp cửa khẩu song phương tại khu vực giáp ranh tỉnh Cao Bằng vẫn chưa được phía Trung Quốc chấp thuận.",
        ),
        ("heading", "PHẦN II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc (18/1/1950 – 18/1/2025) tại Quảng Tây, trong đó có buổi gặp mặt hữu nghị dịp Tết Nguyên đán.",
        ),
        (
            "list_item",
            "2. Tháng 3 năm sau, phối hợp đón đoàn đại biểu Khu tự trị Quảng Tây sang thăm và làm việc tại các tỉnh Lạng Sơn, Cao Bằng và Quảng Ninh.",
        ),
        (
            "list_item",
            "3. Tiếp tục đề nghị phía bạn tạo thuận lợi cho nông sản Việt Nam thông quan qua cặp cửa khẩu Hữu Nghị – Hữu Nghị Quan.",
        ),
    ],
}

YYC_XI_VISIT = {
    "id": "yyc",
    "shape": "news",
    "date": "2023-12-12",
    "stamp": "Thứ Ba, 12/12/2023 - 21:30",
    "blocks": [
        ("title", "Việt Nam – Trung Quốc xây dựng Cộng đồng chia sẻ tương lai có ý nghĩa chiến lược"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 12/12, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình, người đang thăm cấp Nhà nước Việt Nam từ ngày 12 đến 13/12.",
        ),
        ("heading", "Định vị mới cho quan hệ hai Đảng, hai nước", 1),
        (
            "paragraph",
            "Hai Tổng Bí thư nhất trí tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện, xây dựng Cộng đồng chia sẻ tương lai Việt Nam – Trung Quốc có ý nghĩa chiến lược. Năm nay đánh dấu tròn 15 năm hai nước thiết lập quan hệ Đối tác hợp tác chiến lược toàn diện (2008 – 2023). Ông Tập Cận Bình khẳng định Trung Quốc ủng hộ Việt Nam kiên định con đường xã hội chủ nghĩa.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký nhiều văn kiện hợp tác, trong đó có Kế hoạch hợp tác thúc đẩy kết nối khuôn khổ “Hai hành lang, một vành đai” với Sáng kiến “Vành đai và Con đường”.",
        ),
        ("heading", "Lần thứ ba thăm Việt Nam", 1),
        (
            "paragraph",
            "Đây là lần thứ ba ông Tập Cận Bình thăm Việt Nam trên cương vị Tổng Bí thư, sau các chuyến thăm năm 2015 và 2017, đồng thời đáp lại chuyến thăm chính thức Trung Quốc của Tổng Bí thư Nguyễn Phú Trọng hồi cuối tháng 10 năm ngoái, ngay sau Đại hội XX Đảng Cộng sản Trung Quốc. Trung Quốc hiện là đối tác thương mại lớn nhất của Việt Nam, còn Việt Nam là đối tác thương mại lớn nhất của Trung Quốc trong ASEAN. Ngày mai, ông Tập Cận Bình sẽ hội kiến Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Vương Đình Huệ.",
        ),
    ],
}

YYD_PLAN = {
    "id": "yyd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 142/KH-BCT':<40}Hà Nội, ngày 23 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Phát triển thương mại biên giới và xuất khẩu chính ngạch",
        "sang thị trường Trung Quốc năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Phát triển thương mại biên giới và xuất khẩu chính ngạch sang thị trường Trung Quốc năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Tuyên bố chung Việt Nam – Trung Quốc ngày 13/12/2023 về tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện, xây dựng Cộng đồng chia sẻ tương lai có ý nghĩa chiến lược, Bộ Công Thương xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Trung Quốc là đối tác thương mại lớn nhất và là thị trường xuất khẩu nông sản hàng đầu của Việt Nam. Từ năm 2022, sầu riêng tươi của ta được xuất khẩu chính ngạch sang Trung Quốc sau khi hai bên ký Nghị định thư về yêu cầu kiểm dịch thực vật. Năm ngoái, Bộ đã phối hợp với các cơ quan Trung Quốc thúc đẩy mở cửa thị trường cho thêm một số mặt hàng, song nhiều loại trái cây vẫn chưa được phía bạn cho phép nhập khẩu chính ngạch.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Trong quý I, phối hợp với Bộ Thương mại Trung Quốc chuẩn bị phiên họp Ủy ban hợp tác kinh tế – thương mại Việt Nam – Trung Quốc.",
        ),
        (
            "list_item",
            "2. Tháng 9, tổ chức khu gian hàng quốc gia Việt Nam tại Hội chợ Trung Quốc – ASEAN (CAEXPO) ở Nam Ninh.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Nông nghiệp và Môi trường thúc đẩy đàm phán nghị định thư kiểm dịch cho một số loại trái cây mới, phấn đấu ký ít nhất hai nghị định thư trong năm.",
        ),
        (
            "list_item",
            "4. Cùng các tỉnh biên giới đề nghị phía Trung Quốc mở rộng mô hình cửa khẩu thông minh ra các cặp cửa khẩu chính trên tuyến biên giới.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Á – châu Phi là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

YYE_ACFTA = {
    "id": "yye",
    "shape": "entry",
    "blocks": [
        ("title", "Khu vực mậu dịch tự do ASEAN – Trung Quốc"),
        (
            "paragraph",
            "Khu vực mậu dịch tự do ASEAN – Trung Quốc (ACFTA) được xây dựng trên cơ sở Hiệp định khung về Hợp tác kinh tế toàn diện ASEAN – Trung Quốc, ký tại Phnôm Pênh ngày 4/11/2002. Đây là hiệp định thương mại tự do đầu tiên mà ASEAN ký với một đối tác đối thoại.",
        ),
        ("heading", "Quá trình hình thành", 1),
        (
            "paragraph",
            "Chương trình Thu hoạch sớm được thực hiện từ ngày 1/1/2004. Hiệp định Thương mại hàng hóa được ký tại Viêng Chăn ngày 29/11/2004, tiếp đó là Hiệp định Thương mại dịch vụ (1/2007) và Hiệp định Đầu tư (8/2009). Từ ngày 1/1/2010, ACFTA chính thức hình thành giữa Trung Quốc và sáu thành viên cũ của ASEAN; Cam-pu-chia, Lào, Myanmar và Việt Nam có lộ trình giảm thuế kéo dài đến năm 2015.",
        ),
        ("heading", "Nâng cấp", 1),
        (
            "paragraph",
            "Nghị định thư nâng cấp ACFTA được ký tại Kuala Lumpur tháng 11/2015 và có hiệu lực đầy đủ với tất cả các thành viên năm 2019. Tháng 11/2022, hai bên khởi động đàm phán nâng cấp lần thứ hai, thường gọi là ACFTA 3.0.",
        ),
        ("heading", "Việt Nam và ACFTA", 1),
        (
            "paragraph",
            "Việt Nam tham gia ACFTA với tư cách thành viên ASEAN. Trung Quốc là đối tác thương mại lớn nhất của Việt Nam, song ta vẫn nhập siêu lớn từ thị trường này. Ngoài ACFTA, hai nước còn cùng là thành viên Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP), có hiệu lực từ ngày 1/1/2022.",
        ),
    ],
}

DOCS = [YYA_CORRIDORS, YYB_NANNING, YYC_XI_VISIT, YYD_PLAN, YYE_ACFTA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, "Trang N" at the left
    of the page's foot (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, title=50, label=74, body=74, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page, every
    line followed by an empty line; the consul general's signature at the end."""
    return word_text(doc, 72, ["TỔNG LÃNH SỰ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page with the agency's "Chính trị" section."""
    return news_page(
        doc,
        section="Chính trị",
        time="21:30",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/trung-quoc", "Trung Quốc"), ("/tag/tap-can-binh", "Tập Cận Bình")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the issuer/motto block, the centred three-line title, body at 76 columns, the
    two-column "Nơi nhận" / signature block."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Bộ Nông nghiệp và Môi trường;",
            "- UBND các tỉnh biên giới phía Bắc;",
            "- Lưu: VT, TTA.",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "(đã ký)"],
        (48, 48, 48, 48, 51),
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
        prefix="yy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
