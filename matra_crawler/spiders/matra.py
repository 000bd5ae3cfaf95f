from ..sites import MATRA
from .base import NewsSpider


class MatraSpider(NewsSpider):
    """Media Lintas Sumatera (medialintassumatera.net)."""

    name = "matra"
    profile = MATRA
