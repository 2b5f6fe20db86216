"""Build the 270th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout270/build_heldout270.py [--check]

Five short documents on Vietnam, the EU and the EU membership of its Central, Eastern and Northern European
partners: a journal article on the ratification of the EVIPA by the member states, a (fictitious) Đồng Nai
Department of Industry and Trade report on EVFTA exports to Central-Eastern Europe and the Nordic countries
in 2025, a news page on the National Assembly's ratification of the EVFTA and the EVIPA on 8/6/2020, an
ambassador's speech at the 35th anniversary of Vietnam – EU relations (Brussels, 28/11/2025; the speaker
unnamed, the wording invented), and an encyclopedia entry on the Copenhagen criteria. Facts are
well-established; authors, journal, page numbers, document numbers, the report's items, the speech and all
quoted words are invented. ``--check`` verifies that every gold evidence, quote and citation occurs in the
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
    report_word,
    speech_text,
)

HUA_EVIPA = {
    "id": "hua",
    "shape": "journal",
    "header": "TẠP CHÍ LUẬT KINH TẾ QUỐC TẾ – Số 5 (2025)",
    "first_page": 18,
    "break_after": 4,
    "blocks": [
        ("title", "PHÊ CHUẨN HIỆP ĐỊNH EVIPA: TIẾN TRÌNH VÀ TRỞ NGẠI"),
        ("author", "Nguyễn Hoàng Lan"),
        ("affiliation", "Khoa Luật Quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích tiến trình phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) tại các nước thành viên EU và đề xuất giải pháp thúc đẩy.",
            "vi",
        ),
        ("keywords", "EVIPA; EVFTA; phê chuẩn; hiệp định hỗn hợp; Liên minh châu Âu", "vi"),
        ("heading", "1. Hai hiệp định, hai số phận", 1),
        (
            "paragraph",
            "EVFTA và EVIPA cùng được ký tại Hà Nội ngày 30/6/2019. Ngày 12/2/2020, Nghị viện châu Âu thông qua cả hai văn kiện; ngày 8/6/2020, Quốc hội Việt Nam phê chuẩn EVFTA và EVIPA. EVFTA có hiệu lực từ ngày 1/8/2020, nhưng EVIPA là hiệp định “hỗn hợp”, chỉ có hiệu lực khi được tất cả các nước thành viên EU phê chuẩn (Tạ Quang Minh, 2021, tr. 19).",
        ),
        ("heading", "2. Tiến trình tại các nước thành viên", 1),
        (
            "paragraph",
            "Cộng hòa Séc là nước thành viên đầu tiên phê chuẩn EVIPA. Một số nước khác đã hoàn tất thủ tục, song nhiều nước vẫn chưa đưa hiệp định ra nghị viện. Tháng 1/2025, hội đàm với Thủ tướng Phạm Minh Chính tại Vác-sa-va, Thủ tướng Ba Lan Donald Tusk khẳng định Ba Lan “sẽ không phải là nước cuối cùng” phê chuẩn hiệp định (Lê Bảo Châu, 2025, tr. 44).",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Khi EVIPA chưa có hiệu lực, 21 hiệp định đầu tư song phương giữa Việt Nam và các nước thành viên EU vẫn được áp dụng. Việt Nam cần tiếp tục vận động các nước còn lại, nhất là thông qua các chuyến thăm cấp cao (Đinh Thu Trang, 2023).",
        ),
    ],
}

HUB_DONGNAI = {
    "id": "hub",
    "shape": "word",
    "head": [
        "UBND TỈNH ĐỒNG NAI",
        "SỞ CÔNG THƯƠNG",
        "Số: 487/BC-SCT",
        "Đồng Nai, ngày 19 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả thực thi Hiệp định EVFTA tại thị trường Trung Đông Âu và Bắc Âu năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Kết quả thực thi Hiệp định EVFTA tại thị trường Trung Đông Âu và Bắc Âu năm 2025"),
        (
            "paragraph",
            "Tròn năm năm Hiệp định EVFTA có hiệu lực (từ ngày 1/8/2020), Sở Công Thương báo cáo kết quả xúc tiến xuất khẩu sang thị trường Trung Đông Âu và Bắc Âu năm 2025 như sau:",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Tháng 3/2025, tổ chức đoàn 12 doanh nghiệp tham dự hội chợ thực phẩm tại Vác-sa-va (Ba Lan); các doanh nghiệp đã ký 7 hợp đồng xuất khẩu hạt điều và cà phê.",
        ),
        (
            "list_item",
            "2. Tháng 6/2025, đón đoàn Phòng Thương mại và Công nghiệp Lít-va tìm hiểu cơ hội đầu tư vào các khu công nghiệp Nhơn Trạch.",
        ),
        (
            "list_item",
            "3. Tổ chức hội thảo trực tuyến về quy tắc xuất xứ trong EVFTA cho 80 doanh nghiệp, có sự tham gia của chuyên gia Phòng Thương mại Thụy Điển.",
        ),
        (
            "list_item",
            "4. Chưa có doanh nghiệp nào của tỉnh xuất khẩu trực tiếp sang thị trường Ai-xơ-len và Lát-vi-a.",
        ),
        ("heading", "II. KẾ HOẠCH NĂM 2026", 1),
        ("list_item", "1. Tổ chức đoàn xúc tiến thương mại sang Hung-ga-ri và Ru-ma-ni trong quý III."),
        (
            "list_item",
            "2. Mời Đại sứ quán Phần Lan giới thiệu công nghệ xử lý chất thải của doanh nghiệp Phần Lan cho các khu công nghiệp.",
        ),
        ("paragraph", "Sở Công Thương kính báo cáo Ủy ban nhân dân tỉnh."),
    ],
}

HUC_RATIFY = {
    "id": "huc",
    "shape": "news",
    "date": "2020-06-08",
    "stamp": "Thứ Hai, 08/06/2020 - 11:30",
    "blocks": [
        ("title", "Quốc hội phê chuẩn Hiệp định EVFTA và Hiệp định EVIPA"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 8/6, ngày làm việc đầu tiên của đợt họp tập trung kỳ họp thứ 9, Quốc hội khóa XIV đã biểu quyết thông qua Nghị quyết phê chuẩn Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA) và Nghị quyết phê chuẩn Hiệp định Bảo hộ đầu tư giữa Việt Nam với EU và các nước thành viên (EVIPA).",
        ),
        ("heading", "Đa số đại biểu tán thành", 1),
        (
            "paragraph",
            "Cả hai nghị quyết đều được đại đa số đại biểu tán thành. Phiên họp có sự tham dự của đại diện đại sứ quán các nước thành viên EU tại Hà Nội. Cũng trong buổi sáng, Quốc hội thông qua Nghị quyết phê chuẩn việc gia nhập Công ước số 105 của Tổ chức Lao động quốc tế về xóa bỏ lao động cưỡng bức.",
        ),
        (
            "paragraph",
            "Trước đó, ngày 12/2/2020, Nghị viện châu Âu đã thông qua hai hiệp định; ngày 30/3/2020, Hội đồng Liên minh châu Âu thông qua EVFTA.",
        ),
        ("heading", "Bước tiếp theo", 1),
        (
            "paragraph",
            "Theo Bộ trưởng Bộ Công Thương Trần Tuấn Anh, EVFTA dự kiến có hiệu lực từ tháng 7/2020, sau khi hai bên thông báo cho nhau việc hoàn tất thủ tục. Riêng EVIPA chỉ có hiệu lực sau khi được tất cả các nước thành viên EU phê chuẩn; khi đó, hiệp định sẽ thay thế 21 hiệp định đầu tư song phương giữa Việt Nam và các nước thành viên EU.",
        ),
    ],
}

HUD_SPEECH = {
    "id": "hud",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA ĐẠI SỨ, TRƯỞNG PHÁI ĐOÀN VIỆT NAM BÊN CẠNH LIÊN MINH CHÂU ÂU",
    "place": "(Brúc-xen, ngày 28/11/2025)",
    "blocks": [
        ("title", "Lễ kỷ niệm 35 năm thiết lập quan hệ ngoại giao Việt Nam – Liên minh châu Âu"),
        ("paragraph", "Kính thưa Ngài Phó Tổng Thư ký Cơ quan Đối ngoại châu Âu,"),
        ("paragraph", "Thưa Quý vị đại sứ, Quý vị khách quý,"),
        (
            "paragraph",
            "Cách đây đúng 35 năm, ngày 28/11/1990, Việt Nam và Cộng đồng châu Âu chính thức thiết lập quan hệ ngoại giao. Năm 1995, hai bên ký Hiệp định khung về hợp tác; ngày 27/6/2012, Hiệp định Đối tác và Hợp tác toàn diện (PCA) được ký tại Brúc-xen. Tháng 10/2019, Việt Nam trở thành nước Đông Nam Á đầu tiên ký Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU.",
        ),
        ("paragraph", "(Vỗ tay)"),
        (
            "paragraph",
            "Thưa Quý vị, chúng ta cũng cần thẳng thắn nhìn nhận những vấn đề còn tồn tại. Từ ngày 23/10/2017, Ủy ban châu Âu áp dụng “thẻ vàng” đối với hải sản khai thác của Việt Nam vì các vấn đề về khai thác bất hợp pháp, không báo cáo và không theo quy định (IUU), và đến nay cảnh báo này vẫn chưa được gỡ bỏ. EVIPA cũng chưa có hiệu lực vì còn chờ một số nước thành viên phê chuẩn.",
        ),
        (
            "paragraph",
            "Chúng tôi mong Ủy ban châu Âu sớm gỡ thẻ vàng IUU và các nước thành viên còn lại sớm phê chuẩn EVIPA. Về phần mình, Việt Nam sẽ tiếp tục là đối tác tin cậy, cùng EU thúc đẩy thương mại tự do, chuyển đổi xanh và chuyển đổi số.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn."),
        ("paragraph", "(Vỗ tay)"),
    ],
}

HUE_COPENHAGEN = {
    "id": "hue",
    "shape": "entry",
    "blocks": [
        ("title", "Tiêu chuẩn Copenhagen"),
        (
            "paragraph",
            "Tiêu chuẩn Copenhagen là các điều kiện một nước phải đáp ứng để trở thành thành viên Liên minh châu Âu (EU), được Hội đồng châu Âu thông qua tại hội nghị thượng đỉnh ở Cô-pen-ha-ghen (Đan Mạch) tháng 6/1993, khi nhiều nước Trung và Đông Âu mong muốn gia nhập Liên minh.",
        ),
        ("heading", "Nội dung", 1),
        (
            "paragraph",
            "Các tiêu chuẩn gồm ba nhóm: chính trị (thể chế ổn định bảo đảm dân chủ, pháp quyền, nhân quyền và bảo vệ người thiểu số); kinh tế (nền kinh tế thị trường vận hành hiệu quả, đủ sức chịu áp lực cạnh tranh trong EU); và khả năng thực hiện nghĩa vụ thành viên, tức tiếp nhận toàn bộ hệ thống pháp luật của EU. Hội nghị Hội đồng châu Âu tại Ma-đrít tháng 12/1995 bổ sung yêu cầu về năng lực hành chính.",
        ),
        ("heading", "Áp dụng", 1),
        (
            "paragraph",
            "Trên cơ sở các tiêu chuẩn này, mười nước gia nhập EU ngày 1/5/2004, trong đó có Ba Lan, Séc, Xlô-va-ki-a, Hung-ga-ri và ba nước Ban-tích; Ru-ma-ni và Bun-ga-ri gia nhập ngày 1/1/2007, Crô-a-ti-a ngày 1/7/2013. Xéc-bi-a được công nhận là nước ứng cử viên từ tháng 3/2012 nhưng chưa hoàn tất đàm phán gia nhập. Na Uy hai lần bác bỏ việc gia nhập qua trưng cầu dân ý, năm 1972 và năm 1994.",
        ),
    ],
}

DOCS = [HUA_EVIPA, HUB_DONGNAI, HUC_RATIFY, HUD_SPEECH, HUE_COPENHAGEN]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return report_word(doc, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): title, meta date, nav, lead with its dateline, <h3>
    subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Kinh tế",
        time="11:30",
        menu=[("/kinh-te", "Kinh tế"), ("/chinh-tri", "Chính trị")],
        tags=[("/tag/evfta", "EVFTA"), ("/tag/evipa", "EVIPA"), ("/tag/quoc-hoi", "Quốc hội")],
    )


def render_speech(doc: dict) -> str:
    """A speech transcript copied as text (heldout_kit.speech_text): the speaker line in capitals, the
    occasion (the title) and the place-date in parentheses one under the other, then salutations, paragraphs
    and "(Vỗ tay)" lines, one a line, blank lines between."""
    return speech_text(doc, spaced_head=False)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "speech": render_speech,
            "entry": entry_text,
        },
        prefix="hu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
