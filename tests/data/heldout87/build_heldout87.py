"""Build the eighty-seventh held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout87/build_heldout87.py [--check]

Five short documents written after the rules were tuned on the seeds and the earlier held-out sets, on a
partner those sets do not use as a main topic: Senegal and the African Union (a journal article on Vietnam –
Senegal relations from 1969 to the National Assembly Chairman's visit of 2025, Cần Thơ University's report
on its cooperation with African countries in the first half of 2025, a news page on Macky Sall taking the
AU chair on 5/2/2022, a (fictitious) Ministry of Culture, Sports and Tourism plan for cooperation with
Senegal in 2026, an encyclopedia entry on the African Union). Nothing in src/ was changed for them. Facts
are well-established; authors, journal, page numbers, document numbers, the university's local items and
the quoted words of the cited authors are invented, the ministry plan (number, date, tasks) is fictitious.
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

VSA_SENEGAL = {
    "id": "vsa",
    "shape": "journal",
    "header": "TẠP CHÍ HỢP TÁC NAM – NAM – Số 4 (2025)",
    "first_page": 88,
    "break_after": 11,
    "blocks": [
        ("title", "VIỆT NAM – SENEGAL: TỪ CHUYÊN GIA NÔNG NGHIỆP ĐẾN CHUYẾN THĂM CẤP CAO NĂM 2025"),
        ("author", "Phùng Văn Thắng"),
        ("affiliation", "Khoa Chính trị quốc tế và Ngoại giao Việt Nam, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát quan hệ Việt Nam – Senegal từ năm 1969, làm rõ vai trò của chương trình hợp tác nông nghiệp ba bên với FAO và ý nghĩa của chuyến thăm chính thức Senegal của Chủ tịch Quốc hội năm 2025.",
            "vi",
        ),
        ("keywords", "Senegal; hợp tác Nam – Nam; FAO; Liên minh châu Phi", "vi"),
        ("heading", "1. Một đối tác truyền thống ở Tây Phi", 1),
        (
            "paragraph",
            "Giành độc lập năm 1960 và được kết nạp vào Liên hợp quốc ngày 28/9/1960, Senegal là một trong những thành viên sáng lập Tổ chức Thống nhất châu Phi (OAU) năm 1963. Việt Nam và Senegal thiết lập quan hệ ngoại giao ngày 29/12/1969 (Trần Thị Hồng Vân, 2020, tr. 18). Tuy cách xa về địa lý, hai nước có nhiều điểm tương đồng về khí hậu nhiệt đới và điều kiện sản xuất nông nghiệp, nhất là trồng lúa nước.",
        ),
        ("heading", "2. Hợp tác nông nghiệp ba bên với FAO", 1),
        (
            "paragraph",
            "Năm 1995, Phó Chủ tịch nước Nguyễn Thị Bình thăm Senegal; cũng trong năm đó, hai bên ký Hiệp định khung về hợp tác kinh tế, thương mại, văn hóa và khoa học – kỹ thuật. Một năm sau, Hiệp định hợp tác ba bên Việt Nam – FAO – Senegal được ký kết. Từ năm 1997 đến năm 2005, ta đã cử hơn 100 chuyên gia, kỹ thuật viên nông nghiệp sang làm việc tại các vùng nông thôn của bạn; họ được nông dân sở tại gọi là “những người thầy đến từ châu Á” (Lê Quang Huy, 2017, tr. 53).",
        ),
        ("heading", "3. Bước phát triển mới", 1),
        (
            "paragraph",
            "Tháng 11/2014, Phó Chủ tịch nước Nguyễn Thị Doan dự Hội nghị thượng đỉnh Pháp ngữ lần thứ 15 tại Dakar. Khi Tổng thống Macky Sall đảm nhiệm cương vị Chủ tịch Liên minh châu Phi (AU) năm 2022, Chủ tịch nước Nguyễn Xuân Phúc đã gửi điện chúc mừng. Đặc biệt, từ ngày 22 đến ngày 24/7/2025, Chủ tịch Quốc hội Trần Thanh Mẫn thăm chính thức Senegal; đây là chuyến thăm cấp cao nhất trong hơn 55 năm quan hệ hai nước (Nguyễn Bảo Ngọc, 2025). Dù vậy, kim ngạch thương mại song phương năm 2024 mới đạt khoảng 81 triệu USD, và ta vẫn chưa có Đại sứ quán tại Dakar: Đại sứ quán Việt Nam tại An-giê-ri kiêm nhiệm Senegal. Theo chúng tôi, ta cần sớm khôi phục mô hình đưa chuyên gia nông nghiệp sang Senegal, có thể với sự tài trợ của FAO hoặc Nhật Bản.",
        ),
    ],
}

VSB_CANTHO = {
    "id": "vsb",
    "shape": "word",
    "head": [
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "TRƯỜNG ĐẠI HỌC CẦN THƠ",
        "Số: 1520/BC-ĐHCT",
        "Cần Thơ, ngày 30 tháng 6 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả hợp tác với các nước châu Phi 6 tháng đầu năm 2025",
        "và nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả hợp tác với các nước châu Phi 6 tháng đầu năm 2025 và nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
        (
            "list_item",
            "1. Tháng 3, Trường phối hợp với Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO) mở lớp tập huấn kỹ thuật canh tác lúa chịu mặn cho 24 cán bộ khuyến nông của Senegal, Ghi-nê và Xi-ê-ra Lê-ôn; toàn bộ kinh phí do FAO tài trợ.",
        ),
        (
            "list_item",
            "2. Từ ngày 12 đến ngày 18/4, đoàn công tác của Trường do Phó Hiệu trưởng dẫn đầu đã làm việc tại thành phố Saint-Louis (Senegal); nhân dịp này, Trường ký Biên bản ghi nhớ với Trường Đại học Gaston Berger về trao đổi giảng viên và sinh viên.",
        ),
        (
            "list_item",
            "3. Tháng 5, Đại sứ Senegal tại Ma-lai-xi-a kiêm nhiệm Việt Nam đến thăm và làm việc với Trường, đề nghị tiếp nhận thêm nghiên cứu sinh Senegal theo học bổng Chính phủ Việt Nam.",
        ),
        (
            "list_item",
            "4. Đề xuất dự án trồng lúa thí điểm tại thung lũng sông Senegal cùng Trung tâm Lúa gạo châu Phi (AfricaRice) chưa được phê duyệt do chưa bố trí được vốn đối ứng.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp với Bộ Ngoại giao chuẩn bị nội dung hợp tác giáo dục phục vụ chuyến thăm chính thức Senegal của Chủ tịch Quốc hội vào tháng tới.",
        ),
        (
            "list_item",
            "2. Cử 3 chuyên gia sang hỗ trợ Viện Nghiên cứu nông nghiệp Senegal (ISRA) trong vụ lúa mùa mưa, dự kiến từ tháng 8.",
        ),
        (
            "list_item",
            "3. Đón đoàn giảng viên Trường Đại học Gaston Berger sang trao đổi học thuật vào tháng 10.",
        ),
    ],
}

VSC_AU_CHAIR = {
    "id": "vsc",
    "shape": "news",
    "date": "2022-02-06",
    "stamp": "Chủ nhật, 06/02/2022 - 08:40",
    "blocks": [
        ("title", "Tổng thống Senegal Macky Sall đảm nhiệm cương vị Chủ tịch Liên minh châu Phi"),
        (
            "paragraph",
            "Át-đi A-ba-ba (TTXVN) – Ngày 5/2, tại phiên khai mạc Hội nghị thượng đỉnh thường niên lần thứ 35 của Liên minh châu Phi (AU), Tổng thống Senegal Macky Sall đã chính thức tiếp nhận cương vị Chủ tịch luân phiên năm 2022 của tổ chức từ người tiền nhiệm, Tổng thống Cộng hòa Dân chủ Công-gô Félix Tshisekedi.",
        ),
        ("heading", "Lần đầu họp trực tiếp từ khi có dịch", 1),
        (
            "paragraph",
            "Hội nghị diễn ra trong hai ngày 5 và 6/2 tại trụ sở AU ở thủ đô Ét-xi-ô-pi-a, là lần đầu tiên lãnh đạo các nước thành viên họp trực tiếp kể từ khi đại dịch COVID-19 bùng phát. Chủ đề năm nay tập trung vào dinh dưỡng và an ninh lương thực trên lục địa. Tổng Thư ký Liên hợp quốc António Guterres tới dự và kêu gọi thúc đẩy hòa bình ở châu Phi.",
        ),
        ("heading", "Làn sóng đảo chính", 1),
        (
            "paragraph",
            "Trong bài phát biểu nhậm chức, ông Sall cảnh báo sự trở lại của các cuộc đảo chính, coi đây là đòn tấn công nghiêm trọng vào dân chủ và sự ổn định thể chế trên lục địa. Ma-li, Ghi-nê, Xu-đăng và Buốc-ki-na Pha-xô, bốn nước đã bị AU đình chỉ tư cách thành viên sau các cuộc chính biến, không có đại diện tại hội nghị.",
        ),
        (
            "paragraph",
            "Ông Sall là nhà lãnh đạo Senegal thứ ba đứng đầu tổ chức của lục địa, sau các cựu Tổng thống Léopold Sédar Senghor và Abdou Diouf thời OAU. Việt Nam và Senegal thiết lập quan hệ ngoại giao từ ngày 29/12/1969.",
        ),
    ],
}

VSD_PLAN = {
    "id": "vsd",
    "shape": "plan",
    "head": [
        f"{'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH':<42}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':42}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 96/KH-BVHTTDL':<42}Hà Nội, ngày 14 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác văn hóa, thể thao và du lịch với Cộng hòa Senegal",
        "và các nước châu Phi nói tiếng Pháp năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác văn hóa, thể thao và du lịch với Cộng hòa Senegal và các nước châu Phi nói tiếng Pháp năm 2026",
        ),
        (
            "paragraph",
            "Nhằm cụ thể hóa kết quả chuyến thăm chính thức Senegal của Chủ tịch Quốc hội Trần Thanh Mẫn từ ngày 22 đến ngày 24/7/2025 và phát huy vai trò của Việt Nam trong Cộng đồng Pháp ngữ, Bộ Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Môn võ Vovinam đã được du nhập vào Senegal từ nhiều năm trước và hiện có hàng nghìn võ sinh. Năm ngoái, Bộ đã cử hai huấn luyện viên sang hỗ trợ các câu lạc bộ Vovinam tại Dakar, song hai bên chưa ký văn bản hợp tác nào trong lĩnh vực thể thao. Thế vận hội Trẻ mùa hè năm 2026 sẽ được tổ chức tại Dakar từ ngày 31/10 đến ngày 13/11/2026, lần đầu tiên một sự kiện Ô-lim-pích diễn ra ở châu Phi.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, phối hợp với Đại sứ quán Việt Nam tại An-giê-ri tổ chức Tuần Văn hóa Việt Nam tại Dakar nhân Ngày Quốc tế Pháp ngữ (20/3).",
        ),
        (
            "list_item",
            "2. Đàm phán và ký Chương trình hợp tác văn hóa, thể thao giai đoạn 2026 – 2029 với Bộ Văn hóa Senegal, dự kiến trong quý IV.",
        ),
        (
            "list_item",
            "3. Cử đoàn vận động viên các môn đạt chuẩn tham dự Thế vận hội Trẻ tại Dakar.",
        ),
        (
            "list_item",
            "4. Mời một đoàn nghệ thuật truyền thống Senegal sang biểu diễn tại Festival Huế 2026.",
        ),
        (
            "list_item",
            "5. Không tổ chức đoàn khảo sát du lịch sang Tây Phi trong năm 2026 do chưa có đường bay thẳng và chi phí quá cao.",
        ),
        (
            "paragraph",
            "Vụ Hợp tác quốc tế là đơn vị đầu mối, phối hợp với các cơ quan liên quan triển khai Kế hoạch này.",
        ),
    ],
}

VSE_AU = {
    "id": "vse",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh châu Phi"),
        (
            "paragraph",
            "Liên minh châu Phi (AU) là tổ chức liên chính phủ của 55 quốc gia châu Phi, được thành lập để kế tục Tổ chức Thống nhất châu Phi (OAU). Trụ sở của Liên minh đặt tại Át-đi A-ba-ba (Ét-xi-ô-pi-a). Các cơ quan chính của AU gồm Hội nghị các nguyên thủ quốc gia và người đứng đầu chính phủ, Ủy ban Liên minh châu Phi và Hội đồng Hòa bình và An ninh.",
        ),
        ("heading", "Từ OAU đến AU", 1),
        (
            "paragraph",
            "OAU được 32 nước châu Phi độc lập thành lập tại Át-đi A-ba-ba ngày 25/5/1963. Đạo luật thành lập Liên minh châu Phi được các nhà lãnh đạo OAU thông qua ngày 11/7/2000. AU chính thức ra đời tại Đơ-ban (Nam Phi) ngày 9/7/2002, với Tổng thống Nam Phi Thabo Mbeki là Chủ tịch đầu tiên.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Ma-rốc rút khỏi OAU năm 1984 do bất đồng về vấn đề Tây Xa-ha-ra và chỉ được kết nạp trở lại AU ngày 30/1/2017. Các nước xảy ra đảo chính quân sự thường bị AU đình chỉ tư cách thành viên, như Ma-li, Ghi-nê, Buốc-ki-na Pha-xô và Ni-giê trong những năm gần đây. Ngày 9/9/2023, tại hội nghị thượng đỉnh ở Niu Đê-li, AU trở thành thành viên thường trực của Nhóm G20.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Tuy ở ngoài châu lục, Việt Nam tích cực đóng góp cho hòa bình ở châu Phi qua các phái bộ gìn giữ hòa bình của Liên hợp quốc. Từ năm 2014, nước ta cử sĩ quan sang Nam Xu-đăng và Cộng hòa Trung Phi; ngày 1/10/2018, Bệnh viện dã chiến cấp 2 số 1 được triển khai tới Nam Xu-đăng, và tháng 6/2022, Đội Công binh số 1 đến khu vực Abyei.",
        ),
    ],
}

DOCS = [VSA_SENEGAL, VSB_CANTHO, VSC_AU_CHAIR, VSD_PLAN, VSE_AU]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with LF line ends: the lines wrapped at 72 columns as on the page (cut
    mid-sentence), every line followed by an empty line; the signature at the end."""
    return word_text(doc, 72, ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)"], newline="\n")


def render_news(doc: dict) -> str:
    """A news page: <title>, <meta property="article:published_time">, a nav menu, <article>, <h1>, a date
    line, the lead (with its dateline) in <p class="sapo"><b>, <h3> subheads, <p> paragraphs, a tag list,
    footer."""
    return news_page(
        doc,
        "Thế giới",
        "08:40",
        [("/the-gioi", "Thế giới"), ("/the-gioi/chau-phi", "Châu Phi")],
        [("/tag/senegal", "Senegal"), ("/tag/lien-minh-chau-phi", "Liên minh châu Phi")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the two-column issuer/motto block, the centred three-line title, body at 76
    columns with a blank line between blocks, "Nơi nhận" and the signature block at the right."""
    return plan_text(
        doc,
        76,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao (để phối hợp);",
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
        prefix="vs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
