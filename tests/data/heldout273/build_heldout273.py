"""Build the two hundred seventy-third held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout273/build_heldout273.py [--check]

Five short documents on Vietnam in UN bodies and UN peacekeeping: a journal article on ten years of Vietnamese
peacekeeping in South Sudan, the Central African Republic and Abyei, a (fictitious) provincial labour
federation's 2023 report on cooperation with the ILO (Word "save as text"), a news page on Vietnam's election
to the Human Rights Council for 2023 – 2025, a (fictitious) plan of the Vietnam National Commission for UNESCO
for 2024 as a member of the Executive Board, and an encyclopedia entry on ECOSOC. Facts are well-established;
authors, journal, page numbers, document numbers, the report's and plan's items and quoted words are
invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs
in the documents.
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

HXA_PKO = {
    "id": "hxa",
    "shape": "journal",
    "header": "Tạp chí Quốc phòng và Hội nhập quốc tế  |  Số 7 – 2024",
    "first_page": 88,
    "break_after": 4,
    "blocks": [
        ("title", "MƯỜI NĂM VIỆT NAM THAM GIA HOẠT ĐỘNG GÌN GIỮ HÒA BÌNH LIÊN HỢP QUỐC"),
        ("author", "Đại tá, TS. Vũ Quang Thắng"),
        ("affiliation", "Học viện Quốc phòng"),
        (
            "abstract",
            "Bài viết tổng kết quá trình Việt Nam cử lực lượng tham gia các phái bộ gìn giữ hòa bình ở châu Phi từ năm 2014.",
            "vi",
        ),
        ("keywords", "gìn giữ hòa bình; UNMISS; MINUSCA; UNISFA; bệnh viện dã chiến", "vi"),
        ("heading", "1. Những bước đi đầu tiên", 1),
        (
            "paragraph",
            "Ngày 27/5/2014, hai sĩ quan đầu tiên của Quân đội nhân dân Việt Nam lên đường làm nhiệm vụ sĩ quan liên lạc tại Phái bộ Liên hợp quốc ở Nam Xu-đăng (UNMISS) (Hoàng Minh Tuấn, 2016, tr. 12). Không lâu sau đó, các sĩ quan tham mưu Việt Nam lần lượt có mặt tại Phái bộ MINUSCA ở Cộng hòa Trung Phi.",
        ),
        ("heading", "2. Từ cá nhân đến đơn vị", 1),
        (
            "paragraph",
            "Tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 của Việt Nam bắt đầu hoạt động tại Bentiu, Nam Xu-đăng; đến nay đã có nhiều lượt bệnh viện luân phiên thay thế nhau. Năm 2022, Đội Công binh số 1 được triển khai tới khu vực Abyei thuộc Phái bộ UNISFA, vừa làm đường, vừa giúp người dân địa phương khoan giếng. Đánh giá về các đơn vị này, một tác giả viết rằng họ là “những sứ giả hòa bình mặc quân phục” (Lương Thị Hạnh, 2021, tr. 64).",
        ),
        ("heading", "3. Hướng tới", 1),
        (
            "paragraph",
            "Việt Nam chưa cử đơn vị bộ binh tham gia lực lượng gìn giữ hòa bình. Trong thời gian tới, ta sẽ tiếp tục tăng tỷ lệ nữ quân nhân và mở rộng phạm vi tham gia sang các lĩnh vực mới (Đỗ Văn Khoa, 2023).",
        ),
    ],
}

HXB_ILO = {
    "id": "hxb",
    "shape": "word",
    "head": [
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG",
        "Số: 96/BC-LĐLĐ",
        "Thủ Dầu Một, ngày 20 tháng 12 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác quốc tế với Tổ chức Lao động quốc tế (ILO) và các đối tác năm 2023",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác quốc tế với Tổ chức Lao động quốc tế (ILO) và các đối tác năm 2023",
        ),
        ("heading", "I. KẾT QUẢ THỰC HIỆN", 1),
        (
            "list_item",
            "1. Phối hợp với Văn phòng ILO tại Việt Nam mở 6 lớp tập huấn về đối thoại xã hội cho 420 cán bộ công đoàn cơ sở.",
        ),
        (
            "list_item",
            "2. Tháng 5/2023, đón đoàn Tổng Liên đoàn Công đoàn Nhật Bản (RENGO) sang trao đổi kinh nghiệm thương lượng tập thể.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 30.000 USD của ILO hỗ trợ xây dựng nhà văn hóa công nhân tại khu công nghiệp.",
        ),
        (
            "list_item",
            "4. Tháng 8/2023, ký biên bản ghi nhớ hợp tác với Liên hiệp Công đoàn tỉnh Chăm-pa-xắc (Lào).",
        ),
        (
            "list_item",
            "5. Đoàn cán bộ dự kiến sang Hàn Quốc học tập mô hình an toàn lao động chưa thực hiện được do chưa bố trí được kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp với ILO tuyên truyền Công ước số 98 về quyền tổ chức và thương lượng tập thể mà Việt Nam đã phê chuẩn năm 2019.",
        ),
        (
            "list_item",
            "2. Đề nghị Tổng Liên đoàn cử cán bộ của tỉnh tham gia đoàn Việt Nam dự Hội nghị Lao động quốc tế lần thứ 112 tại Giơ-ne-vơ (Thụy Sĩ) vào tháng 6/2024.",
        ),
        (
            "list_item",
            "3. Tiếp tục trao đổi đoàn với Công đoàn tỉnh Chăm-pa-xắc theo biên bản ghi nhớ đã ký.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo kết quả hợp tác quốc tế năm 2023 của Liên đoàn Lao động tỉnh Bình Dương.",
        ),
    ],
}

HXC_NEWS = {
    "id": "hxc",
    "shape": "news",
    "date": "2022-10-12",
    "stamp": "Thứ Tư, 12/10/2022 - 06:30",
    "blocks": [
        ("title", "Việt Nam trúng cử Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 – 2025"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Chiều 11/10 (giờ địa phương), Đại hội đồng Liên hợp quốc khóa 77 đã bầu Việt Nam làm thành viên Hội đồng Nhân quyền nhiệm kỳ 2023 – 2025 với 145 phiếu thuận.",
        ),
        ("heading", "Cạnh tranh gay gắt", 1),
        (
            "paragraph",
            "Ở nhóm châu Á – Thái Bình Dương, nhiều ứng viên cạnh tranh bốn ghế. Cùng trúng cử với Việt Nam có Băng-la-đét, Man-đi-vơ và Cư-rơ-gư-xtan; Hàn Quốc không giành đủ số phiếu cần thiết. Ứng cử của Việt Nam đã được các nước ASEAN nhất trí ủng hộ từ trước.",
        ),
        (
            "paragraph",
            "Đây là lần thứ hai Việt Nam trở thành thành viên Hội đồng, sau nhiệm kỳ 2014 – 2016. Phát biểu sau khi có kết quả, Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, cảm ơn các nước thành viên đã tín nhiệm.",
        ),
        ("heading", "Ưu tiên trong nhiệm kỳ", 1),
        (
            "paragraph",
            "Trong nhiệm kỳ tới, Việt Nam sẽ thúc đẩy bảo vệ các nhóm dễ bị tổn thương, bình đẳng giới và quyền con người trong ứng phó với biến đổi khí hậu, đồng thời tăng cường đối thoại và hợp tác với các nước.",
        ),
    ],
}

HXD_PLAN = {
    "id": "hxd",
    "shape": "plan",
    "head": [
        f"{'BỘ NGOẠI GIAO':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'ỦY BAN QUỐC GIA UNESCO VIỆT NAM':<42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 05/KH-UBQG':<42}Hà Nội, ngày 10 tháng 01 năm 2024",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hoạt động năm 2024 với tư cách thành viên Hội đồng Chấp hành UNESCO",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hoạt động năm 2024 với tư cách thành viên Hội đồng Chấp hành UNESCO"),
        ("heading", "I. MỤC ĐÍCH", 1),
        (
            "paragraph",
            "Tháng 11/2021, Việt Nam được bầu vào Hội đồng Chấp hành UNESCO nhiệm kỳ 2021 – 2025. Kế hoạch nhằm phát huy vai trò thành viên, đóng góp vào công việc chung của Tổ chức.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Cử đoàn tham dự khóa họp lần thứ 219 và lần thứ 220 của Hội đồng Chấp hành tại Pa-ri (Pháp).",
        ),
        (
            "list_item",
            "2. Phối hợp với Văn phòng UNESCO tại Hà Nội tổ chức hội thảo quốc tế về bảo vệ di sản văn hóa phi vật thể trong quý III.",
        ),
        (
            "list_item",
            "3. Chia sẻ kinh nghiệm lập hồ sơ di sản với Ủy ban quốc gia UNESCO của Lào và Cam-pu-chia.",
        ),
        (
            "list_item",
            "4. Mời Tổng Giám đốc UNESCO Audrey Azoulay thăm Việt Nam vào thời điểm thích hợp.",
        ),
        (
            "paragraph",
            "Các đơn vị không đề xuất ứng cử thêm vị trí nào tại UNESCO trong năm 2024. Văn phòng Ủy ban chủ trì, phối hợp với các bộ, ngành liên quan triển khai Kế hoạch.",
        ),
    ],
}

HXE_ENTRY = {
    "id": "hxe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Kinh tế và Xã hội Liên hợp quốc"),
        (
            "paragraph",
            "Hội đồng Kinh tế và Xã hội Liên hợp quốc (ECOSOC) là một trong sáu cơ quan chính của Liên hợp quốc, điều phối công việc kinh tế, xã hội và môi trường của các cơ quan chuyên môn, các ủy ban chức năng và ủy ban khu vực. Hội đồng họp khóa đầu tiên tại Luân Đôn ngày 23/1/1946; các phiên họp hiện nay diễn ra chủ yếu tại Niu Oóc và Giơ-ne-vơ.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Ban đầu Hội đồng có 18 thành viên; con số này được nâng lên 27 năm 1965 và 54 năm 1973. Các thành viên do Đại hội đồng bầu với nhiệm kỳ ba năm, phân bổ theo khu vực địa lý. Hàng nghìn tổ chức phi chính phủ có quy chế tham vấn với ECOSOC.",
        ),
        ("heading", "Việt Nam tại ECOSOC", 1),
        (
            "paragraph",
            "Việt Nam được bầu làm thành viên ECOSOC nhiệm kỳ 1998 – 2000 và nhiệm kỳ 2016 – 2018, tích cực tham gia thảo luận về tài chính cho phát triển và thực hiện các Mục tiêu Phát triển bền vững. Việt Nam cũng là thành viên của Ủy ban Kinh tế và Xã hội khu vực châu Á – Thái Bình Dương (ESCAP), một trong năm ủy ban khu vực trực thuộc ECOSOC.",
        ),
    ],
}

DOCS = [HXA_PKO, HXB_ILO, HXC_NEWS, HXD_PLAN, HXE_ENTRY]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" at the left."""
    return headed_journal(doc, title=48, body=72, label=72, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 74 columns, signed "TM. BAN THƯỜNG VỤ /
    CHỦ TỊCH"."""
    return report_word(doc, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)"], width=74)


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page) in its "Thời sự" section."""
    return news_page(
        doc,
        section="Thời sự",
        time="06:30",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/nhan-quyen", "Hội đồng Nhân quyền"), ("/tag/lhq", "Liên hợp quốc")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "CHỦ TỊCH", its own "Nơi nhận" lines."""
    return ministry_plan(
        doc,
        signature=["CHỦ TỊCH", "", "(đã ký)"],
        recipients=["- Lãnh đạo Bộ (để b/c);", "- Các thành viên Ủy ban;", "- Lưu: VT, VPUB."],
        columns=(50, 50, 51),
        width=78,
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
        prefix="hx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
