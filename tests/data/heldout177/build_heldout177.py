"""Build the hundred-and-seventy-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout177/build_heldout177.py [--check]

Five short documents on Belarus, a topic the earlier sets do not use as a main one (Vietnam – Belarus
relations in the context of Eurasian integration, the Vietnamese Embassy in Belarus' report on the first
half of 2025, the Minsk package of measures of 12/2/2015, a (fictitious) Ministry of Industry and Trade plan
for industrial and trade cooperation with Belarus in 2026, an encyclopedia entry on the Union State of
Russia and Belarus). Nothing in src/ was changed for them. Facts are well-established; authors, journal,
page numbers, document numbers, the embassy report's items, the plan (number, date, tasks) and all quoted
words but the leaders' public remarks are invented. Events, citations and questions gold are written by
hand; ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

PVA_BELARUS = {
    "id": "pva",
    "shape": "journal",
    "header": "TẠP CHÍ NGHIÊN CỨU ĐÔNG ÂU VÀ SNG – Số 1 (2025)",
    "first_page": 12,
    "break_after": 10,
    "blocks": [
        ("title", "QUAN HỆ VIỆT NAM – BELARUS TRONG BỐI CẢNH LIÊN KẾT Á – ÂU"),
        ("author", "Trịnh Thị Hải Yến"),
        (
            "affiliation",
            "Khoa Quốc tế học, Trường Đại học Khoa học xã hội và Nhân văn, Đại học Quốc gia Hà Nội",
        ),
        (
            "abstract",
            "Bài viết phân tích vị trí của Belarus trong các cơ chế liên kết Á – Âu và những cơ hội, thách thức đối với hợp tác Việt Nam – Belarus.",
            "vi",
        ),
        ("keywords", "Belarus; SNG; Liên minh Kinh tế Á – Âu; SCO; hợp tác công nghiệp", "vi"),
        ("heading", "1. Một thành viên sáng lập", 1),
        (
            "paragraph",
            "Với tư cách là nước Cộng hòa xã hội chủ nghĩa Xô viết Byelorussia, Belarus là một trong những thành viên sáng lập Liên hợp quốc năm 1945. Ngày 8/12/1991, tại khu rừng Belovezhskaya, lãnh đạo Belarus, Nga và Ukraine ký Hiệp định thành lập Cộng đồng các quốc gia độc lập (SNG). Hơn hai thập kỷ sau, ngày 29/5/2014, Belarus cùng Kazakhstan và Nga ký Hiệp ước về Liên minh Kinh tế Á – Âu (EAEU) tại Astana (Phan Thế Hùng, 2018, tr. 54).",
        ),
        ("heading", "2. Giữa phương Đông và phương Tây", 1),
        (
            "paragraph",
            "Sau cuộc bầu cử tổng thống tháng 8/2020, EU và Mỹ áp đặt nhiều vòng trừng phạt đối với Minsk; tháng 6/2021, Belarus tuyên bố đình chỉ tham gia sáng kiến Đối tác phương Đông của EU. Ngược lại, hợp tác với Nga trong khuôn khổ Nhà nước Liên minh ngày càng được thắt chặt. Ngày 4/7/2024, Belarus chính thức trở thành thành viên thứ mười của Tổ chức Hợp tác Thượng Hải (SCO) (Đỗ Minh Tuấn, 2024).",
        ),
        ("heading", "3. Cơ hội cho hợp tác song phương", 1),
        (
            "paragraph",
            "Việt Nam và Belarus thiết lập quan hệ ngoại giao ngày 24/1/1992. Tháng 12/2019, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân thăm chính thức Belarus. Nhờ Hiệp định Thương mại tự do Việt Nam – EAEU, có hiệu lực từ ngày 5/10/2016, nhà máy lắp ráp xe tải của liên doanh MAZ Asia tại tỉnh Hưng Yên đã được khánh thành tháng 9/2019. Theo một chuyên gia, Minsk “coi Việt Nam là đối tác ưu tiên hàng đầu ở Đông Nam Á” (Lương Thị Thanh Hà, 2023, tr. 19). Tuy vậy, kim ngạch thương mại song phương vẫn chưa tương xứng với quan hệ chính trị tốt đẹp; hai nước cần sớm triển khai các dự án sản xuất máy nông nghiệp đã được thảo luận.",
        ),
    ],
}

PVB_EMBASSY = {
    "id": "pvb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN VIỆT NAM TẠI BELARUS",
        "Số: 112/BC-ĐSQ",
        "Minsk, ngày 25 tháng 6 năm 2025",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Từ ngày 14 đến ngày 17/4/2025, Đại sứ quán phối hợp đón đoàn Ủy ban Đối ngoại của Quốc hội thăm và làm việc tại Belarus; đoàn đã hội kiến Chủ tịch Hội đồng Cộng hòa Quốc hội Belarus và trao đổi về hợp tác giữa hai cơ quan lập pháp.",
        ),
        (
            "list_item",
            "2. Tháng 3/2025, Đại sứ quán cùng Phòng Thương mại và Công nghiệp Belarus tổ chức Diễn đàn doanh nghiệp Việt Nam – Belarus tại Minsk với hơn 60 doanh nghiệp tham dự; nhân dịp này, Phòng Thương mại và Công nghiệp Việt Nam và phía bạn đã ký Biên bản ghi nhớ hợp tác.",
        ),
        (
            "list_item",
            "3. Xuất khẩu thủy sản, cà phê và hạt điều của Việt Nam sang Belarus tiếp tục tăng; tuy nhiên, dự án liên doanh chế biến sữa tại Việt Nam vẫn chưa được các bên thống nhất phương án tài chính.",
        ),
        (
            "list_item",
            "4. Phía bạn cấp 20 suất học bổng đại học cho công dân Việt Nam năm học 2025 – 2026 và khẳng định sẽ ủng hộ Việt Nam ứng cử vào Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 – 2028.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        ("list_item", "1. Chuẩn bị chuyến thăm Việt Nam của đoàn Bộ Công nghiệp Belarus vào tháng 10/2025."),
        (
            "list_item",
            "2. Phối hợp tổ chức Tuần hàng Việt Nam tại Minsk trong tháng 9, ưu tiên nông sản và hàng tiêu dùng.",
        ),
        (
            "list_item",
            "3. Theo dõi sát tác động của các biện pháp trừng phạt của EU đối với việc vận chuyển hàng hóa quá cảnh sang Belarus, kịp thời thông tin cho doanh nghiệp.",
        ),
        (
            "list_item",
            "4. Tiếp tục làm tốt công tác bảo hộ công dân, hỗ trợ cộng đồng người Việt Nam tại Belarus ổn định cuộc sống.",
        ),
    ],
}

PVC_MINSK = {
    "id": "pvc",
    "shape": "news",
    "date": "2015-02-12",
    "stamp": "Thứ Năm, 12/02/2015 - 17:30",
    "blocks": [
        ("title", "Lãnh đạo bốn nước đạt thỏa thuận ngừng bắn mới ở miền Đông Ukraine"),
        (
            "paragraph",
            "Minsk (TTXVN) – Sau hơn 16 giờ đàm phán tại thủ đô Belarus, lãnh đạo Nga, Ukraine, Đức và Pháp ngày 12/2 đã nhất trí về một gói biện pháp thực thi các thỏa thuận Minsk, trong đó có lệnh ngừng bắn ở miền Đông Ukraine bắt đầu từ 0 giờ ngày 15/2.",
        ),
        ("heading", "Rút vũ khí hạng nặng", 1),
        (
            "paragraph",
            "Văn kiện gồm 13 điểm được ký bởi Nhóm liên lạc ba bên, gồm đại diện Ukraine, Nga và Tổ chức An ninh và Hợp tác châu Âu (OSCE), cùng các thủ lĩnh lực lượng ly khai ở Donetsk và Lugansk. Theo đó, các bên sẽ rút vũ khí hạng nặng khỏi giới tuyến để lập vùng an ninh rộng ít nhất 50 km đối với pháo cỡ nòng từ 100 mm trở lên. Việc rút vũ khí phải bắt đầu chậm nhất vào ngày thứ hai sau khi ngừng bắn, hoàn tất trong vòng 14 ngày và đặt dưới sự giám sát của OSCE.",
        ),
        ("heading", "“Một tia hy vọng”", 1),
        (
            "paragraph",
            "Phát biểu với báo giới, Tổng thống Nga Vladimir Putin nói đây không phải là đêm tốt nhất trong cuộc đời ông, nhưng buổi sáng thì tốt đẹp. Thủ tướng Đức Angela Merkel cho rằng đã có “một tia hy vọng”, song vẫn còn nhiều việc phải làm. Bốn nhà lãnh đạo, trong đó có Tổng thống Pháp François Hollande và Tổng thống Ukraine Petro Poroshenko, cũng ra tuyên bố chung ủng hộ gói biện pháp và tái khẳng định tôn trọng đầy đủ chủ quyền, toàn vẹn lãnh thổ của Ukraine.",
        ),
        (
            "paragraph",
            "Cuộc gặp do Belarus đăng cai tại Dinh Độc lập ở Minsk. Thỏa thuận mới được đưa ra khi Nghị định thư Minsk ký ngày 5/9/2014 hầu như không được thực hiện, còn giao tranh quanh đầu mối đường sắt Debaltseve ngày càng ác liệt.",
        ),
    ],
}

PVD_PLAN = {
    "id": "pvd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 08/KH-BCT':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Thúc đẩy hợp tác công nghiệp và thương mại",
        "với Cộng hòa Belarus năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Thúc đẩy hợp tác công nghiệp và thương mại với Cộng hòa Belarus năm 2026"),
        (
            "paragraph",
            "Nhằm tận dụng hiệu quả Hiệp định Thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu, đồng thời cụ thể hóa các nội dung đã thống nhất tại Phiên họp Ủy ban liên Chính phủ Việt Nam – Belarus, Bộ Công Thương ban hành Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH HỢP TÁC", 1),
        (
            "paragraph",
            "Năm 2025, trao đổi thương mại hai chiều tiếp tục tăng, chủ yếu nhờ xuất khẩu thủy sản, cà phê, hạt điều của ta và nhập khẩu phân kali, sữa, máy móc của bạn. Liên doanh MAZ Asia tại Hưng Yên duy trì hoạt động ổn định; tuy nhiên, dự án liên doanh chế biến sữa vẫn chưa được triển khai do hai bên chưa thống nhất phương án tài chính. Các biện pháp trừng phạt của EU và Mỹ đối với Belarus tiếp tục gây khó khăn cho khâu thanh toán và vận chuyển.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Trong quý I, tổ chức đoàn doanh nghiệp cơ khí sang khảo sát Nhà máy Máy kéo Minsk (MTZ) và Nhà máy Ô tô Belarus (BelAZ).",
        ),
        (
            "list_item",
            "2. Chủ trì chuẩn bị Phiên họp Ủy ban liên Chính phủ Việt Nam – Belarus tổ chức tại Hà Nội trong năm 2026, trong đó ưu tiên ký kết thỏa thuận về dự án chế biến sữa.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Belarus chuyển giao công nghệ sản xuất máy nông nghiệp cỡ nhỏ phù hợp với điều kiện canh tác của Việt Nam.",
        ),
        (
            "list_item",
            "4. Không tổ chức hội chợ riêng tại Minsk; lồng ghép giới thiệu hàng Việt Nam tại Triển lãm công nghiệp quốc tế Innoprom ở Yekaterinburg (Nga) vào tháng 7.",
        ),
        (
            "paragraph",
            "Vụ Thị trường châu Âu – châu Mỹ là đơn vị đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch, định kỳ báo cáo Lãnh đạo Bộ.",
        ),
    ],
}

PVE_UNION_STATE = {
    "id": "pve",
    "shape": "entry",
    "blocks": [
        ("title", "Nhà nước Liên minh Nga – Belarus"),
        (
            "paragraph",
            "Nhà nước Liên minh là liên kết liên quốc gia giữa Liên bang Nga và Cộng hòa Belarus, hướng tới không gian kinh tế, pháp lý và quốc phòng chung, trong khi mỗi nước vẫn giữ chủ quyền và tư cách thành viên Liên hợp quốc cũng như các tổ chức quốc tế khác.",
        ),
        ("heading", "Lịch sử hình thành", 1),
        (
            "paragraph",
            "Quá trình liên kết bắt đầu với Hiệp ước thành lập Cộng đồng Nga và Belarus ký ngày 2/4/1996. Đúng một năm sau, ngày 2/4/1997, hai nước ký Hiệp ước về Liên minh Belarus và Nga. Hiệp ước thành lập Nhà nước Liên minh được Tổng thống Boris Yeltsin và Tổng thống Alexander Lukashenko ký tại Mát-xcơ-va ngày 8/12/1999 và có hiệu lực từ ngày 26/1/2000.",
        ),
        ("heading", "Cơ cấu", 1),
        (
            "paragraph",
            "Cơ quan cao nhất là Hội đồng Nhà nước tối cao, gồm tổng thống, thủ tướng và người đứng đầu các viện của quốc hội hai nước. Ngoài ra còn có Hội đồng Bộ trưởng, Ủy ban Thường trực và Quốc hội Liên minh. Đồng tiền chung, từng được dự kiến từ đầu những năm 2000, đến nay vẫn chưa được đưa vào lưu hành.",
        ),
        ("heading", "Hội nhập sâu rộng hơn", 1),
        (
            "paragraph",
            "Ngày 4/11/2021, Hội đồng Nhà nước tối cao thông qua 28 chương trình liên minh nhằm hài hòa chính sách thuế, năng lượng và tài chính. Hợp tác quân sự được đẩy mạnh với cuộc tập trận chung Zapad-2021 tháng 9/2021; ngày 25/5/2023, bộ trưởng quốc phòng hai nước ký văn kiện về việc bố trí vũ khí hạt nhân phi chiến lược của Nga trên lãnh thổ Belarus.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam có quan hệ hữu nghị truyền thống với cả Nga và Belarus. Hai nước đều là thành viên Liên minh Kinh tế Á – Âu, tổ chức đã ký Hiệp định Thương mại tự do với Việt Nam năm 2015.",
        ),
    ],
}

DOCS = [PVA_BELARUS, PVB_EMBASSY, PVC_MINSK, PVD_PLAN, PVE_UNION_STATE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page (the first too), the
    page label "Trang N" flush right at the foot (heldout_kit.headed_journal: title at 50, body at 74)."""
    return headed_journal(doc, page_label="Trang {}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 74 columns as on the page, every line
    followed by an empty line; the ambassador's signature at the end."""
    return word_text(doc, 74, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): <title>, article:published_time, a nav menu, <h1>,
    the date line, the lead with its dateline, <h3> subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        "Quốc tế",
        "17:30",
        [("/quoc-te", "Quốc tế"), ("/chau-au", "Châu Âu")],
        [("/tag/ukraine", "Ukraine"), ("/tag/minsk", "Minsk"), ("/tag/osce", "OSCE")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred title, body at 76 columns, then
    "Nơi nhận" with the signature block beside it."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- ĐSQ Việt Nam tại Belarus;", "- Lưu: VT, TTCA."],
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
        prefix="pv",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
