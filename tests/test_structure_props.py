"""Properties that hold for any input: no crash, one line per block, offsets that map back."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from doingoai.model import Document
from doingoai.structure import structure_document
from doingoai.textmap import MappedText

WORDS = [
    "Việt",
    "Nam",
    "đối",
    "ngoại",
    "Đảng",
    "Cam-",
    "pu-chia",
    "inter-",
    "national",
    "TẠP",
    "CHÍ",
    "26",
    "tr.",
    "TS.",
    "2.1.",
    "I.",
    "1.",
    "(Nguồn:",
    "BTGTW)",
    "Tóm",
    "tắt:",
    "Abstract:",
    "the",
    "“quốc”",
    "(ĐCSVN,",
    "1982).",
    "Từ",
    "khóa:",
    "-",
    "•",
    "a)",
    ";",
    ":",
    ".",
    "?",
    "—",
    "Chương",
    "II",
    "Phần",
]
LINE = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join)
TRAIL = st.sampled_from(["", " ", "  "])
SEP = st.sampled_from(["\n", "\n\n", "\n\n\n\n", "\f", "\n \n", "\r\n"])


@st.composite
def documents(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        parts.append(draw(LINE) + draw(TRAIL) + draw(SEP))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(documents())
@example("TẠP TẠP\nTẠP TẠP\n")  # an upper-case name-like title as the last line (no next line)
@example("TIÊU ĐỀ BÀI VIẾT\n*\nNội dung bài viết.\n")  # a footnote mark alone after the title
def test_any_text_structures_with_valid_offsets(raw):
    doc = Document(name="t.txt", raw=raw)
    doc.set_text(MappedText.identity(raw))
    structure_document(doc)
    text = doc.text
    assert text == "\n\n".join(doc.block_text(b) for b in doc.blocks)
    prev_end = -1
    for b in doc.blocks:
        t = doc.block_text(b)
        assert t and t == t.strip() and "\n" not in t and "\f" not in t
        assert b.start > prev_end
        prev_end = b.end
        a, e = doc.raw_offsets(b.start, b.end)
        assert 0 <= a <= e <= len(raw)
        assert raw[a:e].split()[-1].endswith(t.split()[-1][-1])
    for s in doc.sentences:
        blk = doc.blocks[s.block]
        assert blk.start <= s.start < s.end <= blk.end
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    for line in doc.meta["removed_lines"]:
        assert line.strip() == line and line
