"""Pages rendered over hand-made records: content, links, and escaping of untrusted text."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest


@pytest.fixture
def visit(hm):
    return hm.visit_result()


@pytest.fixture
def xss(hm):
    return hm.xss_result()


def test_pages_index_lists_articles(pages, visit):
    html = pages.get("/").text
    assert "Raisi leaves for Caracas" in html
    assert f'href="/articles/{visit.article.article_id.replace(":", "%3A")}"' in html


def test_pages_article_marks_actors_verbs_quotes_places(pages, visit):
    resp = pages.get(f"/articles/{visit.article.article_id}")
    assert resp.status_code == 200
    html = resp.text
    assert re.search(
        r'<span class="mk mk-actor"[^>]*title="actor IRNGOV · Ebrahim Raisi[^"]*"[^>]*>'
        r"Iranian President Ebrahim Raisi</span>",
        html,
    )
    assert re.search(
        r'<span class="mk mk-verb"[^>]*title="event 042 Make a visit · IRNGOV → VENGOV · realized'
        r' · pattern pattern for left"[^>]*>left</span>',
        html,
    )
    assert re.search(r'class="mk mk-place"[^>]*>Tehran</span>', html)
    assert re.search(r'class="mk mk-quote"[^>]*>We stand against unilateralism,</span>', html)
    assert 'src="/static/article.js"' in html


def test_pages_article_unknown_is_404_page(pages):
    resp = pages.get("/articles/sha1:ffffffffffffffff")
    assert resp.status_code == 404
    assert "no article with id" in resp.text


def test_pages_article_escapes_script_and_onerror(pages, xss):
    html = pages.get(f"/articles/{xss.article.article_id}").text
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b onmouseover" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Raisi" in html
    # the annotations' JSON (read by article.js) cannot close its script element
    data = html.split('id="marks-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\\u003cscript\\u003e" in data


def test_pages_every_page_escapes_untrusted_text(pages, xss):
    ev = xss.events[0]
    for url in (
        "/",
        "/events",
        f"/events/{ev.event_id}",
        "/network",
        "/map",
        "/relations?a=IRN&b=VEN",
        f"/articles/{xss.article.article_id}",
    ):
        html = pages.get(url).text
        assert "<script>alert" not in html and "onerror=alert(1)>" not in html, url
        assert "<script>x</script>" not in html, url
        scripts = re.findall(r"<script[^>]*>", html)
        assert all('src="/static/' in s or 'type="application/json"' in s for s in scripts), url


def test_pages_events_table_filters_and_links_to_evidence(pages, visit):
    html = pages.get("/events?code=042").text
    assert html.count('class="evidence"') == 1
    assert f'href="/events/{visit.events[0].event_id.replace(":", "%3A")}"' in html
    html = pages.get("/events?root=11").text
    assert html.count('class="evidence"') == 2


def test_pages_events_bad_filter_names_the_field(pages):
    resp = pages.get("/events?from=2023-02-30&code=4x")
    assert resp.status_code == 422
    assert "code: expected a CAMEO code" in resp.text and "from: expected a date" in resp.text


def test_pages_event_evidence_marks_source_verb_target(pages, visit):
    html = pages.get(f"/events/{visit.events[0].event_id}").text
    assert re.search(r'class="mk mk-source"[^>]*>Iranian President Ebrahim Raisi</span>', html)
    assert re.search(r'class="mk mk-verb"[^>]*>left</span>', html)
    assert re.search(r'class="mk mk-target"[^>]*>Caracas</span>', html)
    assert "pattern for left" in html


def test_pages_relations_defaults_to_busiest_pair_and_draws_chart(pages):
    html = pages.get("/relations").text
    assert "IRN ↔ VEN" in html
    assert 'id="relations-chart"' in html
    assert html.count('class="bar coop"') == 3 and html.count('class="bar conflict"') == 3


def test_pages_network_draws_nodes_and_edges(pages):
    html = pages.get("/network").text
    assert html.count('<g class="node"') == 3  # IRN, VEN, USA
    assert html.count('class="edge ') == 2


def test_pages_network_filters_by_quadclass_period_and_min_events(pages):
    conflict = pages.get("/network?quad=conflict").text
    assert conflict.count('class="edge conflict"') == 2 and 'class="edge coop"' not in conflict
    coop = pages.get("/network?quad=coop&from=2023-06-01&to=2023-06-30")
    assert coop.status_code == 200 and coop.text.count('class="edge coop"') == 1
    assert 'class="edge conflict"' not in coop.text and coop.text.count('<g class="node"') == 2
    busy = pages.get("/network?min=1000").text
    assert '<g class="node"' not in busy and 'id="no-pairs"' in busy
    bad = pages.get("/network?quad=7&min=x")
    assert bad.status_code == 422 and "quad: expected" in bad.text and "min: expected" in bad.text


def test_pages_map_draws_countries_and_places(pages):
    html = pages.get("/map").text
    assert html.count("<path d=") > 150
    # realized events only by default: the planned 043 in Caracas is left out unless status=all
    assert re.search(r'class="place event-place"[^>]*><title>Caracas, VEN: 1 events, 2 mentions', html)
    every = pages.get("/map?status=all").text
    assert re.search(r'class="place event-place"[^>]*><title>Caracas, VEN: 2 events, 2 mentions', every)
    assert re.search(r'class="place toponym"[^>]*><title>Tehran, IRN: 0 events, 1 mentions', html)


def test_pages_map_sizes_markers_by_events_and_filters(pages):
    html = pages.get("/map").text
    drawn = html.split('id="map-legend"')[0]
    radii = [float(r) for r in re.findall(r'class="place event-place"[^>]*r="([\d.]+)"', drawn)]
    assert radii and max(radii) <= 16.0
    assert radii == sorted(radii, reverse=True)  # big markers first, small ones drawn on top
    assert 'id="map-legend"' in html and 'src="/static/map.js"' in html
    assert ">None<" not in html and ", None:" not in html
    only_ven = pages.get("/map?actor=USA").text
    assert "Caracas" not in only_ven
    assert pages.get("/map?quad=conflict&root=11&from=2023-01-01").status_code == 200
    bad = pages.get("/map?actor=iran!&root=4")
    assert bad.status_code == 422 and "root: expected" in bad.text
    assert "actor: &#39;iran!&#39; is not a known actor code or country name: did you mean IRN" in bad.text


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "java\tscript:alert(1)",
        "vbscript:msgbox(1)",
    ],
)
def test_pages_article_url_is_a_link_only_for_http(tmp_path, hm, url):
    import dataclasses

    from fastapi.testclient import TestClient

    from dyadic.server import ServerSettings, create_app
    from dyadic.store import Store

    result = hm.visit_result()
    bad = dataclasses.replace(result, article=dataclasses.replace(result.article, url=url))
    good = hm.accuse_result()
    good = dataclasses.replace(
        good, article=dataclasses.replace(good.article, url="https://example.org/a?b=1&c=2")
    )
    path = str(tmp_path / "urls.duckdb")
    with Store(path) as store:
        store.save(bad)
        store.save(good)
    with TestClient(create_app(ServerSettings(db_path=path))) as client:
        pages_html = [client.get(u).text for u in ("/", "/events", "/map", "/network", "/relations")]
        article = client.get(f"/articles/{bad.article.article_id}").text
        linked = client.get(f"/articles/{good.article.article_id}").text
    for html in [*pages_html, article]:
        for href in re.findall(r'href="([^"]*)"', html):
            assert re.match(r"^(/|https?://|\?|data:,$)", href.strip()), href
    assert 'id="article-url"' in article  # shown as text
    assert 'href="https://example.org/a?b=1&amp;c=2"' in linked


def test_pages_safe_href_accepts_http_only():
    from dyadic.web.pages import safe_href

    assert safe_href("http://a.example/x") == "http://a.example/x"
    assert safe_href("HTTPS://a.example") == "HTTPS://a.example"
    for url in ("javascript:alert(1)", "data:,x", "//evil.example", "https://a b", "https://a\nb", None, 3):
        assert safe_href(url) is None, url


def test_pages_paste_form_posts_json_with_local_script(pages):
    html = pages.get("/paste").text
    assert 'id="paste"' in html and 'src="/static/paste.js"' in html


def test_pages_static_files_are_local(pages):
    for path in (
        "/static/style.css",
        "/static/article.js",
        "/static/paste.js",
        "/static/map.js",
        "/static/map/countries-110m.json",
    ):
        assert pages.get(path).status_code == 200, path
    for url in ("/", "/map", "/network", "/relations", "/events", "/paste"):
        assert not re.search(r'(src|href)="(https?:)?//', pages.get(url).text), url


# -- issue 13: relations status, names, truncation; events paging; network/map status --------------------
def _both(html: str) -> list[tuple[str, int]]:
    """(period, events) of the relations table's "both" rows."""
    rows = re.findall(
        r'<tr class="total"><td>([\d-]+)</td>\s*<td>both</td>\s*<td class="num">(\d+)</td>', html
    )
    return [(p, int(n)) for p, n in rows]


def test_pages_relations_counts_realized_events_unless_all(pages):
    realized = pages.get("/relations?a=IRN&b=VEN").text
    assert _both(realized) == [("2023-06-01", 1), ("2023-07-01", 0), ("2023-08-01", 1)]
    assert '<option value="realized" selected>' in realized and "realized events only." in realized
    every = pages.get("/relations?a=IRN&b=VEN&status=all").text
    assert _both(every) == [("2023-06-01", 2), ("2023-07-01", 0), ("2023-08-01", 1)]  # + the planned 043
    assert '<option value="all" selected>' in every
    bad = pages.get("/relations?a=IRN&b=VEN&status=planned")
    assert bad.status_code == 422 and "status: expected one of realized, all" in bad.text


def test_pages_relations_legend_says_quadclass_and_goldstein_can_disagree(pages):
    html = " ".join(pages.get("/relations?a=IRN&b=VEN").text.split())
    assert "Net cooperation counts events by QuadClass" in html and "Goldstein weighs each event" in html


def test_pages_relations_names_resolve_to_codes(pages):
    html = pages.get("/relations?a=Iran&b=venezuela").text
    assert "IRN ↔ VEN" in html and _both(html)[0] == ("2023-06-01", 1)
    assert "Iran → IRN (Iran) · venezuela → VEN (Venezuela)" in html


def test_pages_relations_unknown_actor_lists_close_codes(pages):
    resp = pages.get("/relations?a=Irann&b=VEN")
    assert resp.status_code == 422 and 'id="relations-chart"' not in resp.text
    assert (
        "a: &#39;Irann&#39; is not a known actor code or country name: did you mean IRN (Iran)" in resp.text
    )
    assert re.search(
        r'id="suggestions-a">Actor A: <a href="/relations\?a=IRN&amp;b=VEN&amp;by=month', resp.text
    )


def test_pages_relations_shows_when_the_series_is_truncated(tmp_path, hm):
    from fastapi.testclient import TestClient

    from dyadic.server import ServerSettings, create_app
    from dyadic.store import Store

    path = str(tmp_path / "long.duckdb")
    day = date(1990, 1, 1)  # an IRN -> VEN event 33 years before the others: > 3660 days
    xss = hm.xss_result()
    old = dataclasses.replace(
        xss,
        article=dataclasses.replace(xss.article, article_id="old", published=day),
        mentions=[],
        events=[dataclasses.replace(e, article_id="old", event_id="old-e", date=day) for e in xss.events],
    )
    with Store(path) as store:
        for result in [*hm.all_results(), old]:
            store.save(result)
    with TestClient(create_app(ServerSettings(db_path=path))) as client:
        daily = client.get("/relations?a=IRN&b=VEN&by=day").text
        monthly = client.get("/relations?a=IRN&b=VEN&by=month").text
    assert 'id="truncated"' in daily and "Only the last 3660 days are shown" in daily
    assert 'id="truncated"' not in monthly and _both(monthly)[0] == ("1990-01-01", 1)


def test_pages_events_newest_first_with_total_and_both_links(pages, monkeypatch):
    from dyadic.web import pages as page_module

    monkeypatch.setattr(page_module, "PAGE_ROWS", 2)
    first = pages.get("/events").text
    assert "1–2 of 4 events, newest first" in first
    dates = re.findall(r'<tr class="q\d">\s*<td>([\d-]+)</td>', first)
    assert dates == ["2023-08-01", "2023-07-03"]
    assert 'id="prev-page"' not in first and 'href="?&amp;offset=2">next →</a>' in first
    second = pages.get("/events?offset=2").text
    assert "3–4 of 4 events" in second
    assert re.findall(r'<tr class="q\d">\s*<td>([\d-]+)</td>', second) == ["2023-06-12", "2023-06-12"]
    assert 'href="?&amp;offset=0">← previous</a>' in second and 'id="next-page"' not in second
    filtered = pages.get("/events?status=realized&source=IRN").text
    assert "1–2 of 2 events, newest first" in filtered
    assert "1–1 of 1 event, newest first" in pages.get("/events?status=planned").text
    none = pages.get("/events?source=CHN").text
    assert "No events for these filters." in none


def test_pages_network_and_map_status_select(pages):
    realized = pages.get("/network").text
    assert re.search(r"<title>IRN – VEN: 2 events", realized) and "realized events." in realized
    every = pages.get("/network?status=all").text
    assert re.search(r"<title>IRN – VEN: 3 events", every)
    assert '<option value="all" selected>' in every
    assert pages.get("/network?status=x").status_code == 422
    assert pages.get("/map?status=x").status_code == 422


# A new user: /events?source=Iran gave 422 "expected ... code in capitals", /map?actor=Iran showed
# "0 places" with no hint. Actor filters take what relations take: codes in any case, or names.
@pytest.mark.parametrize(
    ("url", "count"),
    [
        ("/events?source=Iran", "1–2 of 2 events"),
        ("/events?source=irn", "1–2 of 2 events"),
        ("/events?source=irngov&target=venezuela", "1–1 of 1 event,"),
        ("/events?target=Iranian", "1–2 of 2 events"),
    ],
)
def test_pages_events_actor_filters_take_names_and_any_case(pages, url, count):
    resp = pages.get(url)
    assert resp.status_code == 200 and count in resp.text


def test_pages_actor_filters_say_what_a_name_resolved_to(pages):
    events = pages.get("/events?source=Iran").text
    assert re.search(r'id="resolved">source: Iran → IRN \(Iran\)</p>', events)
    assert 'id="resolved"' not in pages.get("/events?source=irn").text  # a code: nothing to say
    mapped = pages.get("/map?actor=Venezuela").text
    assert "actor: Venezuela → VEN (Venezuela)" in mapped and "Caracas" in mapped
    assert "Caracas" not in pages.get("/map?actor=united states").text
    network = pages.get("/network?actor=venezuela").text
    assert network.count('<g class="node"') == 2 and "actor: venezuela → VEN (Venezuela)" in network


@pytest.mark.parametrize(
    ("url", "field", "link"),
    [
        ("/events?source=Irann&root=04", "source", "/events?source=IRN&amp;root=04"),
        ("/map?actor=Vnezuela", "actor", "/map?actor=VEN"),
        ("/network?actor=Irann&min=1", "actor", "/network?actor=IRN&amp;min=1"),
    ],
)
def test_pages_unknown_actor_is_an_inline_error_with_close_codes(pages, url, field, link):
    resp = pages.get(url)
    assert resp.status_code == 422
    assert (
        f'<p class="error">{field}: &#39;' in resp.text
        and "is not a known actor code or country name" in resp.text
    )
    assert re.search(
        rf'id="suggestions-{field}">{field}: did you mean <a href="{re.escape(link)}">', resp.text
    )


# A new user: /events?offset=100000 linked "previous" to another empty page.
def test_pages_events_previous_from_beyond_the_end_goes_to_the_last_page(pages, monkeypatch):
    from dyadic.web import pages as page_module

    monkeypatch.setattr(page_module, "PAGE_ROWS", 3)
    beyond = pages.get("/events?offset=100000").text
    assert "No events on this page: 4 events in all" in beyond
    assert 'href="?&amp;offset=3">← previous</a>' in beyond
    last = pages.get("/events?offset=3").text
    assert "4–4 of 4 events" in last and 'href="?&amp;offset=0">← previous</a>' in last
    assert page_module.previous_offset(0, 4) is None
    assert page_module.previous_offset(100_000, 0) == 0


# A new user: /relations had no from/to fields, and ?from=bad was silently ignored (200).
def test_pages_relations_from_and_to_fields(pages):
    html = pages.get("/relations?a=IRN&b=VEN&from=2023-07-01").text
    assert '<input type="date" name="from" value="2023-07-01">' in html and 'name="to" value=""' in html
    assert _both(html) == [("2023-07-01", 0), ("2023-08-01", 1)]
    assert "&amp;from=2023-07-01" in html  # the events and pair links keep the range
    june = pages.get("/relations?a=IRN&b=VEN&to=2023-06-30").text
    assert _both(june) == [("2023-06-01", 1)]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=bad", "from: expected a date YYYY-MM-DD"),
        ("to=2023-02-30", "to: expected a date YYYY-MM-DD"),
        ("from=2023-08-01&to=2023-07-01", "from: 2023-08-01 is after to (2023-07-01)"),
        ("from=1800-01-01", "from: 1800-01-01 is outside the dates relations cover"),
    ],
)
def test_pages_relations_bad_dates_are_an_inline_error(pages, query, message):
    resp = pages.get(f"/relations?a=IRN&b=VEN&{query}")
    assert resp.status_code == 422
    assert f'<p class="error">{message}' in resp.text and 'id="relations-chart"' not in resp.text
