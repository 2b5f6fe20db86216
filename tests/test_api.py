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


def test_open_ingest_then_read_only_names_documents_by_doc_path_and_id(samples, tmp_path, monkeypatch):
    monkeypatch.chdir(samples.parent)
    target = tmp_path / "kb.sqlite"
    with doingoai.open(target) as kb:
        report = kb.ingest([samples.name])
        assert report.added == 5 and not report.errors
    with doingoai.open(target, read_only=True) as kb:
        hit = kb.search("Hoa Kỳ cấm vận", limit=1)[0].to_dict()
        assert hit["doc"] == "tap-chi-viet-nam-hoi-nhap-khu-vuc.txt"
        assert hit["path"] == f"{samples.name}/{hit['doc']}" and isinstance(hit["doc_id"], int)
        ev = kb.ask("Việt Nam gia nhập ASEAN năm nào?").to_dict()["evidence"]
        assert {"doc", "path", "doc_id", "text", "start", "end"} <= set(ev)
        assert ev["path"] == f"{samples.name}/{ev['doc']}"
        evidence = kb.events(actor="LAO")[0]["evidence"][0]
        assert evidence["path"] == f"{samples.name}/{evidence['doc']}"
        assert kb.document(evidence["doc_id"])["path"] == evidence["path"]
