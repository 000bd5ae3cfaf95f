"""matra_crawler: a Scrapy crawler for the regional news press of Jambi, Indonesia."""

__version__ = "0.1.0"
