"""Build the hundred-and-ninth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout109/build_heldout109.py [--check]

Five short documents on the Mekong, the South China Sea and maritime cooperation written after the rules
were tuned on the seeds and the earlier held-out sets, on topics those sets do not use as main topics (from
the Lower Mekong Initiative of 2009 to the Mekong – U.S. Partnership of 2020, Quảng Ngãi's external affairs
in the first half of 2023 with fishermen rescued and released abroad, the arbitral award of 12/7/2016 on
the South China Sea, a (fictitious) Vietnam Coast Guard plan for international cooperation in 2026, an
encyclopedia entry on the Treaty of Amity and Cooperation in Southeast Asia). Nothing in src/ was changed
for them. Facts are well-established; authors, journal, page numbers, document numbers, the report's and
the plan's local items and all quoted words are invented. Events, citations and questions gold are
written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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
    plan_text,
    word_text,
)

TUA_MEKONG = {
    "id": "tua",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU TIỂU VÙNG MÊ CÔNG – Số 1 (2024)",
    "first_page": 23,
    "break_after": 10,
    "blocks": [
        ("title", "TỪ SÁNG KIẾN HẠ NGUỒN MÊ CÔNG ĐẾN QUAN HỆ ĐỐI TÁC MÊ CÔNG – MỸ"),
        ("author", "Bùi Thị Hồng Nhung"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát hơn một thập kỷ hợp tác giữa các nước hạ nguồn Mê Công và Hoa Kỳ, từ đó nêu một số khuyến nghị đối với Việt Nam.",
            "vi",
        ),
        ("keywords", "Mê Công; LMI; MUSP; Hoa Kỳ; hợp tác tiểu vùng", "vi"),
        ("heading", "1. Sự ra đời của Sáng kiến Hạ nguồn Mê Công", 1),
        (
            "paragraph",
            "Ngày 23/7/2009, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN tại Phu-kết (Thái Lan), Ngoại trưởng Mỹ Hillary Clinton đã gặp bộ trưởng ngoại giao Cam-pu-chia, Lào, Thái Lan và Việt Nam. Tại cuộc gặp, các bên nhất trí tăng cường hợp tác trong các lĩnh vực môi trường, y tế, giáo dục và phát triển cơ sở hạ tầng, đặt nền móng cho Sáng kiến Hạ nguồn Mê Công (LMI) (Nguyễn Văn Thịnh, 2014, tr. 52). Năm 2012, Mi-an-ma trở thành thành viên thứ sáu của Sáng kiến.",
        ),
        ("heading", "2. Những bước phát triển mới", 1),
        (
            "paragraph",
            "Hội nghị Bộ trưởng LMI lần thứ 6, họp tại Bandar Seri Begawan ngày 1/7/2013, lần đầu tiên có sự tham dự của Tổng Thư ký ASEAN Lê Lương Minh. Cũng trong tháng đó, nhân chuyến thăm Hoa Kỳ của Chủ tịch nước Trương Tấn Sang, hai nước xác lập quan hệ Đối tác toàn diện ngày 25/7/2013. Ngày 1/8/2019, Hội nghị Bộ trưởng LMI lần thứ 12 tại Băng Cốc do Ngoại trưởng Mỹ Mike Pompeo và Bộ trưởng Ngoại giao Thái Lan Don Pramudwinai đồng chủ trì (Phạm Thu Hằng, 2021).",
        ),
        (
            "paragraph",
            "Ngày 11/9/2020, trong năm Việt Nam giữ cương vị Chủ tịch ASEAN, các nước Mê Công và Mỹ chính thức nâng LMI thành Quan hệ Đối tác Mê Công – Mỹ (MUSP) tại hội nghị trực tuyến do Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh và Thứ trưởng Ngoại giao Mỹ Stephen Biegun đồng chủ trì. Phía Mỹ công bố khoản hỗ trợ hơn 150 triệu USD, trong đó 55 triệu USD dành cho phòng, chống tội phạm xuyên quốc gia.",
        ),
        ("heading", "3. Một số khuyến nghị", 1),
        (
            "paragraph",
            "Tháng 9/2023, Việt Nam và Hoa Kỳ nâng quan hệ lên Đối tác chiến lược toàn diện, tạo thêm động lực cho hợp tác tiểu vùng. Tuy vậy, MUSP cần “bổ trợ chứ không cạnh tranh với các cơ chế hợp tác Mê Công hiện có” (Đoàn Minh Quang, 2022, tr. 140). Việt Nam nên chủ động đề xuất với phía Mỹ các dự án chung về quản lý nguồn nước và ứng phó với biến đổi khí hậu ở Đồng bằng sông Cửu Long.",
        ),
    ],
}

TUB_QUANGNGAI = {
    "id": "tub",
    "shape": "word",
    "head": [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "SỞ NGOẠI VỤ",
        "Số: 96/BC-SNgV",
        "Quảng Ngãi, ngày 15 tháng 6 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Việc Việt Nam và In-đô-nê-xi-a kết thúc đàm phán phân định ranh giới vùng đặc quyền kinh tế vào tháng 12/2022 đã được Sở phối hợp với Bộ đội Biên phòng tỉnh tuyên truyền rộng rãi, giúp ngư dân nắm rõ ranh giới khi khai thác ở vùng biển phía nam.",
        ),
        (
            "list_item",
            "2. Tháng 3, một tàu cá của huyện Lý Sơn cùng 11 ngư dân bị hỏng máy và chìm gần quần đảo Trường Sa; toàn bộ thuyền viên đã được tàu Hải quân Phi-líp-pin cứu vớt, sau đó bàn giao cho lực lượng chức năng Việt Nam. Sở đã tham mưu Ủy ban nhân dân tỉnh gửi thư cảm ơn Đại sứ quán Phi-líp-pin tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Việt Nam tại Ma-lai-xi-a đề nghị phía bạn sớm trả tự do cho 17 ngư dân của tỉnh bị bắt giữ hồi cuối năm ngoái; đến tháng 5, toàn bộ số ngư dân này đã được Ma-lai-xi-a trả tự do và về nước an toàn.",
        ),
        (
            "list_item",
            "4. Dự án nâng cấp trạm y tế xã An Vĩnh, huyện Lý Sơn, do Chính phủ Nhật Bản tài trợ với kinh phí khoảng 90.000 USD, đã được khởi công trong tháng 4.",
        ),
        (
            "list_item",
            "5. Sở đã kịp thời báo cáo Bộ Ngoại giao việc một tàu cá của xã Bình Châu bị tàu Trung Quốc xua đuổi, thu giữ ngư cụ khi đang khai thác hải sản tại vùng biển quần đảo Hoàng Sa của Việt Nam, để Bộ giao thiệp, phản đối với phía Trung Quốc.",
        ),
        (
            "list_item",
            "6. Đề xuất ký thỏa thuận hợp tác với tỉnh Jeollanam (Hàn Quốc) chưa được xem xét do hai bên chưa thống nhất được lĩnh vực ưu tiên.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Tiếp tục tuyên truyền, vận động ngư dân không vi phạm vùng biển nước ngoài.",
        ),
        (
            "list_item",
            "2. Tháng 9, đón đoàn Đại sứ quán Nhật Bản đến dự lễ khánh thành trạm y tế xã An Vĩnh.",
        ),
        (
            "list_item",
            "3. Tổ chức đoàn doanh nghiệp thủy sản của tỉnh sang khảo sát thị trường Phi-líp-pin trong tháng 11.",
        ),
    ],
}

TUC_AWARD = {
    "id": "tuc",
    "shape": "news",
    "date": "2016-07-12",
    "stamp": "Thứ Ba, 12/07/2016 - 21:40",
    "blocks": [
        ("title", "Tòa Trọng tài ra phán quyết vụ Phi-líp-pin kiện Trung Quốc về Biển Đông"),
        (
            "paragraph",
            "La Hay (TTXVN) – Chiều 12/7 (giờ Việt Nam), Tòa Trọng tài được thành lập theo Phụ lục VII của Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS) đã ra phán quyết cuối cùng trong vụ kiện do Phi-líp-pin khởi xướng đối với Trung Quốc liên quan đến Biển Đông.",
        ),
        ("heading", "Không có cơ sở cho “quyền lịch sử”", 1),
        (
            "paragraph",
            "Với sự nhất trí của cả năm trọng tài viên, Tòa kết luận Trung Quốc không có cơ sở pháp lý để yêu sách quyền lịch sử đối với tài nguyên trong các vùng biển nằm trong “đường chín đoạn”. Phi-líp-pin khởi kiện từ ngày 22/1/2013; Tòa Trọng tài thường trực (PCA) ở La Hay làm cơ quan thư ký cho vụ kiện.",
        ),
        ("heading", "Bắc Kinh không chấp nhận", 1),
        (
            "paragraph",
            "Ngay sau khi phán quyết được công bố, Bộ Ngoại giao Trung Quốc ra tuyên bố cho rằng phán quyết “vô hiệu và không có tính ràng buộc”, khẳng định nước này không chấp nhận và không công nhận phán quyết. Trung Quốc đã từ chối tham gia tố tụng ngay từ đầu.",
        ),
        ("heading", "Việt Nam hoan nghênh", 1),
        (
            "paragraph",
            "Tại Hà Nội, trả lời câu hỏi của phóng viên, Người Phát ngôn Bộ Ngoại giao Lê Hải Bình cho biết Việt Nam hoan nghênh việc Tòa Trọng tài đưa ra phán quyết cuối cùng và sẽ có tuyên bố về nội dung phán quyết. Ông nhắc lại lập trường đã nêu trong Tuyên bố của Bộ Ngoại giao gửi Tòa ngày 5/12/2014, đồng thời một lần nữa khẳng định chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa.",
        ),
        (
            "paragraph",
            "Cũng trong ngày, Bộ Ngoại giao Mỹ cho rằng phán quyết là cuối cùng và có giá trị ràng buộc pháp lý đối với cả Trung Quốc và Phi-líp-pin. Nhật Bản kêu gọi các bên tuân thủ phán quyết.",
        ),
    ],
}

TUD_PLAN = {
    "id": "tud",
    "shape": "plan",
    "head": [
        f"{'BỘ QUỐC PHÒNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'BỘ TƯ LỆNH CẢNH SÁT BIỂN':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 112/KH-BTL':<40}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế của Cảnh sát biển Việt Nam năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế của Cảnh sát biển Việt Nam năm 2026"),
        (
            "paragraph",
            "Thực hiện Luật Cảnh sát biển Việt Nam năm 2018 và Công ước Liên hợp quốc về Luật Biển năm 1982, Bộ Tư lệnh Cảnh sát biển xây dựng Kế hoạch hợp tác quốc tế năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Cảnh sát biển Việt Nam đã tiếp nhận các tàu tuần tra lớp Hamilton do Hoa Kỳ chuyển giao, chiếc đầu tiên từ năm 2017; Nhật Bản cung cấp khoản vay ODA 36,6 tỷ yên theo hiệp định ký ngày 28/7/2020 để đóng sáu tàu tuần tra. Bản ghi nhớ về hợp tác hàng hải giữa Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Phi-líp-pin được ký ngày 30/1/2024 tại Hà Nội, nhân chuyến thăm cấp Nhà nước của Tổng thống Ferdinand Marcos Jr. Năm ngoái, đơn vị tiếp tục tuần tra liên hợp nghề cá với Cảnh sát biển Trung Quốc tại Vịnh Bắc Bộ; riêng cuộc diễn tập tìm kiếm, cứu nạn chung với Cảnh sát biển Nhật Bản chưa thực hiện được do trùng lịch.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Tháng 4, phối hợp với Cảnh sát biển Trung Quốc tổ chức tuần tra liên hợp nghề cá chung tại Vịnh Bắc Bộ.",
        ),
        (
            "list_item",
            "2. Tổ chức trao đổi đoàn, tàu thăm xã giao với Lực lượng Bảo vệ bờ biển Phi-líp-pin theo Bản ghi nhớ năm 2024.",
        ),
        (
            "list_item",
            "3. Đón tàu của Lực lượng Bảo vệ bờ biển Ấn Độ thăm thành phố Đà Nẵng, dự kiến vào tháng 10.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Hoa Kỳ tiếp tục hỗ trợ đào tạo thuyền viên và bảo dưỡng các tàu đã chuyển giao.",
        ),
        (
            "list_item",
            "5. Cử đoàn tham dự Hội nghị Người đứng đầu các cơ quan bảo vệ bờ biển châu Á (HACGAM).",
        ),
        (
            "paragraph",
            "Phòng Hợp tác quốc tế là cơ quan thường trực, giúp Tư lệnh theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

TUE_TAC = {
    "id": "tue",
    "shape": "entry",
    "blocks": [
        ("title", "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á"),
        (
            "paragraph",
            "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC) được nguyên thủ và người đứng đầu chính phủ năm nước sáng lập ASEAN là In-đô-nê-xi-a, Ma-lai-xi-a, Phi-líp-pin, Xin-ga-po và Thái Lan ký tại Hội nghị Cấp cao ASEAN lần thứ nhất ở Ba-li ngày 24/2/1976. Hiệp ước nêu các nguyên tắc tôn trọng độc lập, chủ quyền, không can thiệp vào công việc nội bộ của nhau, giải quyết bất đồng bằng biện pháp hòa bình và không đe dọa hay sử dụng vũ lực.",
        ),
        ("heading", "Các lần sửa đổi", 1),
        (
            "paragraph",
            "Nghị định thư sửa đổi thứ nhất, ký ngày 15/12/1987, cho phép các nước ngoài Đông Nam Á gia nhập Hiệp ước; Nghị định thư thứ hai được ký năm 1998. Nghị định thư thứ ba, ký tại Hà Nội ngày 23/7/2010, mở đường cho các tổ chức khu vực tham gia. Quy tắc thủ tục của Hội đồng Tối cao, cơ chế giải quyết tranh chấp do Hiệp ước lập ra, được thông qua năm 2001, song đến nay Hội đồng chưa từng được triệu tập.",
        ),
        ("heading", "Mở rộng", 1),
        (
            "paragraph",
            "Pa-pua Niu Ghi-nê là nước ngoài khu vực đầu tiên gia nhập, năm 1989. Việt Nam tham gia Hiệp ước ngày 22/7/1992, ba năm trước khi trở thành thành viên ASEAN. Trung Quốc và Ấn Độ cùng gia nhập ngày 8/10/2003; Hoa Kỳ ký văn kiện gia nhập tại Phu-kết ngày 22/7/2009, còn Liên minh châu Âu trở thành bên tham gia năm 2012. Tham gia TAC là một trong những điều kiện để được mời dự Hội nghị Cấp cao Đông Á (EAS).",
        ),
    ],
}

DOCS = [TUA_MEKONG, TUB_QUANGNGAI, TUC_AWARD, TUD_PLAN, TUE_TAC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["GIÁM ĐỐC", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: <meta property="article:published_time">, a nav menu, <article>, <h1>, a date line, the
    lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list, footer."""
    return news_page(
        doc,
        "Thế giới",
        "21:40",
        [("/the-gioi", "Thế giới"), ("/bien-dao", "Biển đảo")],
        [("/tag/bien-dong", "Biển Đông"), ("/tag/unclos", "UNCLOS")],
    )


def render_plan(doc: dict) -> str:
    """A Coast Guard Command plan: the two-column issuer/motto block, the centred two-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Quốc phòng (để báo cáo);",
            "- Cục Đối ngoại/BQP;",
            "- Lưu: VT, HTQT.",
        ],
        ["TƯ LỆNH", "(đã ký)"],
        columns=(48, 48),
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
        prefix="tu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
