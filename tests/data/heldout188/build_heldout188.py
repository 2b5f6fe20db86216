"""Build the 188th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout188/build_heldout188.py [--check]

Five short documents on the East Asia Summit (EAS), the leaders' forum ASEAN leads: a journal article on
Vietnam's twenty years in the EAS, the Diplomatic Academy's Institute for Strategic Studies' report on
its international cooperation in 2024, a news page on the first EAS (Kuala Lumpur, 14/12/2005), a
(fictitious) Foreign Ministry plan for the EAS and the ASEAN-led mechanisms in 2026, an encyclopedia
entry on the EAS. Facts are well-established; authors, journal, page numbers, document numbers, the
report's and the plan's items and all quoted words are invented. Events, citations and questions gold
are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the
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

QWA_EAS = {
    "id": "qwa",
    "shape": "journal",
    "header": "TẠP CHÍ KHU VỰC HỌC VÀ QUAN HỆ QUỐC TẾ – Số 4 (2025)",
    "first_page": 71,
    "break_after": 13,
    "blocks": [
        ("title", "VIỆT NAM VỚI HỘI NGHỊ CẤP CAO ĐÔNG Á: HAI THẬP NIÊN THAM GIA VÀ ĐÓNG GÓP"),
        ("author", "Đỗ Minh Tuấn"),
        (
            "affiliation",
            "Khoa Quan hệ quốc tế, Trường Đại học Khoa học xã hội và Nhân văn, ĐHQG TP. Hồ Chí Minh",
        ),
        (
            "abstract",
            "Bài viết điểm lại quá trình Việt Nam tham gia Hội nghị Cấp cao Đông Á (EAS) từ năm 2005 và gợi mở một số định hướng cho giai đoạn tới.",
            "vi",
        ),
        ("keywords", "Cấp cao Đông Á; ASEAN; cấu trúc khu vực; ngoại giao đa phương", "vi"),
        ("heading", "1. Một diễn đàn do ASEAN dẫn dắt", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao Đông Á lần thứ nhất họp tại Cu-a-la Lăm-pơ ngày 14/12/2005, quy tụ lãnh đạo mười nước ASEAN cùng Trung Quốc, Nhật Bản, Hàn Quốc, Ấn Độ, Ô-xtrây-li-a và Niu Di-lân. Thủ tướng Phan Văn Khải dẫn đầu đoàn Việt Nam và cùng các nhà lãnh đạo ký Tuyên bố Cu-a-la Lăm-pơ về Hội nghị Cấp cao Đông Á. Muốn tham gia diễn đàn, một nước phải là đối tác đối thoại của ASEAN, đã gia nhập Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC) và có quan hệ thực chất với Hiệp hội (Nguyễn Thu Trang, 2012, tr. 45).",
        ),
        ("heading", "2. Từ Hà Nội 2010 đến Ba-li 2011", 1),
        (
            "paragraph",
            "Năm 2010, trên cương vị Chủ tịch ASEAN, Việt Nam đăng cai Hội nghị Cấp cao Đông Á lần thứ năm. Tại Hà Nội ngày 30/10/2010, các nhà lãnh đạo thông qua Tuyên bố Hà Nội nhân kỷ niệm 5 năm EAS và chính thức quyết định mời Hoa Kỳ, Nga tham gia diễn đàn từ năm sau; Ngoại trưởng Hi-la-ri Clin-tơn và Ngoại trưởng Xéc-gây Láp-rốp dự hội nghị với tư cách khách mời của Chủ tịch. Một năm sau, Tổng thống Ba-rắc Ô-ba-ma lần đầu dự Hội nghị Cấp cao Đông Á tại Ba-li, nâng số thành viên của diễn đàn lên 18 (Lê Văn Hùng, 2016). Dù vậy, EAS vẫn bị cho là “nặng về đối thoại chiến lược hơn là hợp tác cụ thể” (Phạm Thị Ngọc Anh, 2021, tr. 93).",
        ),
        ("heading", "3. Dấu ấn năm Chủ tịch 2020 và định hướng", 1),
        (
            "paragraph",
            "Năm 2020, dù đại dịch Covid-19 buộc hội nghị phải tổ chức trực tuyến, Việt Nam vẫn chủ trì thành công Hội nghị Cấp cao Đông Á lần thứ 15 ngày 14/11/2020, với việc thông qua Tuyên bố Hà Nội nhân kỷ niệm 15 năm EAS. Ta cũng tích cực tham gia các sáng kiến hợp tác của diễn đàn về y tế và quản lý thiên tai. Thời gian tới, Việt Nam cần phối hợp chặt chẽ với Phi-líp-pin, nước giữ cương vị Chủ tịch ASEAN năm 2026, để giữ vững vai trò trung tâm của ASEAN tại EAS.",
        ),
    ],
}

QWB_DAV = {
    "id": "qwb",
    "shape": "word",
    "head": [
        "HỌC VIỆN NGOẠI GIAO",
        "VIỆN NGHIÊN CỨU CHIẾN LƯỢC NGOẠI GIAO",
        "Số: 63/BC-VNCCL",
        "Hà Nội, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả hợp tác quốc tế năm 2024 và phương hướng năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả hợp tác quốc tế năm 2024 và phương hướng năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 7/2024, cán bộ của Viện tham gia đoàn Bộ Ngoại giao dự Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á tại Viêng Chăn (Lào), góp ý vào dự thảo tuyên bố của Chủ tịch.",
        ),
        (
            "list_item",
            "2. Ngày 26/9/2024, Viện phối hợp với Quỹ Konrad Adenauer (Đức) tổ chức tại Hà Nội hội thảo quốc tế “Hội nghị Cấp cao Đông Á trong cấu trúc khu vực đang thay đổi”, thu hút hơn 60 học giả từ 14 nước thành viên EAS.",
        ),
        (
            "list_item",
            "3. Nhân chuyến thăm và làm việc tại Hà Nội của lãnh đạo Viện Nghiên cứu Kinh tế ASEAN và Đông Á (ERIA) tháng 10/2024, hai bên đã ký Biên bản ghi nhớ về nghiên cứu chung giai đoạn 2024 – 2026.",
        ),
        (
            "list_item",
            "4. Tháng trước, Viện đón đoàn học giả Trường Đại học Quan hệ quốc tế Quốc gia Mát-xcơ-va (MGIMO) sang trao đổi về vai trò của Nga tại các diễn đàn do ASEAN dẫn dắt.",
        ),
        (
            "list_item",
            "5. Đề xuất dự án nghiên cứu chung về an ninh biển với Viện Chính sách chiến lược Ô-xtrây-li-a (ASPI) chưa được phía bạn phê duyệt kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với Viện Nghiên cứu Chiến lược và Quốc tế Ma-lai-xi-a (ISIS) tổ chức tọa đàm kỷ niệm 20 năm Hội nghị Cấp cao Đông Á, nhân dịp Ma-lai-xi-a giữ cương vị Chủ tịch ASEAN năm 2025.",
        ),
        (
            "list_item",
            "2. Cử đoàn sang Gia-các-ta làm việc với Ban Thư ký ASEAN và ERIA trong quý II/2025.",
        ),
        (
            "list_item",
            "3. Tiếp tục đề nghị Quỹ Hòa bình Sa-sa-ka-oa (Nhật Bản) tài trợ chương trình trao đổi học giả trẻ giữa các nước tham gia EAS.",
        ),
    ],
}

QWC_KL2005 = {
    "id": "qwc",
    "shape": "news",
    "date": "2005-12-14",
    "stamp": "Thứ Tư, 14/12/2005 - 21:40",
    "blocks": [
        ("title", "Hội nghị Cấp cao Đông Á lần thứ nhất ra Tuyên bố Cu-a-la Lăm-pơ"),
        (
            "paragraph",
            "Cu-a-la Lăm-pơ (TTXVN) – Ngày 14/12, lãnh đạo 16 nước đã dự Hội nghị Cấp cao Đông Á (EAS) lần thứ nhất tại thủ đô Ma-lai-xi-a và ký Tuyên bố Cu-a-la Lăm-pơ, khẳng định EAS là diễn đàn đối thoại rộng rãi về các vấn đề chiến lược, chính trị và kinh tế cùng quan tâm.",
        ),
        ("heading", "ASEAN là động lực", 1),
        (
            "paragraph",
            "Chủ trì hội nghị, Thủ tướng Ma-lai-xi-a Áp-đu-la Ba-đa-uy nhấn mạnh EAS là diễn đàn mở, trong đó ASEAN giữ vai trò động lực. Cùng dự với mười nước ASEAN có lãnh đạo Trung Quốc, Nhật Bản, Hàn Quốc, Ấn Độ, Ô-xtrây-li-a và Niu Di-lân. Tổng thống Nga Vla-đi-mia Pu-tin có mặt tại hội nghị với tư cách khách mời của nước chủ nhà.",
        ),
        (
            "paragraph",
            "Các nhà lãnh đạo cũng ra Tuyên bố về phòng ngừa, kiểm soát và ứng phó với dịch cúm gia cầm, nhất trí chia sẻ thông tin và hỗ trợ các nước bị ảnh hưởng.",
        ),
        ("heading", "Việt Nam đề nghị tăng cường hợp tác", 1),
        (
            "paragraph",
            "Phát biểu tại hội nghị, Thủ tướng Phan Văn Khải cho rằng EAS cần bổ trợ cho tiến trình ASEAN+3 và đề nghị các nước chung tay đẩy lùi dịch cúm gia cầm. Trước đó, Thủ tướng đã cùng lãnh đạo các nước ASEAN ký Tuyên bố Cu-a-la Lăm-pơ về xây dựng Hiến chương ASEAN tại Hội nghị Cấp cao ASEAN lần thứ 11.",
        ),
        ("heading", "Nga muốn trở thành thành viên", 1),
        (
            "paragraph",
            "Nga đã gia nhập Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC) năm 2004 và bày tỏ mong muốn tham gia EAS, song hội nghị lần này chưa xem xét việc mở rộng. Hội nghị Cấp cao Đông Á lần thứ hai dự kiến họp tại Phi-líp-pin vào năm sau.",
        ),
    ],
}

QWD_PLAN = {
    "id": "qwd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<44}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':50}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-BNG':<44}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia Hội nghị Cấp cao Đông Á và các cơ chế",
        "do ASEAN dẫn dắt năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tham gia Hội nghị Cấp cao Đông Á và các cơ chế do ASEAN dẫn dắt năm 2026",
        ),
        (
            "paragraph",
            "Nhằm phát huy kết quả Hội nghị Cấp cao Đông Á lần thứ 20 tại Cu-a-la Lăm-pơ tháng 10 năm ngoái và đóng góp vào năm Chủ tịch ASEAN 2026 của Phi-líp-pin, Bộ Ngoại giao xây dựng Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Sau hai mươi năm, EAS đã trở thành diễn đàn chiến lược hàng đầu của khu vực, nay có thêm Đông Ti-mo, nước được kết nạp làm thành viên thứ 11 của ASEAN tại Cu-a-la Lăm-pơ ngày 26/10/2025. Năm ngoái, Thủ tướng Chính phủ dự Hội nghị Cấp cao Đông Á và có nhiều cuộc tiếp xúc song phương bên lề; tuy vậy, một số đề xuất hợp tác của ta trong khuôn khổ EAS chưa được triển khai do thiếu nguồn lực.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn do Thứ trưởng dẫn đầu dự Hội nghị Quan chức cao cấp EAS tại Phi-líp-pin.",
        ),
        (
            "list_item",
            "2. Phối hợp với Ô-xtrây-li-a đồng chủ trì Hội thảo EAS về an ninh biển tại Hà Nội, dự kiến vào tháng 8.",
        ),
        (
            "list_item",
            "3. Đề nghị Nhật Bản tiếp tục tài trợ dự án nâng cao năng lực ứng phó thiên tai cho các tỉnh ven biển miền Trung trong khuôn khổ EAS.",
        ),
        (
            "list_item",
            "4. Chuẩn bị nội dung, chương trình để Thủ tướng Chính phủ dự Hội nghị Cấp cao Đông Á lần thứ 21 tại Phi-líp-pin.",
        ),
        (
            "list_item",
            "5. Không tổ chức hội nghị quốc tế riêng về EAS tại Việt Nam trong năm 2026; các hoạt động kỷ niệm được lồng ghép vào hội thảo nêu tại mục 2.",
        ),
        (
            "paragraph",
            "Vụ ASEAN chủ trì, phối hợp với các đơn vị liên quan theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

QWE_EAS = {
    "id": "qwe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội nghị Cấp cao Đông Á"),
        (
            "paragraph",
            "Hội nghị Cấp cao Đông Á (tiếng Anh: East Asia Summit, viết tắt EAS) là diễn đàn đối thoại chiến lược cấp cao do ASEAN dẫn dắt, họp thường niên ngay sau Hội nghị Cấp cao ASEAN.",
        ),
        ("heading", "Hình thành và mở rộng", 1),
        (
            "paragraph",
            "Hội nghị đầu tiên diễn ra tại Cu-a-la Lăm-pơ ngày 14/12/2005 với 16 thành viên sáng lập: mười nước ASEAN cùng Trung Quốc, Nhật Bản, Hàn Quốc, Ấn Độ, Ô-xtrây-li-a và Niu Di-lân. Hội nghị lần thứ hai, vốn dự kiến họp tại Xê-bu (Phi-líp-pin) tháng 12/2006, phải hoãn đến ngày 15/1/2007 vì bão; tại đây các nhà lãnh đạo ký Tuyên bố Xê-bu về an ninh năng lượng Đông Á. Năm 2011, Hoa Kỳ và Nga chính thức tham gia, nâng số thành viên lên 18.",
        ),
        ("heading", "Cơ chế hoạt động", 1),
        (
            "paragraph",
            "EAS không có ban thư ký riêng. Năm 2015, nhân kỷ niệm 10 năm, các nhà lãnh đạo nhất trí lập Bộ phận EAS tại Ban Thư ký ASEAN ở Gia-các-ta. Bộ trưởng Ngoại giao các nước EAS họp hằng năm bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN, còn đại sứ các nước thành viên tại Gia-các-ta họp định kỳ để theo dõi việc triển khai.",
        ),
        ("heading", "Việt Nam với EAS", 1),
        (
            "paragraph",
            "Việt Nam là thành viên sáng lập, đã đăng cai Hội nghị lần thứ năm tại Hà Nội năm 2010 và chủ trì Hội nghị lần thứ 15 theo hình thức trực tuyến năm 2020. Ca-na-đa và Liên minh châu Âu từng bày tỏ mong muốn tham gia, song đến nay chưa được kết nạp.",
        ),
    ],
}

DOCS = [QWA_EAS, QWB_DAV, QWC_KL2005, QWD_PLAN, QWE_EAS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the
    page number centred under each page as "- N -" (heldout_kit.headed_journal, body at 72 columns)."""
    return headed_journal(doc, title=52, label=72, body=72, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 70 columns, every line followed by an empty
    line; the signature "VIỆN TRƯỞNG" at the end."""
    return word_text(doc, 70, ["VIỆN TRƯỞNG", "(Đã ký)", "Nguyễn Văn Nam"])


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page's agency layout): a "Thế giới" menu, the lead with its dateline in
    <p class="sapo"><b>, <h3> subheads, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="21:40",
        menu=[("/the-gioi", "Thế giới"), ("/asean", "ASEAN")],
        tags=[("/tag/eas", "Cấp cao Đông Á"), ("/tag/asean", "ASEAN"), ("/tag/malaysia", "Ma-lai-xi-a")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 78 columns, "Nơi nhận" beside the
    signature block."""
    return plan_text(
        doc,
        78,
        ["Nơi nhận:", "- Văn phòng Chính phủ;", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, ASEAN."],
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
        prefix="qw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
