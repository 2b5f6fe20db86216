"""events_regions: region words -> continents, read from the gazetteer (no Babel or pycountry at run time)."""

from __future__ import annotations

import subprocess
import sys

from doingoai.extract.events_regions import in_region, region_of


def test_region_words_name_continents():
    assert in_region("PER", region_of("nam mỹ"))
    assert not in_region("USA", region_of("nam mỹ"))  # Latin America leaves out the two northern states
    assert in_region("USA", region_of("bắc mỹ"))
    assert in_region("HUN", region_of("đông âu"))
    assert not in_region("IND", region_of("đông âu"))
    assert in_region("NGA", region_of("châu phi"))
    assert in_region("AUS", region_of("châu đại dương"))
    assert not in_region("FRA", region_of("châu đại dương"))
    assert region_of("láng giềng") is None and in_region("FRA", None)


def test_no_build_time_libraries_at_run_time():
    """Babel and pycountry are the gazetteer extra's (build time): extraction must run without them."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('babel', 'pycountry'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from doingoai.pipeline import extract_text\n"
        "d = extract_text('Năm 2016, Ấn Độ và Hung-ga-ri ký hiệp định. Nước Đông Âu này gia nhập NATO năm 1999.', 'r')\n"
        "print(sorted((e.kind.value, tuple(e.actors), tuple(e.recipients)) for e in d.events))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "('membership.join', ('HUN',), ('NATO',))" in out
