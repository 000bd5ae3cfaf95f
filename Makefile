# Every target installs what it needs on first use (virtualenv + pinned
# requirements), so `make crawl` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-requirements

.PHONY: install browser crawl test demo replay cluster-up cluster-down

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
# Chromium and what it needs only: no recommended packages, no upgrade of
# anything it does not depend on. apt's dry run is asked first, and an
# installed package that chromium needs in a newer version ("Inst pkg [old]")
# is named before it is upgraded.
CHROMIUM ?= /usr/bin/chromium
APT_INSTALL := DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends

browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq || echo "apt-get update failed; trying the package lists we have"; \
	  upgrades=$$(apt-get install -s --no-install-recommends chromium 2>/dev/null \
	              | awk '/^Inst [^ ]+ \[/ {printf "%s ", $$2}'); \
	  [ -z "$$upgrades" ] || echo "chromium needs newer versions of: $$upgrades"; \
	  echo "Installing chromium for the browser tests"; \
	  $(APT_INSTALL) chromium || echo "chromium install failed: the browser tests will skip"; \
	else echo "$(CHROMIUM) missing and not root: the browser tests will skip"; fi

# Replay of the archived WARC/WACZ (tests/test_warc.py): pywb conflicts with
# the crawler's pins (pyOpenSSL, and its brotlipy breaks Scrapy's br
# decoding), so it lives in a venv of its own, made on first use.
REPLAY_VENV := .venv-replay
PYWB_VERSION ?= 2.10.0

# A venv copied or moved from elsewhere keeps scripts whose first line names
# the old place: one whose wb-manager does not run is made again.
replay:
	@$(REPLAY_VENV)/bin/wb-manager --help >/dev/null 2>&1 || { \
	  rm -rf $(REPLAY_VENV) && $(PYTHON) -m venv $(REPLAY_VENV) && \
	  $(REPLAY_VENV)/bin/python -m pip install -q pywb==$(PYWB_VERSION); }

# Two workers: most tests wait on crawl subprocesses, not the CPU.
# loadgroup: the tests that share the local cluster's Scrapyd nodes run on one worker.
PYTEST_ARGS ?= -n 2 --dist loadgroup
test: $(STAMP) browser
	-@$(MAKE) --no-print-directory replay || echo "pywb install failed: the replay test skips (fails in CI)"
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Offline demo: the nightly run against the bundled replica served on 127.0.0.1,
# into output/demo/ (feed, manifest, report.html, WACZ; its own state).
demo: $(STAMP)
	$(BIN)/python -m tests.replica.demo $(ARGS)

# The local cluster (scripts/cluster.sh): one PostgreSQL (Debian's package,
# installed when missing) and two Scrapyd nodes, on 127.0.0.1 only, under
# output/cluster/; the project deployed to both; output/cluster/env names
# them (MATRA_STATE_URL, MATRA_SCRAPYD_URLS) for the tests and for you.
WORKER_STAMP := $(VENV)/.installed-worker

$(WORKER_STAMP): $(STAMP) requirements-worker.txt
	$(BIN)/python -m pip install -q -r requirements-worker.txt
	touch $@

cluster-up: $(WORKER_STAMP)
	scripts/cluster.sh up

cluster-down:
	scripts/cluster.sh down
