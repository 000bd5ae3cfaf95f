# Every target installs what it needs on first use (virtualenv + pinned
# requirements), so `make crawl` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-requirements

.PHONY: install browser crawl test demo

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

install: $(STAMP)

# The main job: every enabled site, incrementally, one feed per site under
# output/<site>/, a run manifest in output/runs/ (what cron runs nightly).
crawl: $(STAMP) browser
	$(BIN)/python -m matra_crawler nightly $(ARGS)

# The browser path (jambione) runs Debian's chromium: playwright cannot
# download its own browser on these machines. Installed when missing and we
# are root; otherwise (or if apt fails) the browser tests skip and say why.
CHROMIUM ?= /usr/bin/chromium

browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing chromium for the browser tests"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	    || echo "chromium install failed: the browser tests will skip"; \
	else echo "$(CHROMIUM) missing and not root: the browser tests will skip"; fi

# Two workers: most tests wait on crawl subprocesses, not the CPU.
PYTEST_ARGS ?= -n 2
test: $(STAMP) browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Offline demo: serve the bundled replica on 127.0.0.1, crawl it into output/matra/.
demo: $(STAMP)
	$(BIN)/python -m tests.replica.demo $(ARGS)
