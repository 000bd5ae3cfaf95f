"""Extraction: a page (saved or fetched) in, a raw article dict out, no crawl needed."""
from .article import ArticlePage, NoArticle, extract_article

__all__ = ["ArticlePage", "NoArticle", "extract_article"]
