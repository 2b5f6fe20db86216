"""Dates: forms -> ISO values, what is not a date, the document's own date, the date governing a span."""

from __future__ import annotations

import pytest

from doingoai.extract import find_dates
from doingoai.extract.dates import date_near, dates_in, document_date, section_date, title_date
from doingoai.model import Block, BlockType, Document, Sentence


def values(text: str, base: str = "") -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in dates_in(text, base)]


@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("trở thành thành viên năm 1978.", "năm 1978", "1978"),
        ("Hiệp ước Hữu nghị (1977) và", "1977", "1977"),
        ("Chủ tịch ASEAN 2020 trong bối cảnh", "2020", "2020"),
        ("giai đoạn 1975–1985 trong", "1975–1985", "1975/1985"),
        ("giai đoạn 1975 -1985. Phương pháp", "1975 -1985", "1975/1985"),
        ("biên giới Tây Nam (1978-1979) và", "1978-1979", "1978/1979"),
        ("từ năm 1975 đến năm 1985,", "từ năm 1975 đến năm 1985", "1975/1985"),
        ("TỪ 1975 ĐẾN 1985 GÓP PHẦN", "TỪ 1975 ĐẾN 1985", "1975/1985"),
        ("HĐBA LHQ nhiệm kỳ 2020-2021 với", "2020-2021", "2020/2021"),
        ("thời kỳ 1975-79", "1975-79", "1975/1979"),
        ("ký ngày 28/7/1995 tại", "ngày 28/7/1995", "1995-07-28"),
        ("gia nhập ASEAN ngày 28 tháng 7 năm 1995.", "ngày 28 tháng 7 năm 1995", "1995-07-28"),
        ("Tập 31 số 10 kì 3 (tháng 10/2025)", "tháng 10/2025", "2025-10"),
        ("vào tháng 10 năm 2025,", "tháng 10 năm 2025", "2025-10"),
        ("tháng 11-1991", "tháng 11-1991", "1991-11"),
        ("cứu nước mùa xuân năm 1975,", "mùa xuân năm 1975", "1975"),
        ("Sau đại thắng mùa xuân 1975, Việt Nam", "mùa xuân 1975", "1975"),
        ("KẾT QUẢ 6 THÁNG ĐẦU NĂM 2020;", "6 THÁNG ĐẦU NĂM 2020", "2020-H1"),
        ("công tác đối ngoại 6 tháng cuối năm 2020:", "6 tháng cuối năm 2020", "2020-H2"),
        ("trong nửa đầu năm 2021", "nửa đầu năm 2021", "2021-H1"),
        ("quý I/2020 tăng", "quý I/2020", "2020-Q1"),
        ("trong những năm 1980,", "những năm 1980", "1980/1989"),
        ("thập niên 90 của thế kỷ XX", "thập niên 90", "1990/1999"),
    ],
)
def test_forms(text, surface, value):
    assert (surface, value) in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "(Đảng Cộng sản Việt Nam [ĐCSVN], 1977, tr. 145)",
        "(ĐCSVN, 1982, tr. 123).",
        "(Hồ Chí Minh, 2011).",
        "(BCHTW, 2005; Bộ Ngoại giao, 2015)",
        "số phiếu tín nhiệm cao (192/193)",
        "tr. 1982 và số 2001",
        "có 2000 người tham gia",
        "Covid-19 và 84% thành quả",
        "mã 19751985",
        "1.975 tấn",
        "30 năm qua",
    ],
)
def test_not_dates(text):
    assert values(text, "2020") == []


@pytest.mark.parametrize(
    "text,base,value",
    [
        ("năm nay", "2020-H1", "2020"),
        ("năm ngoái", "2020-H1", "2019"),
        ("năm tới", "2020", "2021"),
        ("trong thời gian tới", "2020-H1", "2020-H2"),
        ("thời gian tới", "2020-H2", "2021"),
        ("thời gian tới", "2025-10", "2025"),
        ("6 tháng đầu năm", "2020-H1", "2020-H1"),
        ("6 tháng cuối năm nay", "2020", "2020-H2"),
        ("trong năm qua", "2020", "2020"),
        ("đại dịch vừa qua", "2020-H1", "2020-H1"),
    ],
)
def test_relative_dates(text, base, value):
    got = values(text, base)
    assert got and got[-1][1] == value


def test_country_year_parentheses_are_dates_not_citations():
    assert values("(Lào, 1977; Liên Xô, 1978)") == [("1977", "1977"), ("1978", "1978")]
    assert values("hiệp ước (Việt Nam – Lào, 1977)") == [("1977", "1977")]
    assert values("(Đảng Cộng sản Việt Nam, 1982)") == []


def test_relative_dates_need_a_document_date():
    assert values("năm nay và thời gian tới") == []


def _doc(blocks: list[tuple[BlockType, str, int | None]], meta: dict | None = None) -> Document:
    text, bl, sents = "", [], []
    for i, (kind, body, level) in enumerate(blocks):
        if text:
            text += "\n\n"
        bl.append(Block(kind, len(text), len(text) + len(body), level))
        sents.append(Sentence(len(text), len(text) + len(body), i))
        text += body
    return Document(name="t", text=text, blocks=bl, sentences=sents, meta=meta or {})


def test_document_date_from_running_header():
    doc = _doc(
        [(BlockType.TITLE, "ĐƯỜNG LỐI ĐỐI NGOẠI TỪ 1975 ĐẾN 1985", None)],
        {"removed_lines": ["TẠP CHÍ TÂM LÝ - GIÁO DỤC", "26 Tập 31 số 10 kì 3 (tháng 10/2025)"]},
    )
    assert document_date(doc) == "2025-10"
    assert find_dates(doc).meta["date"] == "2025-10"


def test_document_date_from_a_header_with_a_year_only():
    doc = _doc(
        [(BlockType.TITLE, "QUAN HỆ VIỆT NAM – LÀO", None)],
        {"removed_lines": ["Tạp chí Cộng sản số 950 (2020)", "Tạp chí Cộng sản số 950 (2020)", "12"]},
    )
    assert document_date(doc) == "2020"


def test_document_date_from_title_not_a_topic_range():
    report = _doc(
        [(BlockType.TITLE, "KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2020; NHIỆM VỤ 6 THÁNG CUỐI NĂM 2020", None)]
    )
    assert document_date(report) == "2020-H1"
    article = _doc([(BlockType.TITLE, "ĐƯỜNG LỐI ĐỐI NGOẠI CỦA ĐẢNG TỪ 1975 ĐẾN 1985", None)])
    assert document_date(article) == ""


def test_document_date_from_place_and_date_line_and_meta():
    doc = _doc(
        [
            (BlockType.PARAGRAPH, "BAN CHẤP HÀNH TRUNG ƯƠNG", None),
            (BlockType.PARAGRAPH, "Hà Nội, ngày 15 tháng 7 năm 2020", None),
            (BlockType.PARAGRAPH, "Ngày 30 tháng 4 năm 1975 đất nước thống nhất.", None),
        ]
    )
    assert document_date(doc) == "2020-07-15"
    doc.meta["date"] = "2019"
    assert find_dates(doc).meta["date"] == "2019"


def test_document_date_from_a_place_and_date_line_in_figures():
    speech = _doc(
        [
            (BlockType.TITLE, "PHÁT BIỂU CỦA ĐẠI SỨ TẠI LỄ KỶ NIỆM", None),
            (BlockType.PARAGRAPH, "Lễ kỷ niệm 50 năm quan hệ ngoại giao (Xơ-un, ngày 22/12/2017)", None),
            (BlockType.PARAGRAPH, "Năm nay, hai nước tổ chức nhiều hoạt động.", None),
        ]
    )
    assert document_date(speech) == "2017-12-22"
    own_line = _doc(
        [
            (BlockType.PARAGRAPH, "Hà Nội, 25/10/2007", None),
            (BlockType.PARAGRAPH, "Kính gửi: Bộ Ngoại giao", None),
        ]
    )
    assert document_date(own_line) == "2007-10-25"
    # a date in figures inside a sentence, or a bracketed one that does not end its line, is not the document's
    body = _doc(
        [
            (BlockType.PARAGRAPH, "Tại Hà Nội, ngày 3/2/1950 được coi là mốc quan trọng của quan hệ.", None),
            (BlockType.PARAGRAPH, "Hội nghị (Hà Nội, 5/6/2019) thông qua tuyên bố chung.", None),
        ]
    )
    assert document_date(body) == ""


def test_reference_blocks_are_not_dated():
    doc = find_dates(
        _doc(
            [
                (BlockType.PARAGRAPH, "Năm 1978 Việt Nam gia nhập SEV.", None),
                (BlockType.REFERENCE, "Bộ Ngoại giao (2015). Ngoại giao Việt Nam 1945-2000.", None),
            ]
        )
    )
    assert [d.value for d in doc.dates] == ["1978"]


def test_date_near_in_sentence():
    text = (
        "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (1977) và Hiệp ước Hòa bình, Hữu nghị và Hợp tác "
        "Việt Nam – Campuchia (1979) khẳng định rõ quan hệ đặc biệt."
    )
    doc = find_dates(_doc([(BlockType.PARAGRAPH, text, None)]))
    lao = text.index("Hiệp ước Hữu nghị")
    khm = text.index("Hiệp ước Hòa bình")
    assert date_near(doc, lao, lao + 40) == "1977"
    assert date_near(doc, khm, khm + 60) == "1979"
    inside = text.index("1977")
    assert date_near(doc, inside - 1, inside + 5) == "1977"


def test_date_near_far_clause_and_fronted_date():
    long = (
        "Ta đã phối hợp với phía Cam-pu-chia hoàn thành ký và phê chuẩn 02 văn kiện pháp lý công nhận 84% "
        "thành quả phân giới, cắm mốc đường biên giới trên bộ, tạo điều kiện thuận lợi ổn định đường biên giới "
        "và tập trung thúc đẩy việc hoàn thành phân giới phần còn lại giữa hai nước trong thời gian tới."
    )
    fronted = (
        "Trong giai đoạn 1975–1985, mặc dù phải đối mặt với nhiều khó khăn cả trong nước và quốc tế, "
        "đường lối đối ngoại của Đảng đã đạt được những thành tựu quan trọng."
    )
    doc = find_dates(
        _doc(
            [
                (BlockType.TITLE, "BÁO CÁO 6 THÁNG ĐẦU NĂM 2020", None),
                (BlockType.PARAGRAPH, long, None),
                (BlockType.PARAGRAPH, fronted, None),
            ]
        )
    )
    at = doc.text.index("Ta đã phối hợp")
    assert date_near(doc, at, at + 14) == "2020-H1"  # "thời gian tới" is another clause, far away
    tail = doc.text.index("phần còn lại")
    assert date_near(doc, tail, tail + 12) == "2020-H2"
    ach = doc.text.index("đạt được")
    assert date_near(doc, ach, ach + 8) == "1975/1985"


def test_date_near_skips_a_year_inside_a_name():
    from doingoai.extract import find_mentions

    text = "Ta kiên trì đấu tranh theo luật pháp quốc tế, Công ước LHQ về Luật Biển 1982."
    doc = find_dates(
        find_mentions(_doc([(BlockType.TITLE, "BÁO CÁO NĂM 2020", None), (BlockType.PARAGRAPH, text, None)]))
    )
    at = doc.text.index("đấu tranh")
    assert date_near(doc, at, at + 9) == "2020"
    year = doc.text.index("1982")
    assert date_near(doc, year - 5, year + 4) == "1982"


def test_date_near_fallbacks():
    doc = find_dates(
        _doc(
            [
                (BlockType.TITLE, "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2020; NHIỆM VỤ 6 THÁNG CUỐI NĂM 2020", None),
                (
                    BlockType.LIST_ITEM,
                    "1. Ta đã tận dụng tốt các cơ hội, tích cực tham gia thúc đẩy đàm phán RCEP.",
                    None,
                ),
                (BlockType.HEADING, "Một số nhiệm vụ, giải pháp chủ yếu 6 tháng cuối năm 2020:", 1),
                (BlockType.PARAGRAPH, "Thứ nhất, duy trì ổn định quan hệ với Trung Quốc và Mỹ.", None),
            ]
        )
    )
    rcep = doc.text.index("RCEP")
    usa = doc.text.index("Mỹ")
    assert section_date(doc, rcep) == ""
    assert title_date(doc) == "2020-H1"
    assert date_near(doc, rcep, rcep + 4) == "2020-H1"
    assert date_near(doc, usa, usa + 2) == "2020-H2"
    assert date_near(doc, usa, usa + 2, fallback=False) == ""


def test_date_near_nested_headings():
    doc = find_dates(
        _doc(
            [
                (BlockType.TITLE, "ĐƯỜNG LỐI ĐỐI NGOẠI TỪ 1975 ĐẾN 1985", None),
                (BlockType.HEADING, "2.2.1. Bối cảnh giai đoạn 1976–1980", 3),
                (BlockType.PARAGRAPH, "Việt Nam bị bao vây, cấm vận.", None),
                (BlockType.HEADING, "2.2.2. Thành tựu", 3),
                (BlockType.PARAGRAPH, "Việt Nam tăng cường hợp tác với Liên Xô.", None),
            ]
        ),
    )
    embargo = doc.text.index("bao vây")
    coop = doc.text.index("hợp tác")
    assert date_near(doc, embargo, embargo + 7) == "1976/1980"
    assert date_near(doc, coop, coop + 7) == "1975/1985"  # a sibling heading's date does not carry over


# --- seeds -----------------------------------------------------------------------------------------


def _parsed(path):
    from doingoai.pipeline import parse_file

    try:
        return find_dates(parse_file(path))
    except ImportError as exc:
        pytest.skip(f"parse stages unavailable: {exc}")


def _near(doc, phrase: str) -> str:
    at = doc.text.find(phrase)
    assert at >= 0, phrase
    return date_near(doc, at, at + len(phrase))


def test_seed_article(seed_article):
    doc = _parsed(seed_article)
    assert doc.meta["date"] == "2025-10"
    assert _near(doc, "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào") == "1977"
    assert _near(doc, "Hiệp ước Hòa bình, Hữu nghị và Hợp tác Việt Nam – Campuchia") == "1979"
    assert _near(doc, "Việt Nam trở thành thành viên chính thức") == "1978"
    assert _near(doc, "các cuộc xung đột biên giới Tây Nam") == "1978/1979"
    assert _near(doc, "Việt Nam đã tăng cường hợp tác toàn diện") == "1975/1985"
    assert _near(doc, "đặc biệt là Hoa Kỳ và các nước phương") == "1975/1985"  # not the citation's 1982
    assert _near(doc, "kháng chiến") == "1975"
    assert "1982" not in [d.value for d in doc.dates if doc.text[d.start - 2 : d.start] == ", "]


def test_seed_report(seed_report):
    doc = _parsed(seed_report)
    assert doc.meta["date"] == "2020-H1"
    assert _near(doc, "Ủy viên không thường trực HĐBA") == "2020/2021"
    assert _near(doc, "Chủ tịch ASEAN") == "2020"
    assert _near(doc, "Ta đã phối hợp với phía Cam-pu-chia") == "2020-H1"
    assert _near(doc, "hỗ trợ trang thiết bị y tế") == "2020-H1"
    assert _near(doc, "Quan hệ với Đảng Cộng sản Trung Quốc") == "2020-H1"
    assert _near(doc, "các đối tác hàng đầu như Trung Quốc và Mỹ") == "2020-H2"
    assert _near(doc, "các nước láng giềng Lào và Campuchia") == "2020-H2"


# --- properties ------------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    [
        "năm ",
        "1978",
        "2020",
        "-",
        "–",
        "tháng ",
        "10/",
        "ngày ",
        "28",
        "(",
        ")",
        ", ",
        "6 tháng đầu năm ",
        "từ ",
        " đến ",
        "quý II/",
        "năm nay",
        "İ",
        "\n",
        "tr. ",
        "thời gian tới",
        "x",
    ]
)
_ISO = __import__("re").compile(r"\d{4}(-(\d\d(-\d\d)?|H[12]|Q[1-4]))?(/\d{4})?")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=25).map("".join))
def test_dates_are_well_formed(text):
    last = -1
    for d in dates_in(text, "2020-H1"):
        assert 0 <= d.start < d.end <= len(text) and d.start >= last
        last = d.end
        assert _ISO.fullmatch(d.value), d.value


def test_a_day_range_across_two_months_gives_its_interval():
    text = "Từ ngày 28/2 đến 2/3/2001, Tổng thống Nga thăm Việt Nam; ngày 30/11 - 1/12/2020 hai bên họp."
    assert [(d.value, text[d.start : d.end]) for d in dates_in(text)] == [
        ("2001-02-28/2001-03-02", "ngày 28/2 đến 2/3/2001"),
        ("2020-11-30/2020-12-01", "ngày 30/11 - 1/12/2020"),
    ]


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("Tháng trước, nước này được mời gia nhập.", "2023-09-01", [("2023-08", "Tháng trước")]),
        ("Tuần tới, An-giê-ri sẽ đăng cai hội nghị.", "2022-10-28", [("2022-11", "Tuần tới")]),
        ("Tuần qua, hai bên điện đàm.", "2023-09", [("2023-09", "Tuần qua")]),
        ("Hôm qua, hai bên ký hiệp định.", "2023-09-01", [("2023-08-31", "Hôm qua")]),
        (
            "Tháng 11 năm ngoái, thành phố là nơi diễn ra COP27.",
            "2023-09-01",
            [("2022-11", "Tháng 11 năm ngoái")],
        ),
        ("tháng tới", "2023-12-05", [("2024-01", "tháng tới")]),
        # not told from the document's date: counted spans, a narrative's "trước đó", "năm sau"
        ("Hai tuần trước, hai bên họp.", "2023-09-01", []),
        ("Tháng trước đó, hai nước đã họp.", "2023-09-01", []),
        ("Năm sau, hai nước bình thường hóa quan hệ.", "2023-09-01", []),
        # a month or a week needs a document dated at least to the month
        ("Tháng trước, nước này được mời gia nhập.", "2023", []),
    ],
)
def test_relative_months_weeks_and_days(text, base, expected):
    assert [(d.value, text[d.start : d.end]) for d in dates_in(text, base)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tháng 3/1979 quân đội rút về. Tháng trước, hai bên đã họp.", ["1979-03"]),  # counts from 1979
        ("Hôm nay, ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.", ["1945-09-02"]),
        ("Việt Nam và Cu-ba năm nay kỷ niệm 60 năm quan hệ.", ["2020"]),  # "ba" of Cu-ba counts nothing
        ("Hội nghị họp vào thứ hai tuần tới.", ["2020-10"]),
        ("Từ 25/12 đến 2/1/2002, đoàn thăm Lào.", ["2001-12-25/2002-01-02"]),
        ("Từ 30/2 đến 2/3/2001, đoàn thăm Lào.", ["2001-03-02"]),  # no 30 February
    ],
)
def test_relative_words_in_a_narrative_and_day_ranges_at_a_year_end(text, expected):
    assert [d.value for d in dates_in(text, "2020-10-05")] == expected


def test_a_timeline_line_or_a_bracketed_date_in_the_text_is_not_the_documents_date():
    from doingoai.extract.dates import _place_dmy_line

    assert _place_dmy_line("\nBình thường hóa quan hệ, 12/7/1995\n", True) is None
    body = "x" * 700 + " ký Hiệp ước (Viêng Chăn, ngày 18/7/1977)\n"
    assert _place_dmy_line(body, True) is None
    assert _place_dmy_line("PHÁT BIỂU\nLễ kỷ niệm (Bu-đa-pét, ngày 3/2/2020)\n", True) is not None


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("- 2002: Ngày 28/7, hai nước ký Thông cáo chung.", "", ["2002", "2002-07-28"]),
        ("Năm 1995, Việt Nam gia nhập ASEAN. Ngày 28/7, lễ kết nạp diễn ra.", "2020", ["1995", "1995-07-28"]),
        ("Năm 1995 là mốc.\n\nNgày 28/7, lễ diễn ra.", "2020", ["1995", "2020-07-28"]),  # another paragraph
        ("Giai đoạn 1991–2000. Ngày 5/3, hai bên họp.", "2020", ["1991/2000", "2020-03-05"]),  # no one year
    ],
)
def test_a_day_and_month_take_the_year_told_before_them_in_the_paragraph(text, base, expected):
    assert [d.value for d in dates_in(text, base)] == expected
