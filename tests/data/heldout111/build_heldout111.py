"""Build the hundred-and-eleventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout111/build_heldout111.py [--check]

Five short documents on people-to-people diplomacy with Germany and on migrant workers, on topics the
earlier sets do not use (the Vietnamese community in Germany from the contract workers of 1980 to the
labour migration memorandum of 2024; the Vietnamese Consulate General in Frankfurt am Main, report on
2024; President Steinmeier's state visit, Hà Nội, 23/1/2024; a (fictitious) Ministry of Education and
Training plan for education and vocational cooperation with Germany in 2026; an encyclopedia entry on the
UN Convention on the rights of migrant workers). Nothing in src/ was changed for them. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and the plan's local
items and all quoted words are invented. Events, citations and questions gold are written by hand;
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

TWA_COMMUNITY = {
    "id": "twa",
    "shape": "journal",
    "header": "TẠP CHÍ QUAN HỆ QUỐC TẾ VÀ ĐỐI NGOẠI NHÂN DÂN – Số 1 (2025)",
    "first_page": 83,
    "break_after": 10,
    "blocks": [
        ("title", "CỘNG ĐỒNG NGƯỜI VIỆT TẠI ĐỨC – NHỊP CẦU CỦA QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC"),
        ("author", "Phan Quốc Khánh"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết phân tích quá trình hình thành cộng đồng người Việt tại Đức và vai trò của cộng đồng trong hợp tác lao động, giáo dục giữa hai nước.",
            "vi",
        ),
        ("keywords", "người Việt tại Đức; lao động hợp tác; giáo dục nghề nghiệp; đối ngoại nhân dân", "vi"),
        ("heading", "1. Từ lao động hợp tác đến cộng đồng định cư", 1),
        (
            "paragraph",
            "Làn sóng người Việt đầu tiên đến Đức gắn với Cộng hòa Dân chủ Đức. Ngày 11/4/1980, Chính phủ hai nước ký Hiệp định về việc đưa người lao động Việt Nam sang làm việc có thời hạn và đào tạo nghề tại các xí nghiệp của Cộng hòa Dân chủ Đức; đến năm 1989, số lao động hợp tác đã lên tới khoảng 60.000 người (Hoàng Minh Đức, 2015, tr. 63). Sau khi nước Đức thống nhất ngày 3/10/1990, nhiều người trở về nước, số khác ở lại lập nghiệp và trở thành hạt nhân của cộng đồng người Việt ở các bang phía Đông.",
        ),
        ("heading", "2. Hợp tác lao động và giáo dục", 1),
        (
            "paragraph",
            "Việt Nam và Cộng hòa Liên bang Đức thiết lập quan hệ ngoại giao ngày 23/9/1975. Nhân chuyến thăm chính thức Việt Nam của Thủ tướng Angela Merkel, ngày 11/10/2011, hai bên ký Tuyên bố chung Hà Nội về thiết lập quan hệ Đối tác chiến lược. Trường Đại học Việt – Đức, được thành lập năm 2008 với sự hỗ trợ của bang Hessen, được coi là “dự án biểu tượng của quan hệ hai nước” (Nguyễn Thị Hồng Vân, 2020, tr. 17). Từ năm 2013, hai nước triển khai dự án thí điểm đào tạo điều dưỡng viên Việt Nam tại Đức; khi Luật Nhập cư lao động có tay nghề của Đức có hiệu lực từ ngày 1/3/2020, kênh hợp tác này càng được mở rộng.",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Tháng 1/2024, nhân chuyến thăm cấp Nhà nước của Tổng thống Frank-Walter Steinmeier, Bộ Lao động – Thương binh và Xã hội và Bộ Lao động và Xã hội Liên bang Đức ký Bản ghi nhớ về hợp tác di cư lao động. Cộng đồng khoảng 180.000 người Việt và người Đức gốc Việt hiện là “nhịp cầu tự nhiên giữa hai dân tộc” (Trần Đức Long, 2024). Tuy vậy, hai nước vẫn chưa ký thỏa thuận công nhận lẫn nhau về văn bằng điều dưỡng, khiến nhiều học viên phải học bổ sung kéo dài. Năm 2025, dịp kỷ niệm 50 năm quan hệ ngoại giao, là thời điểm thích hợp để hai bên xây dựng một chương trình hợp tác đào tạo nghề dài hạn.",
        ),
    ],
}

TWB_FRANKFURT = {
    "id": "twb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI FRANKFURT AM MAIN",
        "Số: 112/BC-TLSQ",
        "Frankfurt am Main, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác lãnh sự, bảo hộ công dân và cộng đồng người Việt năm 2024; phương hướng năm 2025",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác lãnh sự, bảo hộ công dân và cộng đồng người Việt năm 2024; phương hướng năm 2025",
        ),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Tổng Lãnh sự quán đã giải quyết hơn 9.800 hồ sơ hộ chiếu, hợp pháp hóa lãnh sự và hộ tịch; phối hợp với cảnh sát và cơ quan tư pháp Đức xử lý 37 vụ việc bảo hộ công dân, trong đó giải cứu và hỗ trợ 6 nạn nhân bị mua bán người về nước an toàn.",
        ),
        (
            "list_item",
            "2. Tháng 9, sau khi bão Yagi gây thiệt hại nặng nề tại các tỉnh miền Bắc, các hội đoàn người Việt cùng nhiều bạn bè Đức đã quyên góp hơn 180.000 euro gửi về ủng hộ đồng bào vùng lũ.",
        ),
        (
            "list_item",
            "3. Từ ngày 4 đến 7/6, Tổng Lãnh sự quán đón đoàn đại biểu tỉnh Vĩnh Long do Chủ tịch UBND tỉnh dẫn đầu sang thăm bang Rheinland-Pfalz; nhân dịp này, tỉnh Vĩnh Long và huyện Mainz-Bingen ký Biên bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác.",
        ),
        (
            "list_item",
            "4. Ngày 15/10, Tổng Lãnh sự làm việc với Bộ Khoa học bang Hessen về mở rộng hợp tác với Trường Đại học Việt – Đức; hai bên nhất trí tổ chức ngày hội tuyển sinh tại Frankfurt vào năm tới.",
        ),
        (
            "list_item",
            "5. Kế hoạch đón đoàn Bộ Nội vụ bang Baden-Württemberg sang Việt Nam tìm hiểu công tác tuyển chọn điều dưỡng viên chưa thực hiện được do phía bạn thay đổi nhân sự.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với các hội đoàn tổ chức chuỗi hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Đức (23/9/1975 – 23/9/2025), trọng tâm là Ngày hội văn hóa Việt Nam tại Frankfurt vào tháng 9.",
        ),
        (
            "list_item",
            "2. Đề nghị chính quyền bang Hessen tiếp tục cấp học bổng cho sinh viên Việt Nam và hỗ trợ đào tạo tiếng Đức cho các ứng viên điều dưỡng trước khi sang Đức.",
        ),
        (
            "list_item",
            "3. Tháng 5, đón đoàn Hội Hữu nghị Việt Nam – Đức sang giao lưu với Hội Hữu nghị Đức – Việt và các hội đoàn người Việt tại Frankfurt, Stuttgart.",
        ),
        (
            "list_item",
            "4. Duy trì các lớp tiếng Việt cho con em kiều bào; tiếp tục hướng dẫn bà con làm thủ tục đăng ký công dân.",
        ),
    ],
}

TWC_STEINMEIER = {
    "id": "twc",
    "shape": "news",
    "date": "2024-01-23",
    "stamp": "Thứ Ba, 23/01/2024 - 19:40",
    "blocks": [
        ("title", "Việt Nam và Đức ký Bản ghi nhớ về hợp tác di cư lao động"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 23/1, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng và Phu nhân đã chủ trì lễ đón chính thức Tổng thống Cộng hòa Liên bang Đức Frank-Walter Steinmeier và Phu nhân thăm cấp Nhà nước Việt Nam từ ngày 23 đến 24/1, với nghi thức bắn 21 loạt đại bác chào mừng.",
        ),
        ("heading", "Ưu tiên lao động và dạy nghề", 1),
        (
            "paragraph",
            "Ngay sau lễ đón, hai nhà lãnh đạo đã hội đàm. Tổng thống Steinmeier khẳng định mong muốn tăng cường hợp tác nhiều mặt với Việt Nam, nhất là thương mại – đầu tư, chuyển đổi năng lượng, lao động và dạy nghề. Chủ tịch nước Võ Văn Thưởng đề nghị phía Đức tiếp tục cung cấp ODA cho Việt Nam trong các lĩnh vực năng lượng, đào tạo nghề và hỗ trợ đào tạo nguồn nhân lực chất lượng cao.",
        ),
        (
            "paragraph",
            "Sau hội đàm, hai nhà lãnh đạo chứng kiến Bộ trưởng Lao động – Thương binh và Xã hội Đào Ngọc Dung và Bộ trưởng Lao động và Xã hội Liên bang Đức Hubertus Heil ký Bản ghi nhớ về hợp tác di cư lao động, văn kiện duy nhất được ký trong chuyến thăm lần này.",
        ),
        ("heading", "Từ Văn Miếu đến Phủ Chủ tịch", 1),
        (
            "paragraph",
            "Trưa cùng ngày, ngay sau khi đến Hà Nội, Tổng thống và Phu nhân đã tham quan Văn Miếu – Quốc Tử Giám, rồi đặt vòng hoa tại Đài tưởng niệm các Anh hùng liệt sĩ trên đường Bắc Sơn. Chiều nay, Tổng thống cũng hội kiến Chủ tịch Quốc hội Vương Đình Huệ. Ngày mai, Tổng thống sẽ hội kiến Thủ tướng Phạm Minh Chính; chương trình chuyến thăm còn có cuộc gặp gỡ học viên, giáo viên tiếng Đức và các đối tác tuyển chọn lao động sang Đức làm việc.",
        ),
        (
            "paragraph",
            "Đây là chuyến thăm Việt Nam đầu tiên của ông Steinmeier trên cương vị Tổng thống, diễn ra hơn một năm sau chuyến thăm chính thức của Thủ tướng Olaf Scholz vào tháng 11/2022. Đức hiện là đối tác thương mại lớn nhất của Việt Nam trong Liên minh châu Âu và từng hỗ trợ Việt Nam vắc-xin phòng COVID-19 trong đại dịch; khoảng 180.000 người Việt và người Đức gốc Việt đang sinh sống tại Đức.",
        ),
    ],
}

TWD_PLAN = {
    "id": "twd",
    "shape": "plan",
    "head": [
        f"{'BỘ GIÁO DỤC VÀ ĐÀO TẠO':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-BGDĐT':<40}Hà Nội, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác giáo dục và giáo dục nghề nghiệp",
        "với Cộng hòa Liên bang Đức năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác giáo dục và giáo dục nghề nghiệp với Cộng hòa Liên bang Đức năm 2026",
        ),
        (
            "paragraph",
            "Nhằm phát huy kết quả các hoạt động kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Đức (1975 – 2025) và triển khai Bản ghi nhớ về hợp tác di cư lao động ký tháng 1/2024, Bộ Giáo dục và Đào tạo xây dựng Kế hoạch hợp tác với Đức năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Đức là một trong những điểm đến hàng đầu ở châu Âu của du học sinh Việt Nam. Trường Đại học Việt – Đức tiếp tục nhận được sự hỗ trợ của bang Hessen và Cơ quan Trao đổi Hàn lâm Đức (DAAD); tiếng Đức đã được dạy tại một số trường phổ thông ở Hà Nội và Thành phố Hồ Chí Minh. Năm ngoái, hai bên trao đổi nhiều đoàn giáo dục, song chưa ký được Tuyên bố ý định chung về giáo dục nghề nghiệp do phía Đức chưa hoàn tất thủ tục nội bộ.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Béc-lin và Wiesbaden làm việc với các cơ quan giáo dục của Liên bang và bang Hessen.",
        ),
        (
            "list_item",
            "2. Hoàn tất đàm phán và ký Tuyên bố ý định chung về hợp tác giáo dục nghề nghiệp, dự kiến vào tháng 9 nhân Diễn đàn giáo dục Việt – Đức do Bộ chủ trì tổ chức tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Đề nghị DAAD tăng số suất học bổng sau đại học cho giảng viên các trường đại học vùng khó khăn; mời chuyên gia Đức sang hỗ trợ xây dựng chương trình đào tạo điều dưỡng theo chuẩn Đức.",
        ),
        (
            "list_item",
            "4. Phối hợp với Ủy ban Nhà nước về người Việt Nam ở nước ngoài cung cấp sách và cử giáo viên dạy tiếng Việt cho con em cộng đồng người Việt tại Đức.",
        ),
        (
            "list_item",
            "5. Không tổ chức Triển lãm giáo dục Việt Nam tại Đức trong năm 2026 để tập trung nguồn lực cho Diễn đàn.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

TWE_ICRMW = {
    "id": "twe",
    "shape": "entry",
    "blocks": [
        (
            "title",
            "Công ước quốc tế về bảo vệ quyền của tất cả người lao động di trú và thành viên gia đình họ",
        ),
        (
            "paragraph",
            "Công ước quốc tế về bảo vệ quyền của tất cả người lao động di trú và thành viên gia đình họ (ICRMW) là một trong các điều ước quốc tế cốt lõi của Liên hợp quốc về quyền con người. Công ước được Đại hội đồng Liên hợp quốc thông qua bằng Nghị quyết 45/158 ngày 18/12/1990 và có hiệu lực từ ngày 1/7/2003, sau khi có đủ 20 quốc gia phê chuẩn.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Công ước bảo vệ các quyền cơ bản của người lao động di trú và gia đình họ, kể cả những người không có giấy tờ hợp lệ, đồng thời lập Ủy ban về người lao động di trú (CMW) gồm các chuyên gia độc lập để giám sát việc thực hiện. Ngày thông qua Công ước, 18/12, về sau được Liên hợp quốc chọn là Ngày Quốc tế người di cư.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Các quốc gia thành viên chủ yếu là nước gửi lao động đi: Phi-líp-pin phê chuẩn Công ước năm 1995, Băng-la-đét năm 2011 và In-đô-nê-xi-a năm 2012. Cam-pu-chia đã ký từ năm 2004 nhưng chưa phê chuẩn. Các nước tiếp nhận nhiều lao động nhập cư như Hoa Kỳ, Đức, Nhật Bản và các nước vùng Vịnh đến nay vẫn không tham gia.",
        ),
        ("heading", "Việt Nam và Công ước", 1),
        (
            "paragraph",
            "Việt Nam chưa là thành viên của Công ước. Trong khuôn khổ ASEAN, nước ta cùng các nước thành viên thông qua Tuyên bố ASEAN về bảo vệ và thúc đẩy quyền của người lao động di cư tại Xê-bu (Phi-líp-pin) ngày 13/1/2007, và mười năm sau ký Đồng thuận ASEAN về vấn đề này tại Hội nghị cấp cao ASEAN lần thứ 31 ở Ma-ni-la ngày 14/11/2017.",
        ),
    ],
}

DOCS = [TWA_COMMUNITY, TWB_FRANKFURT, TWC_STEINMEIER, TWD_PLAN, TWE_ICRMW]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 46 columns, labels at 70, body at 68)."""
    return headed_journal(doc, title=46, label=70, body=68)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: one paragraph a line, every line followed by an empty line
    (issuer, number, place-date, title, sections, items); the signature at the end."""
    return word_text(doc, None, ["TỔNG LÃNH SỰ", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Đối ngoại",
        "19:40",
        [("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/lao-dong", "Lao động")],
        [
            ("/tag/duc", "Đức"),
            ("/tag/steinmeier", "Steinmeier"),
            ("/tag/lao-dong-di-cu", "Lao động di cư"),
        ],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 78
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
            "- Trường Đại học Việt – Đức;",
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
        prefix="tw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
