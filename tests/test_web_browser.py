"""The dashboard end to end in a real headless Chromium (Playwright) against ``rasd serve`` on
loopback: markers on the map, filtering, the incident view with highlighted Arabic evidence, and an
article carrying a ``<script>`` that must not run. Screenshots go to ``test-output/``."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
OUT = Path(__file__).resolve().parent.parent / "test-output"
TOKEN = "test-token-5f1c"  # the live_server fixture's RASD_TOKEN

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed at /usr/bin/chromium "
                                                     "(apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")

# Written for this test: markup inside an article, then a wire-style Arabic report of one IED blast.
HOSTILE = {
    "id": "xss-1", "title": "<img src=x onerror=\"window.__pwned=3\">انفجار عبوة في طفس",
    "published": "2024-06-06", "outlet": "<b>منصة</b>",
    "text": "<script>window.__pwned=1</script>\nدرعا - قتل ثلاثة أشخاص وأصيب اثنان آخران، صباح اليوم "
            "الخميس، إثر انفجار عبوة ناسفة استهدفت سيارة مدنية على طريق بلدة طفس في ريف درعا الغربي، "
            "وفق ما ذكر ناشطون محليون. <img src=x onerror=\"window.__pwned=2\">",
}


def _get(base: str, path: str) -> object:
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.load(r)


def _post(base: str, path: str, doc: object) -> tuple[int, object]:
    req = urllib.request.Request(base + path, data=json.dumps(doc, ensure_ascii=False).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, json.load(r)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server: str) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    # Offline: any request that leaves the server under test fails the test.
    outside: list[str] = []
    pg.route("**/*", lambda route: (route.continue_() if route.request.url.startswith(live_server)
                                    else (outside.append(route.request.url), route.abort())))
    yield pg
    assert not outside, f"the page requested outside resources: {outside}"
    assert not errors, f"errors in the page: {errors}"
    ctx.close()


def _map_count(pg) -> int:
    """Incidents the map shows: single markers plus the sizes of clusters."""
    return pg.evaluate("""() => {
        let n = 0;
        document.querySelectorAll('#map [data-count]').forEach((e) => { n += Number(e.dataset.count); });
        return n;
    }""")


def _wait_ready(pg, after: int = 0) -> None:
    pg.wait_for_function(f"() => Number(document.body.dataset.ready || 0) > {after}")


def test_map_markers_and_filtering(page, live_server: str) -> None:
    page.goto(live_server + "/")
    _wait_ready(page)
    every = _get(live_server, "/api/geojson")["features"]
    assert len(every) > 20
    assert page.locator("#map path.rasd-marker").count() + page.locator("#map .rasd-cluster").count() > 3
    assert _map_count(page) == len(every)
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 20  # country outlines too
    rows = page.locator("#incidents tbody tr").count()
    assert rows == min(100, _get(live_server, "/api/incidents?limit=1")["total"])
    assert page.locator("#timeline svg rect.bar").count() == len(
        [r for r in _get(live_server, "/api/counts/day") if r["key"]])
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "dashboard.png"))

    ready = int(page.evaluate("document.body.dataset.ready"))
    page.select_option("#filters select[name=country]", "Syria")
    _wait_ready(page, ready)
    syria = _get(live_server, "/api/geojson?country=Syria")["features"]
    assert 0 < len(syria) < len(every)
    assert _map_count(page) == len(syria)
    assert page.locator("#incidents tbody tr").count() == _get(live_server, "/api/incidents?country=Syria")["total"]

    ready = int(page.evaluate("document.body.dataset.ready"))
    page.check("#filters input[name=contested]")
    _wait_ready(page, ready)
    assert _map_count(page) == len(_get(live_server, "/api/geojson?country=Syria&contested=true")["features"])

    ready = int(page.evaluate("document.body.dataset.ready"))
    page.click("#filters button[type=reset]")
    _wait_ready(page, ready)
    assert _map_count(page) == len(every)


def test_incident_view_highlights_evidence(page, live_server: str) -> None:
    multi = _get(live_server, "/api/incidents?min_sources=2&limit=50")["items"]
    inc = next(i for i in multi if i["fatalities"]["low"] is not None)
    detail = _get(live_server, f"/api/incidents/{inc['id']}")
    page.goto(live_server + "/")
    _wait_ready(page)
    page.locator(f"#incidents tbody tr[data-id='{inc['id']}']").click()
    page.wait_for_selector(f"#incident-body[data-incident='{inc['id']}']")
    body = page.locator("#incident-body")
    assert page.locator("#incident").is_visible()
    assert body.locator("table.per-source tr[data-event]").count() == len(detail["sources"])
    texts = body.locator(".article-text")
    assert texts.count() >= 2
    assert texts.first.get_attribute("dir") == "rtl" and texts.first.get_attribute("lang") == "ar"
    # the evidence quoted by the API is what is highlighted in the article text
    for src in detail["sources"]:
        ev = src["event"]
        marked = page.evaluate(
            "(k) => Array.from(document.querySelectorAll('#incident-body mark.' + k)).map((m) => m.textContent).join('')",
            f"k-e{ev['id']}-ev")
        assert marked == "".join(ev["evidence_text"]) and marked
    # clicking a figure scrolls to its evidence and marks it
    fig_src = next(s for s in detail["sources"] if s["event"]["spans"].get("fatalities"))
    ev = fig_src["event"]
    key = f"k-e{ev['id']}-fatalities"
    target = page.locator(f"#incident-body mark.{key}").first
    s, e = ev["spans"]["fatalities"]
    article = _get(live_server, f"/api/articles/{fig_src['article']['id']}")
    assert target.text_content() == article["text"][s:e]
    page.locator(f"#incident-body button.figure[data-target='{key}']").click()
    page.wait_for_function("(k) => document.querySelector('#incident-body mark.' + k).classList.contains('flash')", arg=key)
    assert target.is_visible()
    assert page.evaluate("(k) => { const r = document.querySelector('#incident-body mark.' + k).getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= window.innerHeight; }", key)
    page.screenshot(path=str(OUT / "incident.png"))
    page.locator("#close").click()
    assert not page.locator("#incident").is_visible()


def test_claims_are_shown_with_stance(page, live_server: str) -> None:
    contested = _get(live_server, "/api/incidents?contested=true&limit=100")["items"]
    with_claims = next(i for i in contested if _get(live_server, f"/api/incidents/{i['id']}")["claims"])
    claims = _get(live_server, f"/api/incidents/{with_claims['id']}")["claims"]
    page.goto(live_server + f"/#incident/{with_claims['id']}")
    page.wait_for_selector(f"#incident-body[data-incident='{with_claims['id']}']")
    items = page.locator("#incident-body ul.claims li")
    assert items.count() == len(claims)
    denial = next(c for c in claims if c["stance"] == "denies")
    li = page.locator(f"#incident-body li[data-claim='{denial['id']}']")
    assert "ينفي" in li.inner_text() and "denies" in li.inner_text()
    s, e = denial["evidence_spans"][0]
    marked = page.evaluate("(k) => Array.from(document.querySelectorAll('#incident-body mark.' + k))"
                           ".map((m) => m.textContent).join('')", f"k-c{denial['id']}")
    art = _get(live_server, f"/api/articles/{denial['article_id']}")
    assert marked == art["text"][s:e]


def test_script_in_article_text_does_not_run(page, live_server: str) -> None:
    status, summary = _post(live_server, "/api/articles", HOSTILE)
    assert status == 201 and summary["stored"] == 1 and summary["events"] >= 1
    hits = _get(live_server, "/api/incidents?place=" + urllib.request.quote("طفس"))["items"]
    assert hits
    page.goto(live_server + "/")
    _wait_ready(page)
    page.locator(f"#incidents tbody tr[data-id='{hits[0]['id']}']").click()
    page.wait_for_selector(f"#incident-body[data-incident='{hits[0]['id']}']")
    text = page.locator("#incident-body .article-text").first.text_content()
    assert "<script>window.__pwned=1</script>" in text  # shown as text
    assert page.locator("#incident-body script, #incident-body img").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<img src=x" in page.locator("#incident-body article.source .meta").first.text_content()
    assert page.locator("#incident-body mark.evidence").count() >= 1
