"""Word lists and tables as the structure gold writes them (round 203): files the tests build themselves."""

from __future__ import annotations

import docx

from doingoai.export import parse_dict
from doingoai.pipeline import parse_file


def test_list_number_and_list_bullet_paragraphs_are_list_items(tmp_path):
    d = docx.Document()
    d.add_paragraph("BÁO CÁO CÔNG TÁC ĐỐI NGOẠI")
    d.add_heading("1. Kết quả", level=2)
    d.add_paragraph("Năm 2023, Sở đã thực hiện các nhiệm vụ sau:")
    d.add_paragraph("Tổ chức đón đoàn Lào sang thăm tỉnh", style="List Number")
    d.add_paragraph("Cử đoàn sang làm việc tại Cam-pu-chia", style="List Bullet")
    d.add_paragraph("Các nhiệm vụ khác được thực hiện theo kế hoạch.")
    t = d.add_table(rows=2, cols=3)
    for j, text in enumerate(("STT", "Thời gian", "Đoàn")):
        t.cell(0, j).text = text
    for j, text in enumerate(("1", "3/2023", "Đoàn Thái Lan")):
        t.cell(1, j).text = text
    d.save(str(tmp_path / "l.docx"))
    blocks = {(b["type"], b["text"]) for b in parse_dict(parse_file(tmp_path / "l.docx"))["blocks"]}
    assert ("list_item", "Tổ chức đón đoàn Lào sang thăm tỉnh") in blocks
    assert ("list_item", "Cử đoàn sang làm việc tại Cam-pu-chia") in blocks
    assert ("paragraph", "Các nhiệm vụ khác được thực hiện theo kế hoạch.") in blocks
    # a table's rows: list items of their cells joined by " | " (the gold's form; inside, table blocks)
    assert ("list_item", "STT | Thời gian | Đoàn") in blocks
    assert ("list_item", "1 | 3/2023 | Đoàn Thái Lan") in blocks
