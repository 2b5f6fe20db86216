"""Build the two hundred eighty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout287/build_heldout287.py [--check]

Five short documents on Vietnam and Cambodia: a journal article on the land border (relations
24/6/1967, the 1979 treaty, the delimitation treaty 27/12/1985, the supplementary treaties of 10/10/2005
and 5/10/2019), a (fictitious) Tây Ninh foreign affairs department's report on cooperation with Cambodian
border provinces in 2024, a news page on Prime Minister Hun Manet's official visit to Vietnam (11 –
12/12/2023), a (fictitious) An Giang military command plan for recovering the remains of Vietnamese
volunteer soldiers in Cambodia (dry season 2026 – 2027), and an encyclopedia entry on the Paris Agreements
on Cambodia (23/10/1991). Facts are well-established; authors, journal, page numbers, document numbers, the
provinces' activities and quoted words are invented. Gold is written by hand; ``--check`` verifies that
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
    ministry_plan,
    news_page,
    report_word,
)

JRA = {
    "id": "jra",
    "shape": "journal",
    "header": "TẠP CHÍ BIÊN GIỚI VÀ LÃNH THỔ – Số 5 (2021)",
    "first_page": 52,
    "break_after": 5,
    "blocks": [
        ("title", "BIÊN GIỚI VIỆT NAM – CAMPUCHIA: TỪ HIỆP ƯỚC NĂM 1985 ĐẾN HIỆP ƯỚC BỔ SUNG NĂM 2019"),
        ("author", "Trịnh Quốc Khánh"),
        ("affiliation", "Viện Nghiên cứu Biên giới, Học viện Biên phòng"),
        (
            "abstract",
            "Bài viết khái quát quá trình xây dựng cơ sở pháp lý cho đường biên giới đất liền Việt Nam – Campuchia từ năm 1967 đến năm 2019.",
            "vi",
        ),
        ("keywords", "biên giới; Campuchia; Hiệp ước 1985; Hiệp ước bổ sung; phân giới cắm mốc", "vi"),
        ("heading", "1. Cơ sở pháp lý ban đầu", 1),
        (
            "paragraph",
            "Ngày 24/6/1967, Việt Nam Dân chủ Cộng hòa và Vương quốc Campuchia thiết lập quan hệ ngoại giao; cùng năm đó, Việt Nam tuyên bố công nhận và tôn trọng toàn vẹn lãnh thổ của Campuchia trong đường biên giới hiện tại (Nguyễn Thị Minh Hà, 2010, tr. 57). Sau khi chế độ diệt chủng Pôn Pốt bị lật đổ ngày 7/1/1979, hai nước ký Hiệp ước Hòa bình, Hữu nghị và Hợp tác ngày 18/2/1979. Ngày 27/12/1985, Hiệp ước hoạch định biên giới quốc gia giữa hai nước được ký kết.",
        ),
        ("heading", "2. Hai hiệp ước bổ sung", 1),
        (
            "paragraph",
            "Ngày 10/10/2005, tại Hà Nội, Thủ tướng Phan Văn Khải và Thủ tướng Hun Sen ký Hiệp ước bổ sung Hiệp ước năm 1985, mở đường cho công tác phân giới cắm mốc từ năm 2006. Ngày 5/10/2019, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Hun Sen, hai bên ký Hiệp ước bổ sung Hiệp ước hoạch định biên giới quốc gia năm 1985 và Hiệp ước bổ sung năm 2005, cùng Nghị định thư phân giới cắm mốc, ghi nhận kết quả phân giới khoảng 84% chiều dài đường biên giới. Đây là “thành quả của gần mười bốn năm kiên trì đàm phán” (Hoàng Minh Tuấn, 2020, tr. 24).",
        ),
        ("heading", "3. Những việc còn lại", 1),
        (
            "paragraph",
            "Khoảng 16% chiều dài đường biên giới vẫn chưa được phân giới cắm mốc. Hai bên nhất trí tiếp tục đàm phán để giải quyết phần còn lại trên tinh thần hữu nghị (Sok Vanna, 2021).",
        ),
    ],
}

JRB = {
    "id": "jrb",
    "shape": "word",
    "head": [
        "UBND TỈNH TÂY NINH",
        "SỞ NGOẠI VỤ",
        "Số: 198/BC-SNgV",
        "Tây Ninh, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình hợp tác với các tỉnh giáp biên của Vương quốc Campuchia năm 2024",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình hợp tác với các tỉnh giáp biên của Vương quốc Campuchia năm 2024"),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Dịp Tết Chôl Chnăm Thmây tháng 4/2024, lãnh đạo tỉnh sang thăm, chúc Tết chính quyền các tỉnh Xvây Riêng, Tbong Khmum và Prây Veng.",
        ),
        (
            "list_item",
            "2. Tháng 6/2024, đón đoàn tỉnh Tbong Khmum do Tỉnh trưởng dẫn đầu sang thăm, làm việc; hai bên ký biên bản hợp tác về quản lý biên giới và phát triển thương mại.",
        ),
        (
            "list_item",
            "3. Phối hợp tổ chức khám bệnh, cấp thuốc miễn phí cho 1.200 lượt người dân Campuchia sinh sống dọc biên giới.",
        ),
        (
            "list_item",
            "4. Tiếp nhận 23 hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Campuchia do Đội K70 phối hợp với phía bạn quy tập.",
        ),
        (
            "list_item",
            "5. Dự án xây dựng chợ biên giới tại cặp cửa khẩu Phước Tân – Bố Tuốt chưa hoàn thành do phía bạn chưa bố trí được mặt bằng.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Tổ chức hội nghị giao ban với tỉnh Xvây Riêng vào tháng 6/2025.",
        ),
        (
            "list_item",
            "2. Phối hợp với lực lượng chức năng Campuchia tuần tra chung, giữ gìn an ninh, trật tự khu vực biên giới.",
        ),
        (
            "list_item",
            "3. Hỗ trợ xây dựng 20 căn nhà tình thương cho người dân nghèo tỉnh Prây Veng.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tình hình hợp tác với các tỉnh giáp biên của Campuchia năm 2024 của Sở Ngoại vụ tỉnh Tây Ninh.",
        ),
    ],
}

JRC = {
    "id": "jrc",
    "shape": "news",
    "date": "2023-12-11",
    "stamp": "Thứ Hai, 11/12/2023 - 12:30",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Campuchia Hun Manet"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Ngày 11/12, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng Vương quốc Campuchia Hun Manet thăm chính thức Việt Nam từ ngày 11 đến 12/12.",
        ),
        ("heading", "Chuyến thăm đầu tiên trên cương vị Thủ tướng", 1),
        (
            "paragraph",
            "Đây là chuyến thăm chính thức Việt Nam đầu tiên của ông Hun Manet kể từ khi nhậm chức Thủ tướng Campuchia tháng 8/2023. Sau lễ đón, hai Thủ tướng hội đàm và chứng kiến lễ ký kết nhiều văn kiện hợp tác giữa các bộ, ngành hai nước.",
        ),
        (
            "paragraph",
            "Thủ tướng Phạm Minh Chính khẳng định Việt Nam luôn coi trọng việc củng cố quan hệ láng giềng tốt đẹp, hữu nghị truyền thống, hợp tác toàn diện, bền vững lâu dài với Campuchia. Hai bên nhất trí phấn đấu sớm hoàn thành phân giới cắm mốc phần còn lại của đường biên giới đất liền.",
        ),
        ("heading", "Hội kiến lãnh đạo cấp cao", 1),
        (
            "paragraph",
            "Trong chương trình chuyến thăm, Thủ tướng Hun Manet sẽ chào Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Võ Văn Thưởng và hội kiến Chủ tịch Quốc hội Vương Đình Huệ.",
        ),
    ],
}

JRD = {
    "id": "jrd",
    "shape": "plan",
    "head": [
        f"{'BỘ CHỈ HUY QUÂN SỰ':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH AN GIANG':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 146/KH-BCH':<40}An Giang, ngày 25 tháng 9 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam",
        "hy sinh tại Campuchia mùa khô 2026 – 2027",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Campuchia mùa khô 2026 – 2027",
        ),
        (
            "paragraph",
            "Thực hiện chỉ đạo của Ban Chỉ đạo 515 tỉnh, Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2026 – 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ MÙA KHÔ 2025 – 2026", 1),
        (
            "paragraph",
            "Đội K93 phối hợp với lực lượng chức năng các tỉnh Tà Keo và Căm-pốt quy tập được 41 hài cốt liệt sĩ; lễ tiếp nhận, hồi hương được tổ chức tại cửa khẩu quốc tế Tịnh Biên vào tháng 5/2026. Chính quyền tỉnh Tà Keo đã cung cấp nhiều thông tin quan trọng về các khu vực mộ chôn tập thể. Một số khu vực ở huyện Kiri Vong chưa thể tìm kiếm do địa hình ngập nước.",
        ),
        ("heading", "II. NHIỆM VỤ MÙA KHÔ 2026 – 2027", 1),
        (
            "list_item",
            "1. Tháng 11/2026, tổ chức hội nghị triển khai kế hoạch với Ban chỉ đạo quy tập hài cốt tỉnh Tà Keo.",
        ),
        (
            "list_item",
            "2. Cử hai đội công tác sang các tỉnh Tà Keo, Căm-pốt và Kan-đan tìm kiếm, quy tập hài cốt liệt sĩ.",
        ),
        (
            "list_item",
            "3. Hỗ trợ kinh phí cho các hộ dân Campuchia cung cấp thông tin về mộ liệt sĩ.",
        ),
        (
            "list_item",
            "4. Mời đại diện chính quyền các tỉnh bạn sang dự lễ truy điệu, an táng hài cốt liệt sĩ tại Nghĩa trang liệt sĩ tỉnh.",
        ),
        (
            "paragraph",
            "Đội K93 chủ trì thực hiện; các cơ quan, đơn vị liên quan phối hợp, bảo đảm kinh phí và báo cáo kết quả về Bộ Chỉ huy trước ngày 30/6/2027.",
        ),
    ],
}

JRE = {
    "id": "jre",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp định Pa-ri về Campuchia"),
        (
            "paragraph",
            "Hiệp định Pa-ri về Campuchia, tên đầy đủ là Hiệp định về một giải pháp chính trị toàn bộ cho cuộc xung đột Campuchia, được ký ngày 23/10/1991 tại Hội nghị Quốc tế Pa-ri về Campuchia do Pháp và In-đô-nê-xi-a đồng chủ trì. Văn kiện được 18 nước, trong đó có Việt Nam, cùng Hội đồng Dân tộc Tối cao Campuchia (SNC) do Hoàng thân Xi-ha-núc đứng đầu ký kết.",
        ),
        ("heading", "Bối cảnh", 1),
        (
            "paragraph",
            "Trước đó, ngày 26/9/1989, Việt Nam đã hoàn tất việc rút quân tình nguyện khỏi Campuchia.",
        ),
        ("heading", "Thực hiện", 1),
        (
            "paragraph",
            "Ngày 28/2/1992, Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 745 thành lập Cơ quan Quyền lực lâm thời của Liên hợp quốc tại Campuchia (UNTAC) do ông Akashi Yasushi (Nhật Bản) đứng đầu. Tháng 5/1993, UNTAC tổ chức tổng tuyển cử; lực lượng Khơ-me Đỏ không tham gia cuộc bầu cử này. Ngày 24/9/1993, Campuchia ban hành Hiến pháp mới, khôi phục chế độ quân chủ lập hiến.",
        ),
        ("heading", "Ý nghĩa", 1),
        (
            "paragraph",
            "Hiệp định khép lại hơn một thập kỷ xung đột, tạo điều kiện để Campuchia hội nhập khu vực và trở thành thành viên thứ mười của ASEAN ngày 30/4/1999.",
        ),
    ],
}

DOCS = [JRA, JRB, JRC, JRD, JRE]


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="11:50",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/campuchia", "Campuchia"), ("/tag/hun-manet", "Hun Manet")],
    )


def render_plan(doc: dict) -> str:
    """A military command's plan by heldout_kit.ministry_plan: signed "CHỈ HUY TRƯỞNG / (đã ký)"."""
    return ministry_plan(
        doc,
        signature=["CHỈ HUY TRƯỞNG", "", "(đã ký)"],
        recipients=["- Quân khu 9 (để b/c);", "- Ban Chỉ đạo 515 tỉnh;", "- Lưu: VT, CT."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": report_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="jr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
