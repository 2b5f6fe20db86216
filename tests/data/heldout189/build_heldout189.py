"""Build the 189th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout189/build_heldout189.py [--check]

Five short documents on the law of the sea and the bodies of the 1982 Convention (UNCLOS): a journal article
on Vietnam and the Convention's institutions (signature 1982, ratification 1994, the continental-shelf
submissions of 2009, BBNJ), the Hanoi Law University international office's report on the first half of
2025, a news page on the Tribunal's order on the Ukrainian naval vessels (Hamburg, 25/5/2019), a
(fictitious) Ministry of Justice plan for training in maritime dispute settlement in 2026, an encyclopedia
entry on the International Tribunal for the Law of the Sea. Facts are well-established; authors, journal,
page numbers, document numbers, the report's and the plan's items and all quoted words are invented.
Events, citations and questions gold are written by hand; ``--check`` verifies that every gold evidence,
quote and citation occurs in the documents.
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

QXA_UNCLOS = {
    "id": "qxa",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU BIỂN VÀ PHÁP LUẬT – Số 3 (2025)",
    "first_page": 126,
    "break_after": 11,
    "blocks": [
        ("title", "VIỆT NAM VÀ CÁC THIẾT CHẾ CỦA CÔNG ƯỚC LUẬT BIỂN NĂM 1982"),
        ("author", "Trịnh Quốc Bảo"),
        ("affiliation", "Khoa Luật quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích quá trình Việt Nam tham gia và sử dụng các thiết chế do Công ước của Liên hợp quốc về Luật Biển năm 1982 lập ra.",
            "vi",
        ),
        ("keywords", "UNCLOS; ITLOS; thềm lục địa; Hiệp định BBNJ", "vi"),
        ("heading", "1. Từ Môn-tê-gô Bay đến Hăm-buốc", 1),
        (
            "paragraph",
            "Công ước của Liên hợp quốc về Luật Biển (UNCLOS) được mở ký tại Môn-tê-gô Bay (Gia-mai-ca) ngày 10/12/1982, và Việt Nam là một trong những quốc gia ký ngay trong ngày đầu tiên. Ngày 23/6/1994, Quốc hội nước ta thông qua Nghị quyết phê chuẩn Công ước, chưa đầy năm tháng trước khi văn kiện này có hiệu lực vào ngày 16/11/1994. Công ước lập ra ba thiết chế: Tòa án Quốc tế về Luật Biển (ITLOS) tại Hăm-buốc, Cơ quan quyền lực đáy đại dương quốc tế (ISA) tại Kinh-xtơn và Ủy ban Ranh giới thềm lục địa (CLCS) (Trần Quang Minh, 2015, tr. 19).",
        ),
        ("heading", "2. Hồ sơ thềm lục địa năm 2009", 1),
        (
            "paragraph",
            "Ngày 6/5/2009, Việt Nam và Ma-lai-xi-a cùng nộp lên CLCS Báo cáo chung về ranh giới ngoài thềm lục địa ở khu vực phía Nam Biển Đông; một ngày sau, ta nộp riêng Báo cáo về khu vực phía Bắc. Cũng trong ngày 7/5/2009, Trung Quốc gửi công hàm lên Tổng Thư ký Liên hợp quốc phản đối cả hai báo cáo, kèm theo bản đồ “đường chín đoạn” (Hoàng Thị Mai, 2019). Từ đây, yêu sách này “lần đầu tiên được thể hiện chính thức trước một cơ chế của Công ước” (Lê Minh Châu, 2022, tr. 57).",
        ),
        ("heading", "3. Những vấn đề đặt ra", 1),
        (
            "paragraph",
            "Việt Nam chưa từng là bên trong một vụ việc trước ITLOS, song luôn theo dõi sát các thủ tục tư vấn của Tòa, nhất là ý kiến tư vấn về biến đổi khí hậu ngày 21/5/2024. Trong khi đó, Hiệp định về đa dạng sinh học biển ở vùng nằm ngoài quyền tài phán quốc gia (BBNJ), được thông qua ngày 19/6/2023, sẽ có hiệu lực từ ngày 17/1/2026. Vì vậy, ta cần tăng cường hợp tác với ISA và các nước có kinh nghiệm nghiên cứu biển sâu để chuẩn bị nguồn nhân lực.",
        ),
    ],
}

QXB_HLU = {
    "id": "qxb",
    "shape": "word",
    "head": [
        "BỘ TƯ PHÁP",
        "TRƯỜNG ĐẠI HỌC LUẬT HÀ NỘI",
        "Số: 112/BC-ĐHLHN",
        "Hà Nội, ngày 25 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác quốc tế về luật biển 6 tháng đầu năm 2025",
        "và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác quốc tế về luật biển 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Tháng 3/2025, Trường đón một thẩm phán của Tòa án Quốc tế về Luật Biển (ITLOS) sang giảng chuyên đề về thủ tục tư vấn của Tòa cho học viên cao học.",
        ),
        (
            "list_item",
            "2. Từ ngày 14 đến ngày 16/4/2025, Trường phối hợp với Trung tâm Luật Biển Na Uy (Đại học Tromsø) tổ chức khóa tập huấn về giải quyết tranh chấp biển cho 40 học viên; nhân dịp này, hai bên ký Thỏa thuận trao đổi giảng viên giai đoạn 2025 – 2028.",
        ),
        (
            "list_item",
            "3. Quỹ Quốc tế về Luật Biển (IFLOS) tại Hăm-buốc cấp học bổng cho hai giảng viên của Trường tham dự Học viện mùa hè năm nay.",
        ),
        (
            "list_item",
            "4. Tháng trước, Đại sứ quán Hà Lan tài trợ Trường tổ chức tọa đàm về Hiệp định BBNJ với sự tham gia của chuyên gia Bộ Ngoại giao và Bộ Nông nghiệp và Môi trường.",
        ),
        (
            "list_item",
            "5. Đề xuất ký thỏa thuận hợp tác với Trung tâm Luật quốc tế, Đại học Quốc gia Xin-ga-po vẫn chưa được phía bạn phản hồi.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Cử đoàn giảng viên sang Hăm-buốc làm việc với Tòa án Quốc tế về Luật Biển và Quỹ IFLOS trong tháng 8.",
        ),
        (
            "list_item",
            "2. Phối hợp với Đại học Tromsø xây dựng chương trình thạc sĩ liên kết về luật biển.",
        ),
        (
            "list_item",
            "3. Đề nghị Cơ quan quyền lực đáy đại dương quốc tế (ISA) hỗ trợ chuyên gia cho hội thảo về tài nguyên đáy biển sâu, dự kiến vào tháng 11.",
        ),
    ],
}

QXC_KERCH = {
    "id": "qxc",
    "shape": "news",
    "date": "2019-05-26",
    "stamp": "Chủ Nhật, 26/05/2019 - 08:30",
    "blocks": [
        ("title", "Tòa án Luật Biển yêu cầu Nga thả tàu hải quân và thủy thủ U-crai-na"),
        (
            "paragraph",
            "Hăm-buốc (TTXVN) – Ngày 25/5, Tòa án Quốc tế về Luật Biển (ITLOS) đã ra lệnh áp dụng biện pháp tạm thời, yêu cầu Nga ngay lập tức thả ba tàu hải quân và 24 quân nhân U-crai-na bị bắt giữ gần eo biển Kéc-xơ hồi tháng 11 năm ngoái.",
        ),
        ("heading", "Nga vắng mặt tại phiên điều trần", 1),
        (
            "paragraph",
            "Lệnh được thông qua với 19 phiếu thuận và 1 phiếu chống. Tòa cũng yêu cầu hai bên kiềm chế mọi hành động có thể làm tranh chấp thêm nghiêm trọng. U-crai-na đệ đơn yêu cầu áp dụng biện pháp tạm thời hồi tháng 4, trong khuôn khổ vụ kiện trọng tài theo Phụ lục VII của UNCLOS. Nga không cử đại diện tới phiên điều trần ngày 10/5 và cho rằng Tòa không có thẩm quyền vì vụ việc liên quan đến hoạt động quân sự.",
        ),
        ("heading", "Phản ứng trái chiều", 1),
        (
            "paragraph",
            "Bộ Ngoại giao U-crai-na hoan nghênh quyết định và kêu gọi Mát-xcơ-va thực thi ngay. Trong khi đó, phía Nga khẳng định không công nhận thẩm quyền của Tòa đối với vụ việc này.",
        ),
        (
            "paragraph",
            "Vụ việc bắt nguồn từ ngày 25/11/2018, khi lực lượng biên phòng Nga nổ súng và bắt giữ hai tàu pháo cùng một tàu kéo của Hải quân U-crai-na gần eo biển Kéc-xơ nối Biển Đen với biển A-dốp. Ngay hôm sau, Hội đồng Bảo an Liên hợp quốc đã họp khẩn về vụ việc. Tháng 3 vừa qua, Liên minh châu Âu áp đặt lệnh trừng phạt đối với 8 quan chức Nga có liên quan. Hiện các thủy thủ U-crai-na vẫn bị giam giữ tại Mát-xcơ-va.",
        ),
    ],
}

QXD_PLAN = {
    "id": "qxd",
    "shape": "plan",
    "head": [
        f"{'BỘ TƯ PHÁP':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':48}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 09/KH-BTP':<42}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Bồi dưỡng nghiệp vụ giải quyết tranh chấp quốc tế về biển",
        "năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Bồi dưỡng nghiệp vụ giải quyết tranh chấp quốc tế về biển năm 2026",
        ),
        (
            "paragraph",
            "Nhằm nâng cao năng lực của đội ngũ cán bộ pháp lý trước các yêu cầu mới, trong đó có việc Hiệp định BBNJ sẽ có hiệu lực từ ngày 17/1/2026, Bộ Tư pháp ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH", 1),
        (
            "paragraph",
            "Năm ngoái, Bộ đã cử 12 cán bộ tham dự các khóa tập huấn do Tòa Trọng tài Thường trực (PCA) và Quỹ Quốc tế về Luật Biển (IFLOS) tổ chức. Tuy nhiên, đội ngũ luật sư Việt Nam chưa từng tham gia tranh tụng trước một cơ quan tài phán quốc tế về biển.",
        ),
        ("heading", "II. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, phối hợp với Bộ Ngoại giao đón đoàn chuyên gia PCA sang Hà Nội tổ chức hội thảo về trọng tài giữa các quốc gia.",
        ),
        (
            "list_item",
            "2. Cử đoàn công tác sang Pa-ri làm việc với Bộ Tư pháp Pháp, dự kiến vào tháng 6; nhân dịp này, đàm phán và ký Bản ghi nhớ hợp tác về đào tạo pháp luật quốc tế.",
        ),
        (
            "list_item",
            "3. Đề nghị Chính phủ Na Uy tiếp tục tài trợ chương trình nâng cao năng lực về luật biển cho cán bộ pháp lý các bộ, ngành.",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn khảo sát tại Cơ quan quyền lực đáy đại dương quốc tế ở Kinh-xtơn (Gia-mai-ca) trong năm 2026.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.",
        ),
    ],
}

QXE_ITLOS = {
    "id": "qxe",
    "shape": "entry",
    "blocks": [
        ("title", "Tòa án Quốc tế về Luật Biển"),
        (
            "paragraph",
            "Tòa án Quốc tế về Luật Biển (tiếng Anh: International Tribunal for the Law of the Sea, ITLOS) là cơ quan tài phán độc lập được thành lập theo Phụ lục VI của Công ước của Liên hợp quốc về Luật Biển năm 1982 (UNCLOS), có trụ sở tại thành phố Hăm-buốc (Đức).",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Ngày 1/8/1996, Hội nghị các quốc gia thành viên Công ước bầu 21 thẩm phán đầu tiên; Tòa chính thức khánh thành ngày 18/10/1996. Năm 1997, Xanh Vin-xen và Grê-na-đin đưa vụ tàu chở dầu M/V “Saiga” bị Ghi-nê bắt giữ ra Tòa, mở đầu hoạt động xét xử.",
        ),
        ("heading", "Thẩm quyền", 1),
        (
            "paragraph",
            "Tòa gồm 21 thẩm phán nhiệm kỳ 9 năm, cứ ba năm bầu lại một phần ba. Viện Giải quyết tranh chấp về đáy biển của Tòa ra ý kiến tư vấn đầu tiên ngày 1/2/2011 theo đề nghị của Cơ quan quyền lực đáy đại dương quốc tế (ISA). Ngày 21/5/2024, Tòa nhất trí ra ý kiến tư vấn về biến đổi khí hậu theo yêu cầu của Ủy ban các quốc đảo nhỏ về biến đổi khí hậu và luật quốc tế (COSIS).",
        ),
        ("heading", "Một số vụ việc", 1),
        (
            "paragraph",
            "Năm 2009, Băng-la-đét và Mi-an-ma đưa tranh chấp phân định biển ở vịnh Ben-gan ra Tòa; phán quyết ngày 14/3/2012 là phán quyết phân định biển đầu tiên của ITLOS. Năm 2013, Hà Lan kiện Nga sau khi lực lượng bảo vệ bờ biển Nga bắt giữ tàu Arctic Sunrise của tổ chức Hòa bình Xanh; Nga từ chối tham gia tố tụng.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là thành viên UNCLOS từ năm 1994 nhưng đến nay chưa là bên trong vụ việc nào tại Tòa.",
        ),
    ],
}

DOCS = [QXA_UNCLOS, QXB_HLU, QXC_KERCH, QXD_PLAN, QXE_ITLOS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the bare
    page number flush right at the foot (heldout_kit.headed_journal, title at 48, body at 76 columns)."""
    return headed_journal(doc, title=48, label=76, body=76, page_label="{}", align=">")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: one paragraph a line (no wrapping), every line followed by
    an empty line; the signature at the end."""
    return word_text(doc, None, ["HIỆU TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page: a breadcrumb-like "Thế giới / Châu Âu" menu, <article class="detail">, the lead with its
    dateline in <p class="sapo"><b>, <h2> subheads, a tag list and the TTXVN footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="08:30",
        menu=[("/the-gioi", "Thế giới"), ("/the-gioi/chau-au", "Châu Âu")],
        tags=[("/tag/itlos", "ITLOS"), ("/tag/ukraine", "U-crai-na"), ("/tag/nga", "Nga")],
        heading='<h2 class="subtitle">{}</h2>',
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 80 columns, "Nơi nhận" beside the
    signature block."""
    return plan_text(
        doc,
        80,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
        columns=(50, 50, 53),
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
        prefix="qx",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
