"""Structure of the development sets 27/28 (eleventh round): a journal title wrapped before its year
("… SAU NĂM" / "1993"), a running header that names the author once over a page whose first line goes
on with a date ("7/1993, …"), a Western word broken at a line end with a closed foreign first syllable
("Clin-|ton", "Bret-|ton"), a proceedings footer with its page number between dashes ("Kỷ yếu … – 112 –").
Texts written here; twins keep the old readings."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import parse_text
from doingoai.structure.build import _broken_word
from doingoai.structure.header_shapes import page_free
from doingoai.structure.lines import year_goes_on
from structure_helpers import of_type


def _paper(title: list[str], header: str, cont: str) -> str:
    return (
        "\n".join(title)
        + "\n\nLê Văn An\nViện Nghiên cứu Đông Nam Á\n\n1. Mở đầu\n\n"
        + "Quan hệ hai nước phát triển mạnh trong những năm gần đây. Đến tháng\n\n41\n\f"
        + header
        + "\n\n"
        + cont
        + ", hai bên ký hiệp định thương mại song phương và mở rộng hợp tác đầu tư.\n\n"
        + "Hai nước cũng thúc đẩy giao lưu nhân dân.\n\n42\n\f"
        + "Tạp chí Nghiên cứu quốc tế, số 3/2021\n\nHợp tác giáo dục được đẩy mạnh.\n\n43\n"
    )


@pytest.mark.parametrize(
    "title, year",
    [
        (["QUAN HỆ VIỆT NAM – NHẬT BẢN SAU NĂM"], "1992"),
        (["VIỆT NAM VÀ ASEAN TỪ NĂM"], "1995"),
        (["HỢP TÁC VIỆT NAM – ẤN ĐỘ", "GIAI ĐOẠN SAU NĂM"], "2007"),
    ],
)
def test_a_title_wrapped_before_its_year_keeps_it(title: list[str], year: str) -> None:
    doc = parse_text(_paper([*title, year], "LÊ VĂN AN", "5/2001"))
    assert doc.title == " ".join(title) + " " + year
    assert "Lê Văn An" in of_type(doc, BlockType.AUTHOR)


def test_a_year_under_a_line_not_calling_for_it_is_no_title() -> None:
    assert not year_goes_on("QUAN HỆ VIỆT NAM – NHẬT BẢN", "1992")  # twin: a page number shaped like a year
    assert not year_goes_on("SAU NĂM", "123")
    assert year_goes_on("… since", "1975")


@pytest.mark.parametrize("cont", ["7/1993", "12/2005", "3/2010"])
def test_a_running_author_name_over_a_page_going_on_with_a_date_is_dropped(cont: str) -> None:
    doc = parse_text(_paper(["QUAN HỆ VIỆT NAM – ÚC"], "LÊ VĂN AN", cont))
    paras = of_type(doc, BlockType.PARAGRAPH)
    assert any(
        f"Đến tháng {cont}, hai bên ký hiệp định thương mại song phương và mở rộng hợp tác đầu tư." in p
        for p in paras
    )
    assert "LÊ VĂN AN" not in " ".join(doc.block_text(b) for b in doc.blocks)


def test_a_page_top_over_a_numbered_heading_is_kept() -> None:
    # twin: the line under the page top opens a numbered heading: the top line stays (as before)
    doc = parse_text(
        _paper(["QUAN HỆ VIỆT NAM – ÚC"], "QUAN HỆ VỚI CÁC ĐỐI TÁC", "2. Hợp tác kinh tế\n\nNăm 2001")
    )
    assert "QUAN HỆ VỚI CÁC ĐỐI TÁC" in of_type(doc, BlockType.HEADING)
    assert "2. Hợp tác kinh tế" in of_type(doc, BlockType.HEADING)


@pytest.mark.parametrize(
    "line, nxt",
    [
        ("Tổng thống Mỹ Bill Clin-", "ton mới"),
        ("tại Bret-", "ton Woods"),
        ("Đệ nhất phu nhân Bet-", "ty Ford"),
        ("thủ đô Wash-", "ington"),
    ],
)
def test_a_western_word_broken_at_a_closed_foreign_syllable_is_joined(line: str, nxt: str) -> None:
    assert _broken_word(line, nxt)


@pytest.mark.parametrize(
    "line, nxt",
    [
        ("thủ đô Pra-", "ha của"),
        ("nước Bra-", "xin và"),
        ("đảo Cu-", "ba và"),
        ("thành phố Am-", "man của"),
        ("Xin-", "ga-po"),
    ],
)
def test_a_transliteration_broken_at_its_hyphen_keeps_it(line: str, nxt: str) -> None:
    assert not _broken_word(line, nxt)


def test_a_broken_western_name_is_joined_in_the_text() -> None:
    doc = parse_text(
        "Đến năm 1993, chính quyền Tổng thống Bill Clin-\nton mới bỏ lệnh cấm vận đối với Việt Nam.\n"
    )
    assert "Bill Clinton mới" in " ".join(of_type(doc, BlockType.PARAGRAPH))


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "Kỷ yếu Hội thảo “Hợp tác tiểu vùng Mê Kông” – 112 –",
            "Kỷ yếu Hội thảo “Hợp tác tiểu vùng Mê Kông” – 113 –",
        ),
        ("– 7 – Tạp chí Châu Á", "– 8 – Tạp chí Châu Á"),
        ("Hội thảo khoa học quốc gia - 25 -", "Hội thảo khoa học quốc gia - 26 -"),
    ],
)
def test_a_page_number_between_dashes_is_ignored_in_a_running_line(a: str, b: str) -> None:
    assert page_free(a) == page_free(b)


def test_dashed_lines_without_a_page_number_keep_their_key() -> None:
    # twins: no number between the dashes, or two different running titles
    assert page_free("Hợp tác Mê Kông – Lan Thương –") == "Hợp tác Mê Kông – Lan Thương –"
    assert page_free("Kỷ yếu Hội thảo A – 12 –") != page_free("Kỷ yếu Hội thảo B – 12 –")


def test_a_proceedings_footer_with_a_dashed_page_number_is_dropped() -> None:
    footer = "Kỷ yếu Hội thảo “Quan hệ Việt Nam – Lào” – {} –"
    text = (
        "QUAN HỆ VIỆT NAM – LÀO TRONG THỜI KỲ MỚI\n\nNguyễn Thị Hoa\n\n1. Bối cảnh\n\n"
        "Hai nước ký Hiệp ước hữu nghị và hợp tác năm 1977. Từ đó, quan hệ\n\n" + footer.format(88) + "\n\f"
        "phát triển toàn diện trên mọi lĩnh vực.\n\nHợp tác giáo dục được coi là trụ cột.\n\n\n"
        + footer.format(89)
        + "\n"
    )
    doc = parse_text(text)
    body = " ".join(doc.block_text(b) for b in doc.blocks)
    assert "Kỷ yếu" not in body
    assert "Từ đó, quan hệ phát triển toàn diện trên mọi lĩnh vực." in body
