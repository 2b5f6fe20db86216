"""Build the hundred-and-ninety-fourth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout194/build_heldout194.py [--check]

Five short documents on a topic the earlier sets do not use as a main topic: ASEAN and the crisis in
Myanmar since 2021 (the Five-Point Consensus of 24/4/2021, the special envoy, the exclusion of the junta's
leader from the summits, the Philippines' chair year 2026, the earthquake of 28/3/2025), the Vietnamese
Embassy in Myanmar's report on 2025, the Jakarta leaders' meeting of 24/4/2021, a (fictitious) Ministry of
Agriculture and Environment plan for ASEAN disaster-management cooperation in 2026 and an encyclopedia
entry on the AHA Centre. Facts are well-established; authors, journal, page numbers, document numbers,
the embassy report's local items, the plan and all quoted words are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation
occurs in the documents.
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

YSA_MYANMAR = {
    "id": "ysa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÍNH TRỊ KHU VỰC – Số 3 (2025)",
    "first_page": 47,
    "break_after": 9,
    "blocks": [
        ("title", "ASEAN VÀ KHỦNG HOẢNG Ở MYANMAR: TỪ ĐỒNG THUẬN 5 ĐIỂM ĐẾN HỖ TRỢ NHÂN ĐẠO"),
        ("author", "Đỗ Thị Minh Ngọc"),
        (
            "affiliation",
            "Trường Đại học Khoa học xã hội và Nhân văn, ĐHQG TP. Hồ Chí Minh",
        ),
        (
            "abstract",
            "Bài viết điểm lại cách ASEAN ứng phó với cuộc khủng hoảng ở Myanmar từ năm 2021.",
            "vi",
        ),
        ("keywords", "ASEAN; Myanmar; Đồng thuận 5 điểm; hỗ trợ nhân đạo", "vi"),
        ("heading", "1. Phép thử đối với Hiệp hội", 1),
        (
            "paragraph",
            "Gia nhập ASEAN ngày 23/7/1997 cùng với Lào, Myanmar từng đảm nhiệm vai trò Chủ tịch Hiệp hội năm 2014. Sau khi quân đội nước này nắm quyền ngày 1/2/2021, nguyên tắc không can thiệp vào công việc nội bộ của nhau bị thử thách (Nguyễn Văn Hải, 2022, tr. 41). Ngày 24/4/2021, Hội nghị các nhà Lãnh đạo ASEAN họp tại trụ sở Ban Thư ký ở Gia-các-ta và đạt được Đồng thuận 5 điểm.",
        ),
        ("heading", "2. Những bước đi cứng rắn hơn", 1),
        (
            "paragraph",
            "Phải đến ngày 4/8/2021, các Bộ trưởng Ngoại giao ASEAN mới bổ nhiệm được Bộ trưởng Ngoại giao thứ hai của Brunei Erywan Yusof làm Đặc phái viên về Myanmar. Do đồng thuận không được thực hiện, giữa tháng 10/2021, ASEAN quyết định chỉ mời một đại diện phi chính trị của Myanmar dự Hội nghị Cấp cao lần thứ 38 và 39. Tháng 9/2023, các nhà lãnh đạo nhất trí để Philippines làm Chủ tịch ASEAN năm 2026 thay cho Myanmar. Như một nhà nghiên cứu nhận xét, Hiệp hội “không cô lập Myanmar nhưng cũng không để cuộc khủng hoảng chi phối chương trình nghị sự của cả khối” (Lê Thị Thanh Vân, 2024, tr. 88).",
        ),
        ("heading", "3. Cách tiếp cận của Việt Nam", 1),
        (
            "paragraph",
            "Trong nhiệm kỳ Ủy viên không thường trực Hội đồng Bảo an 2020 – 2021, Việt Nam nhất quán ủng hộ vai trò của ASEAN đối với vấn đề Myanmar. Khi trận động đất mạnh 7,7 độ xảy ra ngày 28/3/2025, nước ta đã cử hơn 100 cán bộ, chiến sĩ cứu hộ của Bộ Quốc phòng và Bộ Công an sang Myanmar và viện trợ khẩn cấp 300.000 USD (Phan Quốc Bảo, 2025). Theo chúng tôi, ta cần tiếp tục phối hợp với các nước ASEAN thúc đẩy thực hiện Đồng thuận 5 điểm.",
        ),
    ],
}

YSB_EMBASSY = {
    "id": "ysb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI MYANMAR",
        "Số: 187/BC-ĐSQ",
        "Yangon, ngày 12 tháng 12 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2025 và phương hướng nhiệm vụ năm 2026"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2025 và phương hướng nhiệm vụ năm 2026"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2025", 1),
        (
            "list_item",
            "1. Nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – Myanmar (28/5/1975 – 28/5/2025), Đại sứ quán đã phối hợp với Bộ Ngoại giao Myanmar tổ chức lễ kỷ niệm tại Yangon và Nay Pyi Taw.",
        ),
        (
            "list_item",
            "2. Sau trận động đất ngày 28/3/2025, Đại sứ quán đã đón và hỗ trợ đoàn cứu hộ gồm 106 cán bộ, chiến sĩ của Bộ Quốc phòng và Bộ Công an sang tìm kiếm, cứu nạn tại Nay Pyi Taw; đồng thời phối hợp bàn giao cho phía bạn khoản viện trợ khẩn cấp 300.000 USD của Chính phủ ta.",
        ),
        (
            "list_item",
            "3. Tháng 8, Đại sứ làm việc với Bộ Thương mại Myanmar, đề nghị phía bạn tạo thuận lợi cho hàng hóa Việt Nam, nhất là phân bón, thép và hàng tiêu dùng, trong bối cảnh các hạn chế về ngoại hối.",
        ),
        (
            "list_item",
            "4. Do tình hình an ninh phức tạp, Ủy ban hỗn hợp về hợp tác song phương Việt Nam – Myanmar chưa tổ chức được khóa họp mới; một số dự án của doanh nghiệp ta tại bang Shan tạm dừng hoạt động.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức chuyến thăm Myanmar của đoàn Hội Hữu nghị Việt Nam – Myanmar trong quý II/2026.",
        ),
        (
            "list_item",
            "2. Đề nghị phía bạn tạo điều kiện cho doanh nghiệp Việt Nam tham gia tái thiết sau động đất tại Mandalay và Sagaing.",
        ),
        (
            "list_item",
            "3. Tiếp tục phối hợp với Phái đoàn Việt Nam tại ASEAN theo dõi việc thực hiện Đồng thuận 5 điểm.",
        ),
    ],
}

YSC_JAKARTA = {
    "id": "ysc",
    "shape": "news",
    "date": "2021-04-24",
    "stamp": "Thứ Bảy, 24/04/2021 - 20:45",
    "blocks": [
        ("title", "Lãnh đạo ASEAN đạt Đồng thuận 5 điểm về tình hình Myanmar"),
        (
            "paragraph",
            "Gia-các-ta (TTXVN) – Chiều 24/4, tại trụ sở Ban Thư ký ASEAN ở Gia-các-ta (Indonesia), Hội nghị các nhà Lãnh đạo ASEAN đã diễn ra dưới sự chủ trì của Quốc vương Brunei Hassanal Bolkiah, Chủ tịch ASEAN năm 2021.",
        ),
        ("heading", "Cuộc gặp trực tiếp đầu tiên từ khi có dịch", 1),
        (
            "paragraph",
            "Đây là hội nghị trực tiếp đầu tiên của lãnh đạo ASEAN kể từ khi đại dịch COVID-19 bùng phát. Tham dự có lãnh đạo Brunei, Campuchia, Indonesia, Malaysia, Singapore, Việt Nam và Thống tướng Min Aung Hlaing, người đứng đầu Hội đồng Hành chính Nhà nước Myanmar; Thái Lan, Philippines và Lào cử Bộ trưởng Ngoại giao tham dự. Thủ tướng Phạm Minh Chính dẫn đầu đoàn Việt Nam, trong chuyến công tác nước ngoài đầu tiên trên cương vị mới.",
        ),
        (
            "paragraph",
            "Trước đó, ngày 2/3, các Bộ trưởng Ngoại giao ASEAN đã họp không chính thức theo hình thức trực tuyến về tình hình Myanmar.",
        ),
        ("heading", "Năm điểm đồng thuận", 1),
        (
            "paragraph",
            "Theo Tuyên bố của Chủ tịch ASEAN, các nhà lãnh đạo nhất trí: chấm dứt ngay bạo lực tại Myanmar; các bên liên quan bắt đầu đối thoại mang tính xây dựng; Đặc phái viên của Chủ tịch ASEAN làm trung gian cho tiến trình đối thoại với sự hỗ trợ của Tổng Thư ký ASEAN; ASEAN cung cấp hỗ trợ nhân đạo thông qua Trung tâm AHA; Đặc phái viên và phái đoàn sẽ thăm Myanmar để gặp tất cả các bên liên quan.",
        ),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Thủ tướng Phạm Minh Chính bày tỏ quan ngại trước tình trạng bạo lực ở Myanmar và khẳng định Việt Nam sẵn sàng cùng các nước ASEAN hỗ trợ Myanmar tìm kiếm giải pháp phù hợp trên tinh thần Hiến chương ASEAN.",
        ),
    ],
}

YSD_PLAN = {
    "id": "ysd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'':42}---------------",
        f"{'Số: 46/KH-BNNMT':<42}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với ASEAN về quản lý thiên tai",
        "và ứng phó khẩn cấp năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với ASEAN về quản lý thiên tai và ứng phó khẩn cấp năm 2026",
        ),
        (
            "paragraph",
            "Nhằm triển khai Hiệp định ASEAN về quản lý thiên tai và ứng phó khẩn cấp (AADMER) và rút kinh nghiệm từ đợt hỗ trợ Myanmar sau trận động đất tháng 3/2025, Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hợp tác với ASEAN năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "AADMER được ký tại Viêng Chăn ngày 26/7/2005 và có hiệu lực từ ngày 24/12/2009. Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo trong quản lý thiên tai (Trung tâm AHA) đã điều phối hàng cứu trợ của ASEAN tới Myanmar sau trận động đất ngày 28/3/2025. Năm ngoái, Bộ đã cử cán bộ tham dự các cuộc họp của Ủy ban ASEAN về quản lý thiên tai (ACDM), song chưa có chuyên gia nào của ta làm việc dài hạn tại Trung tâm AHA.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 5 năm nay, cử đoàn do lãnh đạo Cục Quản lý đê điều và Phòng, chống thiên tai dẫn đầu sang Gia-các-ta dự cuộc họp ACDM và làm việc với Trung tâm AHA.",
        ),
        (
            "list_item",
            "2. Phối hợp với Bộ Quốc phòng và Bộ Công an cử 10 cán bộ tham gia khóa huấn luyện Đội ứng phó khẩn cấp và đánh giá của ASEAN (ERAT) do Trung tâm AHA tổ chức.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Nhật Bản tiếp tục hỗ trợ kinh phí cho Hệ thống hậu cần khẩn cấp ASEAN (DELSA).",
        ),
        (
            "list_item",
            "4. Không đăng cai diễn tập ứng phó thiên tai khu vực trong năm 2026 do trùng với lịch diễn tập quốc gia.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.",
        ),
    ],
}

YSE_AHA = {
    "id": "yse",
    "shape": "entry",
    "blocks": [
        ("title", "Trung tâm AHA"),
        (
            "paragraph",
            "Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo trong quản lý thiên tai (ASEAN Coordinating Centre for Humanitarian Assistance on disaster management – Trung tâm AHA) là cơ quan liên chính phủ của ASEAN, được thành lập theo hiệp định do lãnh đạo mười nước thành viên ký tại Bali (Indonesia) ngày 17/11/2011, nhân Hội nghị Cấp cao ASEAN lần thứ 19. Trụ sở của Trung tâm đặt tại Gia-các-ta.",
        ),
        ("heading", "Cơ sở pháp lý", 1),
        (
            "paragraph",
            "Việc lập Trung tâm đã được quy định trong Hiệp định ASEAN về quản lý thiên tai và ứng phó khẩn cấp (AADMER), ký tại Viêng Chăn ngày 26/7/2005 và có hiệu lực từ ngày 24/12/2009. Ban Điều hành của Trung tâm gồm người đứng đầu cơ quan quản lý thiên tai của các nước thành viên, trong đó có Việt Nam.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Trung tâm đã điều phối hỗ trợ của ASEAN cho Philippines sau siêu bão Haiyan năm 2013 và cho Indonesia sau trận động đất, sóng thần ở Trung Sulawesi năm 2018. Trung tâm cũng quản lý Đội ứng phó khẩn cấp và đánh giá của ASEAN (ERAT), gồm các chuyên gia do nước thành viên cử. Hệ thống hậu cần khẩn cấp ASEAN (DELSA), do Nhật Bản tài trợ, có kho dự trữ khu vực đặt tại Subang (Malaysia).",
        ),
        ("heading", "Myanmar", 1),
        (
            "paragraph",
            "Theo Đồng thuận 5 điểm ngày 24/4/2021, ASEAN cung cấp hỗ trợ nhân đạo cho Myanmar thông qua Trung tâm AHA. Sau trận động đất ngày 28/3/2025, Trung tâm tiếp tục điều phối hàng cứu trợ của các nước thành viên tới những vùng bị ảnh hưởng nặng nề ở Myanmar.",
        ),
    ],
}

DOCS = [YSA_MYANMAR, YSB_EMBASSY, YSC_JAKARTA, YSD_PLAN, YSE_AHA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page (the first too), the page
    number centred as "- N -" at the foot (heldout_kit.headed_journal: title at 52, labels and body at 74)."""
    return headed_journal(doc, title=52, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 74 columns as on the page, every line
    followed by an empty line; the ambassador's signature at the end."""
    return word_text(doc, 74, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page): <title> with the section, article:published_time, a nav menu,
    <article>, <h1>, a date line, the lead with its dateline in <p class="sapo"><b>, <h3> subheads, tags."""
    return news_page(
        doc,
        section="Thế giới",
        time="20:45",
        menu=[("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        tags=[("/tag/myanmar", "Myanmar"), ("/tag/asean", "ASEAN")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block with a dash rule, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" beside the signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Bộ Quốc phòng, Bộ Công an;", "- Lưu: VT, HTQT."],
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
        prefix="ys",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
