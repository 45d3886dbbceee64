# ruff: noqa: E501  (test data: long article text and markup)
"""RSS and Atom feeds (dyadic.ingest.feeds)."""

from __future__ import annotations

from datetime import date

from dyadic.errors import InputError
from dyadic.ingest import read_feed
from dyadic.records import Article, text_article_id

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Mehr News Agency</title><link>https://en.mehrnews.com</link>
<item><title>Raisi leaves for Caracas</title><link>https://en.mehrnews.com/news/1</link>
<guid isPermaLink="false">mehr-1</guid><pubDate>Mon, 12 Jun 2023 06:30:00 +0430</pubDate>
<description>&lt;p&gt;TEHRAN &#8211; Raisi &lt;b&gt;left&lt;/b&gt; for Caracas.&lt;/p&gt;&lt;p&gt;He will visit Cuba.&lt;/p&gt;</description>
</item>
<item><title>No body</title><link>https://en.mehrnews.com/news/2</link></item>
<item><title>Maduro welcomes Raisi</title><link>https://en.mehrnews.com/news/3</link>
<description>Maduro welcomed Raisi in Caracas.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:wire</id>
<updated>2023-06-12T00:00:00Z</updated>
<entry><title>Talks in Havana</title><id>urn:wire:1</id><link href="https://wire.example/1"/>
<published>2023-06-11T23:30:00-02:00</published><updated>2023-06-13T00:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;Cuban and Iranian officials met in Havana.&lt;/p&gt;&lt;p&gt;They signed five agreements.&lt;/p&gt;</content>
</entry></feed>
"""


def test_feeds_rss_entries(tmp_path):
    path = tmp_path / "mehr.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_feed(str(path), published=date(2023, 6, 10)))
    assert items[0] == Article(
        article_id="mehr-1",
        text="TEHRAN – Raisi left for Caracas.\nHe will visit Cuba.",
        title="Raisi leaves for Caracas",
        published=date(2023, 6, 12),
        url="https://en.mehrnews.com/news/1",
        source="Mehr News Agency",
        origin=f"{path}:entry 1",
    )
    assert isinstance(items[1], InputError)
    assert str(items[1]) == f"{path}:entry 2: no text in feed entry"
    assert items[2] == Article(
        article_id="https://en.mehrnews.com/news/3",  # no guid: the link
        text="Maduro welcomed Raisi in Caracas.",
        title="Maduro welcomes Raisi",
        published=date(2023, 6, 10),  # no date in the entry: the argument
        url="https://en.mehrnews.com/news/3",
        source="Mehr News Agency",
        origin=f"{path}:entry 3",
    )


def test_feeds_atom_text_content_and_utc_date():
    [article] = list(read_feed(ATOM))
    assert article == Article(
        article_id="urn:wire:1",
        text="Cuban and Iranian officials met in Havana.\nThey signed five agreements.",
        title="Talks in Havana",
        published=date(2023, 6, 12),  # 23:30 at UTC-2 is 01:30 UTC the next day
        url="https://wire.example/1",
        source="Example Wire",
        origin="<feed>:entry 1",
    )


def test_feeds_bytes_with_origin():
    [article] = list(read_feed(ATOM.encode(), origin="wire.xml"))
    assert article.origin == "wire.xml:entry 1"
    assert article.article_id != text_article_id(article.text)


def test_feeds_not_a_feed(tmp_path):
    path = tmp_path / "x.rss"
    path.write_text("just some words", encoding="utf-8")
    [error] = list(read_feed(str(path)))
    assert isinstance(error, InputError)
    assert error.origin == str(path)
    assert error.reason.startswith("not an RSS or Atom feed: ")


def test_feeds_missing_file(tmp_path):
    path = str(tmp_path / "none.rss")
    assert [str(e) for e in read_feed(path)] == [f"{path}: no such file or directory"]
