# doingoai — set-up and everyday commands. Only python3 is needed on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
DB     ?= demo.sqlite

.PHONY: demo test lint bench clean fast fast-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,postgres,dense,bench,gazetteer]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/doingoai ingest samples --db $(DB)
	$(BIN)/doingoai parse samples/tap-chi-viet-nam-hoi-nhap-khu-vuc.txt
	$(BIN)/doingoai events --db $(DB) --actor LAO
	$(BIN)/doingoai search "Hoa Ky cam van" --db $(DB) --limit 2
	$(BIN)/doingoai ask "Việt Nam gia nhập ASEAN năm nào?" --db $(DB)
	$(BIN)/doingoai ask "When did Vietnam join the WTO?" --db $(DB)

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

# Each prints its figure beside the baseline the issue names, in the same run (README numbers come from here).
bench: $(STAMP)
	$(BIN)/python bench/structure_speed.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/large_table.py
	$(BIN)/python bench/events_quality.py
	$(BIN)/python bench/citations_quality.py
	$(BIN)/python bench/questions_quality.py
	$(BIN)/python bench/probe_generalisation.py
	$(BIN)/python bench/offtopic_events.py
	for d in tests/data/heldout*/; do $(BIN)/python bench/probe_generalisation.py --probe $$d; done  # every held-out set
	$(BIN)/python bench/pooled_events.py -q tests/data/heldout7[6-9] tests/data/heldout8[0-5]  # session 12's blind sets, pooled
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,87 89 91 93 95 97 99 101,tests/data/heldout$(n))  # session 13's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,131 133 135 137 139 141 143 145 147 149,tests/data/heldout$(n))  # session 14's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,151 153 155 157 159 161 163 165 167 169,tests/data/heldout$(n))  # session 15's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,173 175 177 179 181 183 185 187 189 191,tests/data/heldout$(n))  # session 16's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,195 197 199 201 203 205 207 209 211 213,tests/data/heldout$(n))  # session 17's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,217 219 221 223 225 227 229 231 233 235,tests/data/heldout$(n))  # session 18's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,239 241 243 245 247 249 251 253 255 257,tests/data/heldout$(n))  # session 19's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,261 263 265 267 269 271 273 275 277 279,tests/data/heldout$(n))  # session 20's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,283 285 287 289 291 293 295 297 299 301,tests/data/heldout$(n))  # session 21's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,305 307 309 311 313 315 317 319 321 323,tests/data/heldout$(n))  # session 22's blind sets (and the rules alone)
	$(BIN)/python bench/pooled_events.py -q --rules-too $(foreach n,327 329 331 333 335 337 339 341 343 345,tests/data/heldout$(n))  # session 23's blind sets (and the rules alone)
	$(BIN)/python bench/pdf_readers.py
	$(BIN)/python bench/html_readers.py
	$(BIN)/python bench/xquad_retrieval.py
	$(BIN)/python bench/search_latency.py
	$(BIN)/python bench/dense_embed.py

# Optional compiled build (setup.py): the extraction modules compiled by mypyc into C extensions, installed
# (not editable) into its own venv, so the development tree never holds a stale extension module. Needs a C
# compiler; pure Python (.venv) stays the default and the source of truth. Rebuild after editing extract/.
FAST    ?= .venv-fast
fast:
	$(PYTHON) -m venv $(FAST)
	$(FAST)/bin/pip install --quiet --upgrade pip
	$(FAST)/bin/pip install --quiet "setuptools>=77" wheel "mypy>=1.18,<2"
	$(FAST)/bin/pip install --quiet '.[test,bench,gazetteer]'
	rm -rf build
	DOINGOAI_COMPILE=1 $(FAST)/bin/pip install --quiet --no-build-isolation --force-reinstall --no-deps .
	$(FAST)/bin/python bench/extract_speed.py --mb 1

fast-test: fast
	DOINGOAI_EXPECT_COMPILED=1 $(FAST)/bin/pytest -q -p no:cacheprovider tests/  # the whole suite on the compiled build (model.py is compiled too); includes test_extract_compiled.py

clean:
	rm -rf $(VENV) $(FAST) build $(DB) $(DB)-wal $(DB)-shm .pytest_cache
