# Every target installs what it needs on first use (virtualenv + pinned
# requirements), so `make crawl` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-requirements

.PHONY: install crawl test demo

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

install: $(STAMP)

# The main job: crawl the live site into output/<spider>/<run>.jsonl.
crawl: $(STAMP)
	$(BIN)/scrapy crawl matra $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Offline demo: serve the bundled replica on 127.0.0.1, crawl it into output/matra/.
demo: $(STAMP)
	$(BIN)/python -m tests.replica.demo $(ARGS)
