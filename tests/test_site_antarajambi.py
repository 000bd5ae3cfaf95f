"""`scrapy crawl antarajambi` against its reconstructed replica, end to end.

The replica (tests/replica/antarajambi.py) lists articles on /terkini/<n>,
some cards linking an article's AMP twin as well; bodies are <br>-separated
text with the credits in .text-muted lines inside the body container.
"""
import pytest

from tests.crawling import crawl_replica
from tests.expect import check_items
from tests.replica import antarajambi as antara

ARTICLES = antara.site_articles()


def expected(articles, base_url):
    return [antara.expected_item(a, base_url) for a in articles]


def by_id(items):
    return {int(item["url"].split("/berita/")[1].split("/")[0]): item for item in items}


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    return crawl_replica("antarajambi", antara.build_site(), tmp_path_factory.mktemp("full"))


def test_replica_cards_link_amp_twins():
    site = antara.build_site()
    site.bind("http://replica")
    first_page = site("/terkini").body.decode()
    for quirk in ("amp_headline_link", "amp_first"):
        article = antara.find(quirk)
        assert antara.amp_path(article) in first_page and antara.article_path(article) in first_page
    amp = antara.find("amp_first")
    assert first_page.index(antara.amp_path(amp)) < first_page.index(antara.article_path(amp))
    assert site(antara.amp_path(amp)).status == 200    # the twin exists: fetching it would be a waste
    assert "RECONSTRUCTION" in first_page


def test_every_article_exported_once_with_its_fields(full):
    replica, result, _ = full
    assert result.returncode == 0, result.log[-3000:]
    assert len(ARTICLES) >= 46
    check_items(result.items, expected(ARTICLES, replica.base_url))


def test_amp_twins_are_never_fetched_and_each_article_once(full):
    _, _, requests = full
    paths = [r.path for r in requests]
    assert not any(p.startswith("/amp/") for p in paths)
    fetched = [p for p in paths if p.startswith("/berita/")]
    assert sorted(fetched) == sorted(antara.article_path(a) for a in ARTICLES)


def test_the_listing_is_walked_page_by_page_to_its_end(full):
    _, result, requests = full
    listing = [r.path for r in requests if r.path.startswith("/terkini")]
    pages = -(-len(antara.build_site().listed) // antara.LISTING_PAGE_SIZE)
    assert pages >= 5
    assert listing[:pages] == ["/terkini"] + [f"/terkini/{n}" for n in range(2, pages + 1)]
    assert len(listing) <= pages + 1           # at most one empty page past the end
    assert requests[0].path == "/robots.txt"
    assert result.stats["discovery/listing/answered"] == 1


def test_credits_leave_the_body_for_authors_and_editor(full):
    _, result, _ = full
    items = by_id(result.items)
    two = items[antara.find("two_reporters")["id"]]
    assert (two["authors"], two["editor"]) == (["Dolly Rosana", "Nanang Mairiadi"], "Syarif Abdullah")
    for item in result.items:
        for phrase in ("Pewarta", "Editor", "COPYRIGHT", "Dilarang keras", "Baca juga", "adsbygoogle",
                       "Berita Terkait", "Terpopuler"):
            assert phrase not in item["body"], (item["url"], phrase)
        assert item["editor"] and item["authors"]


def test_datelines_old_and_new(full):
    _, result, _ = full
    items = by_id(result.items)
    assert items[antara.find("old_dateline")["id"]]["dateline"] == {
        "raw": "Jambi (ANTARA Jambi) -", "place": "Jambi", "outlet": "ANTARA Jambi"}
    assert items[antara.find("newest")["id"]]["dateline"] == {
        "raw": "Jambi (ANTARA) -", "place": "Jambi", "outlet": "ANTARA"}
    assert items[antara.find("dateline_one_word_town")["id"]]["dateline"]["place"] == "Muarabungo"
    for item in result.items:
        assert not item["body"].startswith(("Jambi (ANTARA", item["dateline"]["raw"])), item["url"]


def test_br_separated_and_p_bodies_split_into_the_same_paragraphs(full):
    _, result, _ = full
    items = by_id(result.items)
    for quirk in ("p_paragraphs", "newest"):
        article = antara.find(quirk)
        assert items[article["id"]]["body"].split("\n\n") == article["body_paragraphs"]


def test_visible_date_alone_and_body_photo(full):
    _, result, _ = full
    items = by_id(result.items)
    assert items[antara.find("only_visible_date")["id"]]["published_at"] == "2026-11-18T07:05:00+07:00"
    photo = items[antara.find("body_photo")["id"]]["images"][1]
    assert photo["credit"] == "ANTARA/Dolly Rosana" and photo["caption"].endswith("(19/11/2026).")


def test_own_selectors_serve_every_field(full):
    _, result, _ = full
    for field in ("title", "body", "published_at", "authors"):
        assert result.stats[f"field_source/antarajambi/{field}/profile"] == len(ARTICLES), field
    assert not any(key.startswith("drift/") for key in result.stats)


def test_since_bound_stops_the_walk_and_until_leaves_the_newer(tmp_path):
    since, until = "2026-11-14", "2026-11-19"
    inside = [a for a in ARTICLES if since <= a["published_at"][:10] <= until]
    replica, result, requests = crawl_replica("antarajambi", antara.build_site(), tmp_path,
                                              "-a", f"since={since}", "-a", f"until={until}")
    check_items(result.items, expected(inside, replica.base_url))
    listing = [r.path for r in requests if r.path.startswith("/terkini")]
    # Cards are dated: the walk ends on the first page whose last card is older than since.
    cards, size = antara.build_site().listed, antara.LISTING_PAGE_SIZE
    last_page = next(n for n in range(1, len(cards)) if cards[n * size - 1]["published_at"][:10] < since)
    assert len(listing) == last_page < -(-len(cards) // size)
    assert antara.article_path(antara.find("oldest")) not in [r.path for r in requests]
