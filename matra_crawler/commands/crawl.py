"""`scrapy crawl`, with the spider, its -a arguments, the -s values and the
folders it writes (STATE_DIR, local -o/-O feeds) checked before the crawl starts.

Scrapy builds the spider inside the crawl's start, where a wrong argument
becomes a logged traceback (and, for some, exit 0 with an empty feed). Here
the spider's name and arguments are checked while the command line is read:
a mistake is one line on stderr and exit 2, before logging starts or any
request is made.
"""
from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from scrapy.commands import crawl
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.conf import arglist_to_dict

from ..arguments import ArgumentError, did_you_mean
from ..incremental import STATE_BUSY, STATE_LOST
from ..overrides import override_problems, project_defaults

# A crawl that ends for one of these reasons did not do its job: exit 1.
FAILED_FINISH_REASONS = (STATE_BUSY, STATE_LOST)


class Command(crawl.Command):
    def _create_crawler(self, spidercls):
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args: list[str], opts) -> None:
        super().run(args, opts)
        if self.crawler.stats.get_value("finish_reason") in FAILED_FINISH_REASONS:
            self.exitcode = 1

    def add_options(self, parser) -> None:
        super().add_options(parser)
        # Scrapy prints the usage block before a UsageError's message; a wrong
        # argument is one line (cron mails it). -h still prints the whole help.
        parser.prog = "scrapy crawl"
        parser.print_usage = lambda file=None: None

    def process_options(self, args: list[str], opts) -> None:
        for option, pairs in (("-a", opts.spargs), ("-s", opts.set)):   # Scrapy's own message
            for pair in pairs:                                             # does not say which one
                if "=" not in pair:
                    raise UsageError(f"{option} {pair}: expected {option} NAME=VALUE", print_help=False)
        problems = override_problems(arglist_to_dict(opts.set), project_defaults())
        if problems:
            raise UsageError(f"-s {problems[0]}", print_help=False)
        super().process_options(args, opts)
        self.check_log_level(self.settings.get("LOG_LEVEL"))
        if len(args) != 1:
            raise UsageError(f"expected one spider name, got {len(args)}: scrapy crawl SPIDER "
                             "[-a NAME=VALUE ...]; `scrapy list` shows the spiders", print_help=False)
        self.check_spider(args[0], opts.spargs)
        self.check_feeds_are_local()
        self.make_folders()

    def check_feeds_are_local(self) -> None:
        """The incremental state commits what it reads back from a stored
        local feed. A feed sent elsewhere (stdout, S3, FTP) is never read
        back, so every later run would send its items again."""
        if not (self.settings.get("STATE_DIR") or self.settings.get("STATE_URL")):
            return
        for uri in self.settings.getdict("FEEDS"):
            if urlsplit(str(uri)).scheme not in LOCAL_FEED_SCHEMES:
                raise UsageError(f"feed {uri}: the incremental state needs a local file feed (-o FILE.jsonl) "
                                 "to know what was delivered, or every run would send the same items again; "
                                 "write a file and copy it on, or crawl without state (-s STATE_DIR=)",
                                 print_help=False)

    def make_folders(self) -> None:
        """STATE_DIR and the folders of local -o/-O feeds, made now (the crawl
        would make them at its start or end): a folder that cannot be made is
        one line here, not a traceback there."""
        folders = [(f"feed {uri}", local.parent) for uri in self.settings.getdict("FEEDS")
                   if (local := local_feed_path(uri))]
        folders.append(("STATE_DIR", self.settings.get("STATE_DIR")))   # last: no state for a refused crawl
        for name, folder in folders:
            if not folder:
                continue
            try:
                Path(folder).mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise UsageError(f"{name}: cannot make the folder {folder}: {error.strerror or error}",
                                 print_help=False) from None

    @staticmethod
    def check_log_level(level) -> None:
        """Scrapy hands LOG_LEVEL to logging as it is; an unknown name is a traceback there."""
        if isinstance(level, str) and not isinstance(logging.getLevelName(level), int):
            raise UsageError(f"-L/LOG_LEVEL {level}: expected one of DEBUG, INFO, WARNING, ERROR, "
                             "CRITICAL", print_help=False)

    def check_spider(self, name: str, spargs: dict) -> None:
        loader = get_spider_loader(self.settings)
        try:
            spidercls = loader.load(name)
        except KeyError:
            raise UsageError(f"no spider named {name!r}{did_you_mean(name, loader.list())}; "
                             "`scrapy list` shows them all", print_help=False) from None
        parse_arguments = getattr(spidercls, "parse_arguments", None)
        if parse_arguments is not None:
            try:
                parse_arguments(spargs)
            except ArgumentError as error:
                raise UsageError(str(error), print_help=False) from None


LOCAL_FEED_SCHEMES = ("", "file")


def local_feed_path(uri: str) -> Path | None:
    """The file a feed URI writes on this machine; None for other storages and
    for URIs with %(name)s parameters (filled in only when the crawl starts)."""
    parts = urlsplit(str(uri))
    if "%(" in str(uri) or parts.scheme not in LOCAL_FEED_SCHEMES:
        return None
    return Path(url2pathname(parts.path) if parts.scheme == "file" else str(uri))
