import pytest

from matra_crawler.sites import get_profile
from matra_crawler.urls import canonical_url, clean_url, is_tracking_param, url_fingerprint

MATRA = "https://medialintassumatera.net"
TRIBUN = "https://jambi.tribunnews.com"
ANTARA = "https://jambi.antaranews.com"
SERU = "https://jambiseru.com"

CASES = [
    # --- Matra / WordPress permalinks: slash, scheme, case, port, fragment
    (f"{MATRA}/2023/12/28/pj-gubernur-buka-rakor/", f"{MATRA}/2023/12/28/pj-gubernur-buka-rakor"),
    (f"{MATRA}/2023/12/28/pj-gubernur-buka-rakor", f"{MATRA}/2023/12/28/pj-gubernur-buka-rakor"),
    ("http://medialintassumatera.net/2023/12/28/slug/", f"{MATRA}/2023/12/28/slug"),
    ("HTTPS://MediaLintasSumatera.NET/2023/12/28/slug/", f"{MATRA}/2023/12/28/slug"),
    ("https://medialintassumatera.net:443/2023/12/28/slug/", f"{MATRA}/2023/12/28/slug"),
    ("http://medialintassumatera.net:80/2023/12/28/slug/", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/#respond", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/#comment-12", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}//2023//12/28/slug//", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/./slug/", f"{MATRA}/2023/12/28/slug"),
    ("https://medialintassumatera.net./2023/12/28/slug/", f"{MATRA}/2023/12/28/slug"),
    ("  https://medialintassumatera.net/2023/12/28/slug/\n", f"{MATRA}/2023/12/28/slug"),
    ("//medialintassumatera.net/2023/12/28/slug/", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/", f"{MATRA}/"),
    (MATRA, f"{MATRA}/"),
    # Path case is significant; www is kept.
    (f"{MATRA}/2023/12/28/Slug-Besar/", f"{MATRA}/2023/12/28/Slug-Besar"),
    ("https://www.jambione.com/read/2026/04/01/x/", "https://www.jambione.com/read/2026/04/01/x"),
    # --- tracking parameters
    (f"{MATRA}/2023/12/28/slug/?utm_source=facebook&utm_medium=social&utm_campaign=x",
     f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/?fbclid=IwAR3abc", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/?UTM_Source=wa&gclid=1&msclkid=2&_ga=2.1&igshid=z",
     f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/?ref=jambiupdate&mc_cid=1&mc_eid=2", f"{MATRA}/2023/12/28/slug"),
    ("https://www.jambione.com/read/x?__cf_chl_tk=abc.def-1", "https://www.jambione.com/read/x"),
    # --- WordPress variants: AMP plugin, comment replies; ?p= short links keep their id
    (f"{MATRA}/2023/12/28/slug/amp/", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/amp", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/?amp=1", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/?amp", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/?noamp=mobile", f"{MATRA}/2023/12/28/slug"),
    (f"{MATRA}/2023/12/28/slug/?replytocom=41#respond", f"{MATRA}/2023/12/28/slug"),
    ("https://detail.id/?p=94205&utm_source=wa", "https://detail.id/?p=94205"),
    ("https://detail.id/?p=94205&p2=1", "https://detail.id/?p=94205&p2=1"),
    # other parameters kept, sorted, encoding normalized
    ("https://jambikota.go.id/informasi/berita?page=2&kat=Umum",
     "https://jambikota.go.id/informasi/berita?kat=Umum&page=2"),
    (f"{MATRA}/?s=gubernur+jambi&utm_source=x", f"{MATRA}/?s=gubernur+jambi"),
    (f"{MATRA}/2023/12/28/caf%c3%a9-jambi/", f"{MATRA}/2023/12/28/caf%C3%A9-jambi"),
    (f"{MATRA}/2023/12/28/caf\u00e9-jambi/", f"{MATRA}/2023/12/28/caf%C3%A9-jambi"),
    (f"{MATRA}/2023/12/28/%7Ekomunitas/", f"{MATRA}/2023/12/28/~komunitas"),
    # --- Tribun: other pages are other pages (?page=all: see the profile's ignored query below)
    (f"{TRIBUN}/2024/02/25/slug?page=2", f"{TRIBUN}/2024/02/25/slug?page=2"),
    (f"{TRIBUN}/amp/2024/02/25/slug", f"{TRIBUN}/2024/02/25/slug"),
    # --- Antara: AMP duplicates
    (f"{ANTARA}/amp/berita/578923/gubernur-jambi-resmikan-jembatan",
     f"{ANTARA}/berita/578923/gubernur-jambi-resmikan-jembatan"),
    (f"{ANTARA}/berita/578923/gubernur-jambi-resmikan-jembatan",
     f"{ANTARA}/berita/578923/gubernur-jambi-resmikan-jembatan"),
    (f"http://jambi.antaranews.com/amp/berita/578923/slug?utm_medium=share#top",
     f"{ANTARA}/berita/578923/slug"),
    # An "amp." host is another server: left alone. A lone /amp is a page of its own.
    ("https://amp.example.co.id/berita/1/x", "https://amp.example.co.id/berita/1/x"),
    (f"{ANTARA}/amp/", f"{ANTARA}/amp"),
    # --- jambiseru: numbered pages are different pages, never stripped
    (f"{SERU}/berita-jambi/07/08/pemprov-jambi-salurkan-bantuan/2",
     f"{SERU}/berita-jambi/07/08/pemprov-jambi-salurkan-bantuan/2"),
    (f"{SERU}/berita-jambi/07/08/pemprov-jambi-salurkan-bantuan/2/",
     f"{SERU}/berita-jambi/07/08/pemprov-jambi-salurkan-bantuan/2"),
    (f"{SERU}/berita-jambi/07/08/pemprov-jambi-salurkan-bantuan/",
     f"{SERU}/berita-jambi/07/08/pemprov-jambi-salurkan-bantuan"),
    # --- replicas on loopback keep http and their port
    ("http://127.0.0.1:8123/2023/12/28/slug/", "http://127.0.0.1:8123/2023/12/28/slug"),
    ("http://LOCALHOST:8123/amp/berita/5/x?utm_source=t", "http://localhost:8123/berita/5/x"),
    ("http://127.0.0.1:80/berita/5/x", "http://127.0.0.1/berita/5/x"),
    ("http://[::1]:8123/berita/5/x/", "http://[::1]:8123/berita/5/x"),
    # a non-default port elsewhere is kept, the scheme still forced
    ("http://mirror.example.id:8080/2023/12/28/slug/", "https://mirror.example.id:8080/2023/12/28/slug"),
    # user info never identifies an article
    ("https://user:pw@medialintassumatera.net/2023/12/28/slug/", f"{MATRA}/2023/12/28/slug"),
]


@pytest.mark.parametrize("url, expected", CASES)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", [url for url, _ in CASES])
def test_canonical_url_is_idempotent(url):
    once = canonical_url(url)
    assert canonical_url(once) == once


# Variants of one article must meet; different articles or pages must not.
SAME = [
    (f"{MATRA}/2023/12/28/slug/", "http://MEDIALINTASSUMATERA.NET/2023/12/28/slug/amp/?amp=1#x"),
    (f"{ANTARA}/berita/1/x", f"{ANTARA}/amp/berita/1/x/"),
    ("https://x.id/a?b=2&a=1", "https://x.id/a?a=1&b=2&fbclid=9"),
    ("https://x.id/a?q=a%20b", "https://x.id/a?q=a+b"),
]
DIFFERENT = [
    (f"{SERU}/berita-jambi/07/08/slug", f"{SERU}/berita-jambi/07/08/slug/2"),
    (f"{TRIBUN}/2024/02/25/slug", f"{TRIBUN}/2024/02/25/slug?page=2"),
    ("https://www.jambione.com/a", "https://jambione.com/a"),
    (f"{MATRA}/2023/12/28/Slug", f"{MATRA}/2023/12/28/slug"),
    ("https://detail.id/?p=1", "https://detail.id/?p=2"),
    ("http://127.0.0.1:8001/a", "http://127.0.0.1:8002/a"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_variants_meet(a, b):
    assert canonical_url(a) == canonical_url(b)


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_distinct_pages_stay_apart(a, b):
    assert canonical_url(a) != canonical_url(b)


@pytest.mark.parametrize("url", ["/2023/12/28/slug/", "mailto:redaksi@matra.id", "ftp://x.id/a",
                                 "javascript:void(0)", "https:///nohost", ""])
def test_not_an_absolute_http_url(url):
    with pytest.raises(ValueError):
        canonical_url(url)


@pytest.mark.parametrize("name, tracking", [
    ("utm_source", True), ("UTM_Campaign", True), ("utm_whatever", True), ("fbclid", True),
    ("gclid", True), ("msclkid", True), ("mc_eid", True), ("_ga", True), ("ref", True),
    ("__cf_chl_rt_tk", True),
    ("page", False), ("p", False), ("id", False), ("s", False), ("amp", False), ("reference", False),
])
def test_is_tracking_param(name, tracking):
    assert is_tracking_param(name) is tracking


@pytest.mark.parametrize("url, clean", [
    (f"{MATRA}/2023/12/28/slug/?utm_source=feed&utm_medium=rss", f"{MATRA}/2023/12/28/slug/"),
    (f"{MATRA}/2023/12/28/slug/amp/", f"{MATRA}/2023/12/28/slug/"),
    (f"{MATRA}/2023/12/28/slug/amp/?fbclid=IwAR0", f"{MATRA}/2023/12/28/slug/"),
    (f"{MATRA}/2023/12/28/slug/#respond", f"{MATRA}/2023/12/28/slug/"),
    (f"{ANTARA}/amp/berita/612345/slug", f"{ANTARA}/berita/612345/slug"),
    # The site's own form stays: http, no slash added, other parameters kept in order.
    ("http://127.0.0.1:8001/2023/12/28/slug/", "http://127.0.0.1:8001/2023/12/28/slug/"),
    (f"{TRIBUN}/2024/01/05/slug?page=2&utm_source=wa&id=7", f"{TRIBUN}/2024/01/05/slug?page=2&id=7"),
    (f"{MATRA}/amp", f"{MATRA}/amp"),
    ("http://[broken/2023/12/28/slug/#x", "http://[broken/2023/12/28/slug/"),
])
def test_clean_url_drops_tracking_and_amp_but_keeps_the_sites_form(url, clean):
    assert clean_url(url) == clean
    if "[" not in url:
        assert canonical_url(clean) == canonical_url(url)


def test_url_fingerprints_are_64_bit_and_tell_articles_apart():
    base = "https://medialintassumatera.net/2024/03/{:05d}-berita/"
    urls = [canonical_url(base.format(n)) for n in range(20_000)]
    keys = {url_fingerprint(url) for url in urls}
    assert len(keys) == len(urls)
    assert all(0 <= key < 2 ** 64 for key in keys)
    # one article under tracking parameters and AMP: one canonical URL, one fingerprint
    variants = [base.format(7), base.format(7) + "?utm_source=fb", base.format(7) + "amp/"]
    assert {url_fingerprint(canonical_url(url)) for url in variants} == {url_fingerprint(urls[7])}


# A profile's fetch_query (Tribun's "page=all", the whole article on one
# page) names no other article: with the profile's ignored query it is no
# part of the identity; without it, the shared rules keep every parameter.
TRIBUN_IGNORED = get_profile("tribunjambi").ignored_query


@pytest.mark.parametrize("url, expected", [
    (f"{TRIBUN}/2024/02/25/pemkot-jambi-gelar-pasar-murah?page=all",
     f"{TRIBUN}/2024/02/25/pemkot-jambi-gelar-pasar-murah"),
    (f"{TRIBUN}/2024/02/25/slug?page=ALL&utm_source=dlvr.it", f"{TRIBUN}/2024/02/25/slug"),
    (f"{TRIBUN}/2024/02/25/slug/?page=all", f"{TRIBUN}/2024/02/25/slug"),
    (f"{TRIBUN}/2024/02/25/slug?page=2", f"{TRIBUN}/2024/02/25/slug?page=2"),
])
def test_a_profiles_ignored_query_is_no_part_of_the_identity(url, expected):
    assert TRIBUN_IGNORED == ("page=all",)
    assert canonical_url(url, TRIBUN_IGNORED) == expected
    assert clean_url(url, TRIBUN_IGNORED).split("?")[0].rstrip("/") == expected.split("?")[0]
    if "page=all" in url.lower():
        assert canonical_url(url) != expected   # the shared rules know no site's switch


@pytest.mark.parametrize("ignored, url, expected", [
    (("print",), "https://x.id/a?print=1&b=2", "https://x.id/a?b=2"),   # a bare name: any value
    (("view=full",), "https://x.id/a?view=full", "https://x.id/a"),
    (("view=full",), "https://x.id/a?view=short", "https://x.id/a?view=short"),
])
def test_ignored_query_names_or_pairs(ignored, url, expected):
    assert canonical_url(url, ignored) == expected
