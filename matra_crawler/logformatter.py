"""Log a dropped item as one short line, not the whole article."""
import logging

from scrapy.logformatter import LogFormatter


class ShortDropLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider):
        url = item.get("url") if isinstance(item, dict) else None
        # An unchanged article is no loss: the state pipeline drops it at DEBUG.
        level = getattr(logging, getattr(exception, "log_level", None) or "WARNING")
        return {
            "level": level,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": url or getattr(response, "url", "?"), "exception": exception},
        }
