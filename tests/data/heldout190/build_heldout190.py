"""Build the 190th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout190/build_heldout190.py [--check]

Five short documents on multilateral parliamentary diplomacy and the Inter-Parliamentary Union (IPU): a
journal article on the National Assembly in the IPU, AIPA and APPF, the National Assembly's Committee on
External Relations' report on 2023, a news page on the close of the 132nd IPU Assembly (Hà Nội,
1/4/2015), a (fictitious) National Assembly Office plan for the parliamentary organisations in 2026, an
encyclopedia entry on the IPU. Facts are well-established; authors, journal, page numbers, document
numbers, the report's and the plan's items and all quoted words are invented. Events, citations and
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
    official_text,
    word_text,
)

QYA_PARL = {
    "id": "qya",
    "shape": "journal",
    "header": "TẠP CHÍ NGHỊ VIỆN VÀ ĐỐI NGOẠI – Số 2 (2024)",
    "first_page": 52,
    "break_after": 8,
    "blocks": [
        ("title", "NGOẠI GIAO NGHỊ VIỆN ĐA PHƯƠNG CỦA QUỐC HỘI VIỆT NAM: TỪ IPU ĐẾN APPF"),
        ("author", "Lưu Thị Thanh Bình"),
        ("affiliation", "Viện Nghiên cứu lập pháp, Ủy ban Thường vụ Quốc hội"),
        (
            "abstract",
            "Bài viết khái quát quá trình Quốc hội Việt Nam tham gia các tổ chức nghị viện đa phương và những hội nghị lớn mà Quốc hội đăng cai.",
            "vi",
        ),
        ("keywords", "ngoại giao nghị viện; IPU; AIPA; APPF", "vi"),
        ("heading", "1. Gia nhập các diễn đàn nghị viện", 1),
        (
            "paragraph",
            "Năm 1979, Quốc hội Việt Nam gia nhập Liên minh Nghị viện thế giới (IPU), tổ chức nghị viện lâu đời nhất, ra đời tại Pa-ri năm 1889. Sau khi nước ta trở thành thành viên ASEAN ngày 28/7/1995, Quốc hội cũng được kết nạp vào Tổ chức Liên nghị viện ASEAN (AIPO), nay là Đại hội đồng Liên nghị viện ASEAN (AIPA) (Nguyễn Văn Dũng, 2014, tr. 33).",
        ),
        ("heading", "2. Những hội nghị lớn tại Hà Nội", 1),
        (
            "paragraph",
            "Từ ngày 28/3 đến ngày 1/4/2015, Hà Nội đăng cai Đại hội đồng IPU lần thứ 132 với chủ đề “Các mục tiêu phát triển bền vững: Biến cam kết thành hành động”; Chủ tịch Quốc hội Nguyễn Sinh Hùng được bầu làm Chủ tịch Đại hội đồng. Tháng 1/2018, Quốc hội tổ chức Hội nghị thường niên lần thứ 26 của Diễn đàn Nghị viện châu Á – Thái Bình Dương (APPF-26) (Trần Ngọc Hà, 2019). Năm 2020, trên cương vị Chủ tịch AIPA, Quốc hội ta chủ trì Đại hội đồng AIPA lần thứ 41 theo hình thức trực tuyến.",
        ),
        ("heading", "3. Nâng tầm đóng góp", 1),
        (
            "paragraph",
            "Tháng 9/2023, Quốc hội phối hợp với IPU tổ chức Hội nghị Nghị sĩ trẻ toàn cầu lần thứ 9 tại Hà Nội. Nhiều nhà nghiên cứu đánh giá Việt Nam đã trở thành “một địa chỉ tin cậy của ngoại giao nghị viện đa phương” (Phạm Quang Vinh, 2023, tr. 71). Thời gian tới, Quốc hội cần chủ động hơn trong việc đề xuất sáng kiến và ứng cử vào các cơ quan điều hành của IPU.",
        ),
    ],
}

QYB_CER = {
    "id": "qyb",
    "shape": "word",
    "head": [
        "QUỐC HỘI KHÓA XV",
        "ỦY BAN ĐỐI NGOẠI",
        "Số: 1520/BC-UBĐN15",
        "Hà Nội, ngày 20 tháng 12 năm 2023",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hoạt động đối ngoại đa phương năm 2023 và phương hướng năm 2024",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hoạt động đối ngoại đa phương năm 2023 và phương hướng năm 2024",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2023", 1),
        (
            "list_item",
            "1. Tháng 8/2023, Ủy ban phối hợp chuẩn bị nội dung để đoàn Quốc hội ta dự Đại hội đồng AIPA lần thứ 44 tại Gia-các-ta (In-đô-nê-xi-a).",
        ),
        (
            "list_item",
            "2. Tháng 9/2023, Ủy ban là cơ quan thường trực giúp Quốc hội tổ chức Hội nghị Nghị sĩ trẻ toàn cầu lần thứ 9 tại Hà Nội, phối hợp chặt chẽ với Ban Thư ký IPU.",
        ),
        (
            "list_item",
            "3. Từ ngày 23 đến ngày 27/10/2023, đoàn Quốc hội dự Đại hội đồng IPU lần thứ 147 tại Lu-an-đa (Ăng-gô-la); bên lề Đại hội đồng, đoàn đã gặp song phương đoàn Quốc hội Ăng-gô-la và đoàn Quốc hội Mô-dăm-bích.",
        ),
        (
            "list_item",
            "4. Tháng trước, Ủy ban đón đoàn Ủy ban Đối ngoại, Quốc phòng và Thương mại của Quốc hội Ô-xtrây-li-a sang thăm và làm việc.",
        ),
        (
            "list_item",
            "5. Việc ký thỏa thuận hợp tác giữa Ủy ban và Ủy ban Đối ngoại của Quốc hội Mông Cổ chưa thực hiện được do phía bạn thay đổi nhân sự.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2024", 1),
        (
            "list_item",
            "1. Chuẩn bị để đoàn Quốc hội tham dự Đại hội đồng IPU lần thứ 148 tại Giơ-ne-vơ (Thụy Sĩ) vào tháng 3/2024.",
        ),
        (
            "list_item",
            "2. Phối hợp với Ban Thư ký IPU tổ chức hội thảo khu vực về vai trò của nghị viện trong chuyển đổi số.",
        ),
        (
            "list_item",
            "3. Đề nghị Chương trình Phát triển Liên hợp quốc (UNDP) tiếp tục hỗ trợ kỹ thuật cho dự án nâng cao năng lực đại biểu dân cử.",
        ),
        (
            "list_item",
            "4. Tham dự Đại hội đồng AIPA lần thứ 45 do Lào đăng cai.",
        ),
    ],
}

QYC_IPU132 = {
    "id": "qyc",
    "shape": "news",
    "date": "2015-04-01",
    "stamp": "Thứ Tư, 01/04/2015 - 19:30",
    "blocks": [
        ("title", "Bế mạc Đại hội đồng IPU-132, thông qua Tuyên bố Hà Nội"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 1/4, sau năm ngày làm việc, Đại hội đồng Liên minh Nghị viện thế giới lần thứ 132 (IPU-132) đã bế mạc tại Trung tâm Hội nghị Quốc gia, với việc thông qua Tuyên bố Hà Nội “Các mục tiêu phát triển bền vững: Biến cam kết thành hành động”.",
        ),
        ("heading", "Cam kết của các nghị viện", 1),
        (
            "paragraph",
            "Tuyên bố Hà Nội kêu gọi các nghị viện thành viên tích cực tham gia xây dựng và giám sát việc thực hiện các mục tiêu phát triển bền vững sau năm 2015. Đại hội đồng cũng thông qua nghị quyết về chiến tranh mạng, coi đây là mối đe dọa nghiêm trọng đối với hòa bình và an ninh toàn cầu.",
        ),
        ("heading", "Lần đầu tiên Việt Nam đăng cai", 1),
        (
            "paragraph",
            "Phát biểu bế mạc, Chủ tịch Quốc hội Nguyễn Sinh Hùng, Chủ tịch IPU-132, cảm ơn các đoàn đã đóng góp vào thành công của Đại hội đồng. Là thành viên IPU từ năm 1979, đây là lần đầu tiên Việt Nam đăng cai một kỳ Đại hội đồng của tổ chức này. Trong những ngày diễn ra hội nghị, lãnh đạo Quốc hội Việt Nam đã có nhiều cuộc tiếp xúc song phương với các trưởng đoàn.",
        ),
        (
            "paragraph",
            "Chủ tịch IPU Xa-bơ Chau-đu-ri đánh giá cao công tác tổ chức của nước chủ nhà. Đại hội đồng IPU lần thứ 133 sẽ diễn ra tại Giơ-ne-vơ (Thụy Sĩ) vào tháng 10/2015.",
        ),
    ],
}

QYD_PLAN = {
    "id": "qyd",
    "shape": "plan",
    "head": [
        f"{'VĂN PHÒNG QUỐC HỘI':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':46}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 27/KH-VPQH':<40}Hà Nội, ngày 15 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Tham gia hoạt động của các tổ chức nghị viện đa phương",
        "năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Tham gia hoạt động của các tổ chức nghị viện đa phương năm 2026",
        ),
        (
            "paragraph",
            "Thực hiện Chương trình hoạt động đối ngoại năm 2026 của Quốc hội, Văn phòng Quốc hội xây dựng Kế hoạch tham gia hoạt động của IPU, AIPA và APPF như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm ngoái, lãnh đạo Quốc hội tham dự Hội nghị Chủ tịch Quốc hội thế giới lần thứ sáu tại Giơ-ne-vơ và Đại hội đồng AIPA lần thứ 46 tại Ma-lai-xi-a; các đoàn Quốc hội ta cũng tham dự đầy đủ hai kỳ Đại hội đồng IPU trong năm. Tuy vậy, dự thảo Bản ghi nhớ hợp tác giữa Văn phòng Quốc hội và Ban Thư ký AIPA vẫn chưa được ký kết.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Phục vụ đoàn Quốc hội dự Đại hội đồng IPU lần thứ 152 và các phiên họp của Ủy ban thường trực IPU.",
        ),
        (
            "list_item",
            "2. Phối hợp với Ban Thư ký IPU tổ chức tại Hà Nội hội thảo khu vực châu Á – Thái Bình Dương về nghị viện và trí tuệ nhân tạo, dự kiến vào tháng 9.",
        ),
        (
            "list_item",
            "3. Chuẩn bị để đoàn Quốc hội tham dự Đại hội đồng AIPA lần thứ 47 tại Phi-líp-pin; sớm hoàn tất và ký Bản ghi nhớ với Ban Thư ký AIPA.",
        ),
        (
            "list_item",
            "4. Đề nghị Quốc hội Ô-xtrây-li-a tiếp tục hỗ trợ chương trình bồi dưỡng tiếng Anh cho cán bộ phục vụ hoạt động đối ngoại.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn khảo sát riêng về hoạt động nghị viện tại châu Âu trong năm 2026.",
        ),
        (
            "paragraph",
            "Vụ Đối ngoại chủ trì, phối hợp với các vụ, đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

QYE_IPU = {
    "id": "qye",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Nghị viện thế giới"),
        (
            "paragraph",
            "Liên minh Nghị viện thế giới (tiếng Anh: Inter-Parliamentary Union, IPU) là tổ chức quốc tế của các nghị viện quốc gia có chủ quyền, trụ sở tại Giơ-ne-vơ (Thụy Sĩ).",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "IPU được thành lập ngày 30/6/1889 tại Pa-ri theo sáng kiến của nghị sĩ Anh Uy-li-am Rên-đan Crê-mơ và nghị sĩ Pháp Phrê-đê-rích Pa-xy; cả hai sau đó đều được trao giải Nô-ben Hòa bình. Năm 2002, Đại hội đồng Liên hợp quốc trao cho IPU quy chế quan sát viên.",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "Cơ quan cao nhất là Đại hội đồng, họp hai lần mỗi năm; Hội đồng điều hành và Ủy ban điều hành phụ trách công việc giữa hai kỳ họp. Năm 2014, ông Mác-tin Chun-gông (Ca-mơ-run) trở thành Tổng Thư ký; tháng 10/2023, bà Tu-li-a Ác-xơn (Tan-da-ni-a) được bầu làm Chủ tịch IPU tại Lu-an-đa. IPU hợp tác chặt chẽ với Liên hợp quốc: hằng năm, hai bên cùng tổ chức phiên điều trần nghị viện tại trụ sở Liên hợp quốc ở Niu Oóc. Hội nghị Chủ tịch Quốc hội thế giới do IPU tổ chức khoảng năm năm một lần; lần thứ năm diễn ra năm 2021 tại Viên, do Quốc hội Áo đồng chủ trì.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Quốc hội Việt Nam là thành viên của IPU từ năm 1979, đã đăng cai Đại hội đồng lần thứ 132 năm 2015 và Hội nghị Nghị sĩ trẻ toàn cầu lần thứ 9 năm 2023. Quốc hội Hoa Kỳ hiện không phải là thành viên của IPU.",
        ),
    ],
}

DOCS = [QYA_PARL, QYB_CER, QYC_IPU132, QYD_PLAN, QYE_IPU]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the page
    number flush right as "[N]" (heldout_kit.headed_journal's defaults: title at 50, body at 74 columns)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: lines wrapped at 75 columns, every line followed by an empty
    line; the committee's signature at the end."""
    return word_text(
        doc,
        75,
        ["TM. ỦY BAN ĐỐI NGOẠI", "CHỦ NHIỆM", "(Đã ký)"],
        newline="\n",
    )


def render_news(doc: dict) -> str:
    """A news page: a "Chính trị" menu, <article class="detail">, the lead with its dateline in
    <p class="sapo"><b>, <h3> subheads, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Chính trị",
        time="19:30",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại")],
        tags=[("/tag/ipu-132", "IPU-132"), ("/tag/quoc-hoi", "Quốc hội")],
    )


def render_plan(doc: dict) -> str:
    """A National Assembly Office plan: issuer/motto block, centred title, body at 76 columns without blank
    lines between blocks, then the signature and "Nơi nhận" one under the other."""
    tail = [
        "",
        f"{'':46}KT. CHỦ NHIỆM",
        f"{'':46}PHÓ CHỦ NHIỆM",
        f"{'':49}(đã ký)",
        "",
        "Nơi nhận:",
        "- Ủy ban Thường vụ Quốc hội (để báo cáo);",
        "- Các cơ quan của Quốc hội;",
        "- Lưu: HC, ĐN.",
    ]
    return official_text(doc, 76, tail, blank_between=False)


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
        prefix="qy",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
