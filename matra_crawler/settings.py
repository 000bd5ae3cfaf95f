"""Scrapy settings for matra_crawler.

Defaults are the polite live ones: one site at a time with AutoThrottle,
robots.txt obeyed, a truthful User-Agent. Tests and the demo override the
pace with -s on the command line; nothing here knows about them.
"""
BOT_NAME = "matra_crawler"
SPIDER_MODULES = ["matra_crawler.spiders"]
NEWSPIDER_MODULE = "matra_crawler.spiders"
# The project's `crawl` checks the spider's -a arguments before the crawl starts.
COMMANDS_MODULE = "matra_crawler.commands"

# Who we are. The User-Agent is built from CONTACT_URL (see spiders/base.py)
# unless USER_AGENT itself is set.
CONTACT_URL = "https://github.com/matra-crawler/matra_crawler#contact"

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Every pipeline is synchronous, so items of one response gain nothing from
# running "in parallel"; Scrapy's default of 100 still starts 100 asyncio
# tasks per response, ~0.8 ms of CPU a page (benchmarks/README.md).
CONCURRENT_ITEMS = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# Oversized answers (a 20 MB "article", a gzip bomb) are cut, not read.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
COOKIES_ENABLED = False
# No live consoles into a crawl: Scrapy's telnet console, and its remote
# control, which also leaves a job file with an access token in the user's
# state folder for every crawl (and behind every killed one).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# http and https only. Remote content names URLs (sitemap children, links,
# redirects): a file://, ftp://, s3:// or data: URL must never make the
# crawler read a local file or leave the site's web server. The handlers
# are off, and HttpOnlyMiddleware refuses and counts such requests first.
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}

# Retries with exponential backoff (and Retry-After) on 429 and 5xx.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 1.0   # seconds before the first retry; doubles each time
RETRY_BACKOFF_MAX = 60.0   # cap, also for a server's Retry-After
DOWNLOADER_MIDDLEWARES = {
    "matra_crawler.middlewares.HttpOnlyMiddleware": 40,   # before the offsite filter (50)
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "matra_crawler.middlewares.BackoffRetryMiddleware": 550,
    # Before the retry sees a failure (exceptions travel from high to low):
    # the first DNS failure or refused connection of a site that never
    # answered closes the crawl (site_unreachable); every attempt's failure
    # is counted by cause and host (download_error/<kind>/<host>).
    "matra_crawler.middlewares.UnreachableSiteMiddleware": 570,
    "matra_crawler.middlewares.DownloadErrorStats": 580,
}
CLOSE_UNREACHABLE_SITE = True

# The browser path (scrapy-playwright), switched on only by spiders whose
# profile says render=True. Debian's chromium: playwright cannot download
# its own browser on these machines.
BROWSER_DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": "/usr/bin/chromium",
    "headless": True,
    "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run"],
}
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000

# Discovery.
LISTING_MAX_PAGES = 200    # stop walking a listing that never ends

# Item pipelines: one job each. ProcessingPipeline runs processing.STEPS,
# which the `extract` command runs too; the rest need the crawl.
ITEM_PIPELINES = {
    "matra_crawler.pipelines.ProcessingPipeline": 100,   # processing.STEPS
    "matra_crawler.pipelines.DateRangePipeline": 700,
    "matra_crawler.pipelines.StatePipeline": 800,
}

# Where feeds and the crawl state go (-s overrides both). Feeds land in
# OUTPUT_DIR/<site>/<run start, UTC>.jsonl, written under a temporary name
# and renamed when the crawl closes (spiders/base.py builds FEEDS from
# OUTPUT_DIR unless FEEDS is set, e.g. by -O file.jsonl, which is atomic too).
OUTPUT_DIR = "output"
# The incremental state (SQLite): what was exported, so a run exports only
# new or changed articles. An empty STATE_DIR turns it off (every run
# exports everything it finds).
STATE_DIR = "output/state"
# The state in PostgreSQL instead (postgresql://user@host:port/db), shared
# by crawls on many machines; the site leases then live there too. STATE_DIR
# still holds the WARC digest index of this machine.
STATE_URL = None
# Names the run (feed file, state row); the nightly command passes its own.
RUN_ID = None
FEED_FORMAT_OPTIONS = {"format": "jsonlines", "encoding": "utf8"}
FEED_URI_PARAMS = "matra_crawler.feedstorage.uri_params"
FEED_STORAGES = {
    "": "matra_crawler.feedstorage.AtomicFileFeedStorage",
    "file": "matra_crawler.feedstorage.AtomicFileFeedStorage",
}
FEED_EXPORT_ENCODING = "utf-8"
# Archive capture (matra_crawler/warc.py): every HTTP response the crawl
# receives, as WARC 1.1 records beside the feed (<feed stem>.warc.gz),
# stored together with it; each item's `warc` field links to its records.
# A new file (<stem>.1.warc.gz, ...) is begun past WARC_MAX_SIZE bytes.
WARC_ENABLED = True
WARC_MAX_SIZE = 1024**3

# Final crawl stats as JSON (off unless -s STATS_FILE=path).
STATS_FILE = None
# Live progress: PROGRESS_FILE (off unless set; the nightly run sets it) is
# rewritten every PROGRESS_INTERVAL seconds; the INFO line "Discovery found
# N articles: M to fetch" comes once discovery has been still that long.
PROGRESS_FILE = None
PROGRESS_INTERVAL = 2.0
EXTENSIONS = {
    # The incremental state's owner (off when STATE_DIR is empty).
    "matra_crawler.incremental.IncrementalState": 100,
    "matra_crawler.extensions.StatsFile": 500,
    "matra_crawler.extensions.CrawlProgress": 450,
    "matra_crawler.extensions.TemplateDriftMonitor": 400,
    "matra_crawler.warc.WarcCapture": 300,
}
# Template drift: warn when fewer than this share of a run's articles got a
# field from the site's own selectors (checked from this many articles on).
DRIFT_MIN_SHARE = 0.8
DRIFT_MIN_ARTICLES = 5

LOG_LEVEL = "INFO"
LOG_FORMATTER = "matra_crawler.logformatter.ShortDropLogFormatter"
