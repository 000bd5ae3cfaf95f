"""The project's Scrapy commands (COMMANDS_MODULE): `crawl` checks its arguments first."""
