"""The public Python API: doingoai.parse_file / extract_file / open."""

import doingoai


def test_extract_file_can_be_called_again_after_the_subpackage_is_imported(samples):
    path = samples / "tap-chi-viet-nam-hoi-nhap-khu-vuc.txt"
    first = doingoai.extract_file(path)
    from doingoai.extract import events  # noqa: F401 - what any later import of the subpackage does

    second = doingoai.extract_file(path)
    assert first.title == second.title and len(first.events) == len(second.events) > 0
    assert doingoai.parse_file(path).title == first.title
    ev = first.events[0]
    s, e = first.raw_offsets(ev.evidence[0].start, ev.evidence[0].end)
    assert first.raw[s:e].split()[:2] == first.text[ev.evidence[0].start : ev.evidence[0].end].split()[:2]
