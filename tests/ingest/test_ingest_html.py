# ruff: noqa: E501  (test data: long article text and markup)
"""HTML pages through trafilatura (dyadic.ingest.html)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.errors import InputError
from dyadic.ingest import article_from_html, read_html_file
from dyadic.ingest.html import html_to_text
from dyadic.records import Article, text_article_id

PARAGRAPHS = [
    "TEHRAN – Iranian President Ebrahim Raisi left Tehran for Caracas in a tour of three Latin American "
    "countries on Monday morning. The visit is expected to boost Iran's relations with Latin American countries.",
    "In his tour, President Raisi is accompanied by a large politico-economic delegation that includes the "
    "ministers of defense, foreign affairs, petroleum, health, and culture.",
    "On Monday evening, local time, President Raisi will be officially welcomed by his Venezuelan counterpart, "
    "Nicolas Maduro, at the Miraflores Palace in Caracas.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Raisi leaves for Caracas | Mehr News Agency</title>
<meta property="og:title" content="Raisi leaves Tehran for Latin America tour">
<meta property="og:site_name" content="Mehr News Agency">
<meta property="article:published_time" content="2023-06-12T06:30:00+04:30">
<link rel="canonical" href="https://en.mehrnews.com/news/200000/raisi-leaves-tehran">
<script>var ads = [1, 2, 3];</script>
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/economy">Economy</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="ad banner">Advertisement: Cheap flights to Caracas, book now!</div>
<main><article>
<h1>Raisi leaves Tehran for Latin America tour</h1>
<p class="byline">Politics desk</p>
<p>{}</p>
<div class="ad inline">Sponsored: Learn Spanish in 30 days</div>
<p>{}</p>
<p>{}</p>
</article></main>
<aside class="related"><h3>Related news</h3><ul>
<li><a href="/news/1">Football team wins the league</a></li>
<li><a href="/news/2">Weather: heatwave expected</a></li></ul></aside>
<footer><p>Copyright 2023 Mehr News Agency. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body></html>
""".format(*PARAGRAPHS)


def test_html_keeps_article_body_title_and_date(tmp_path):
    path = tmp_path / "raisi.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = list(read_html_file(str(path), published=date(2020, 1, 1)))
    text = "\n".join(PARAGRAPHS)  # no h1 (it is the title), byline, ads, menus, related links
    assert article == Article(
        article_id=text_article_id(text),
        text=text,
        title="Raisi leaves Tehran for Latin America tour",
        published=date(2023, 6, 12),  # the page's metadata wins over the argument
        url="https://en.mehrnews.com/news/200000/raisi-leaves-tehran",
        source="Mehr News Agency",
        origin=str(path),
    )
    for noise in ("Advertisement", "Sponsored", "Football", "Copyright", "Privacy", "Home"):
        assert noise not in article.text


def test_html_published_argument_fills_missing_date():
    page = PAGE.replace('<meta property="article:published_time" content="2023-06-12T06:30:00+04:30">', "")
    article = article_from_html(page, "page.html", published=date(2023, 6, 13))
    assert article.published == date(2023, 6, 13)
    article = article_from_html(page, "page.html")
    assert article.published is None


def test_html_url_argument_when_no_canonical():
    page = PAGE.replace(
        '<link rel="canonical" href="https://en.mehrnews.com/news/200000/raisi-leaves-tehran">', ""
    )
    article = article_from_html(page, "page.html", url="https://example.org/a")
    assert article.url == "https://example.org/a"


def test_html_without_main_text():
    with pytest.raises(InputError) as info:
        article_from_html("<html><head><title>T</title></head><body><div></div></body></html>", "x.html")
    assert str(info.value) == "x.html: no article text found in HTML"


def test_html_empty_file(tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    [error] = list(read_html_file(str(path)))
    assert str(error) == f"{path}: empty"


def test_html_too_long():
    with pytest.raises(InputError) as info:
        article_from_html(PAGE, "page.html", max_chars=100)
    assert info.value.reason.startswith("text is ")
    assert info.value.reason.endswith(" characters, over the limit of 100")


def test_html_to_text_fragment():
    fragment = (
        "<p>TEHRAN &#8211; Raisi <b>left</b>\n  for Caracas.</p><p>Second.<br>Third.</p><script>x()</script>"
    )
    assert html_to_text(fragment) == "TEHRAN – Raisi left for Caracas.\nSecond.\nThird."


def test_html_headline_line_dropped_from_text():
    page = (
        "<html><head><title>Raisi leaves for Caracas</title></head><body><article>"
        "<h1>Raisi leaves for Caracas</h1><p>{}</p><p>{}</p></article></body></html>"
    ).format(*PARAGRAPHS)
    article = article_from_html(page, "page.html")
    assert article.title == "Raisi leaves for Caracas"
    assert article.text == PARAGRAPHS[0] + "\n" + PARAGRAPHS[1]
