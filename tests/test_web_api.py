"""The HTTP API against a store filled with the real extraction output of ``samples/articles.jsonl``:
status codes, the CLI's filters, pagination, the token rule for writes, bad bodies, headers."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from rasd.store import open_store  # noqa: E402
from rasd.web import create_app  # noqa: E402

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# An article written for these tests (wire-report style): one shelling incident, 5 killed, 8 injured.
NEW_ARTICLE = {
    "id": "web-test-1", "title": "خمسة قتلى بقصف مدفعي على الأتارب غربي حلب", "published": "2024-06-05",
    "outlet": "وكالة الاختبار", "url": "https://example.org/test/atarib",
    "text": "حلب - قتل خمسة مدنيين وأصيب ثمانية آخرون، اليوم الأربعاء، جراء قصف مدفعي شنته قوات النظام "
            "على بلدة الأتارب في ريف حلب الغربي، بحسب ما أفاد الدفاع المدني السوري.",
}


@pytest.fixture
def store(web_db_url: str) -> Iterator:
    with open_store(web_db_url) as s:
        yield s


@pytest.fixture
def client(store) -> Iterator[TestClient]:
    with TestClient(create_app(store, token=TOKEN)) as c:
        yield c


@pytest.fixture
def readonly(store) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


# ---------------------------------------------------------------- reading


def test_incidents_list_matches_store_and_paginates(client: TestClient, store) -> None:
    total = store.count_incidents()
    assert total >= 30
    r = client.get("/api/incidents", params={"limit": 1000})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == total and len(body["items"]) == total
    assert [i["id"] for i in body["items"]] == [i["id"] for i in store.incidents()]
    pages: list[int] = []
    for offset in range(0, total, 7):
        page = client.get("/api/incidents", params={"limit": 7, "offset": offset}).json()
        assert page["total"] == total and page["offset"] == offset and len(page["items"]) <= 7
        pages += [i["id"] for i in page["items"]]
    assert pages == [i["id"] for i in body["items"]]
    beyond = client.get("/api/incidents", params={"offset": total + 5}).json()
    assert beyond["items"] == [] and beyond["total"] == total


@pytest.mark.parametrize("params", [
    {"country": "Syria"}, {"country": "somalia"}, {"type": "air_drone_strike"}, {"type": "Battles"},
    {"since": "2024-05-01", "until": "2024-06-30"}, {"contested": "true"}, {"contested": "false"},
    {"actor": "rsf"}, {"min_sources": "2"}, {"place": "أريحا"}, {"country": "Syria", "contested": "true"},
])
def test_filters_are_the_cli_filters(client: TestClient, store, params: dict[str, str]) -> None:
    kw: dict = dict(params)
    if "contested" in kw:
        kw["contested"] = kw["contested"] == "true"
    if "min_sources" in kw:
        kw["min_sources"] = int(kw["min_sources"])
    for k in ("since", "until"):
        if k in kw:
            kw[k] = dt.date.fromisoformat(kw[k])
    expected = [i["id"] for i in store.incidents(**kw)]
    r = client.get("/api/incidents", params={**params, "limit": 1000})
    assert r.status_code == 200
    body = r.json()
    assert [i["id"] for i in body["items"]] == expected
    assert body["total"] == len(expected) < store.count_incidents()
    assert expected, f"no sample incident matches {params}: the filter test would prove nothing"
    for inc in body["items"]:
        if "country" in params:
            assert inc["location"]["country"].lower() == params["country"].lower()
        if params.get("contested") == "true":
            assert inc["contested"] is True
        if "since" in params:
            assert (inc["date_to"] or inc["date"]) >= params["since"] and inc["date"] <= params["until"]
        if "min_sources" in params:
            assert inc["n_sources"] >= 2


@pytest.mark.parametrize("query", [
    "limit=0", "limit=5000", "offset=-1", "since=yesterday", "until=2024-02-30", "contested=maybe",
    "min_sources=0", "since=2024-06-01&until=2024-05-01", "country=" + "x" * 101,
])
def test_bad_query_parameters_are_422(client: TestClient, query: str) -> None:
    r = client.get(f"/api/incidents?{query}")
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


def test_incident_detail_has_sources_figures_claims_and_evidence(client: TestClient, store) -> None:
    multi = store.incidents(min_sources=2)
    assert multi
    r = client.get(f"/api/incidents/{multi[0]['id']}")
    assert r.status_code == 200
    inc = r.json()
    assert len(inc["sources"]) >= 2 and inc["n_sources"] >= 2
    for src in inc["sources"]:
        ev = src["event"]
        assert set(ev["fatalities"]) == {"low", "high", "vague"}
        art = client.get(f"/api/articles/{src['article']['id']}").json()
        assert ev["evidence_spans"], "every stored event keeps its evidence offsets"
        for (s, e), quoted in zip(ev["evidence_spans"], ev["evidence_text"], strict=True):
            assert art["text"][s:e] == quoted
        fat_span = ev["spans"].get("fatalities")
        if fat_span:
            assert re.search(r"قتل|قتيل|مقتل|حتف|ضحايا|\d", art["text"][fat_span[0]:fat_span[1]])
    contested = [i for i in store.incidents(contested=True) if store.incident(i["id"])["claims"]]
    assert contested
    claims = client.get(f"/api/incidents/{contested[0]['id']}").json()["claims"]
    assert any(c["stance"] == "denies" for c in claims)
    assert all(c["evidence"] and c["evidence_spans"] for c in claims)


def test_missing_and_malformed_ids(client: TestClient) -> None:
    assert client.get("/api/incidents/999999").status_code == 404
    assert "999999" in client.get("/api/incidents/999999").json()["detail"]
    assert client.get("/api/incidents/abc").status_code == 422
    assert client.get("/api/incidents/0").status_code == 422
    assert client.get("/api/articles/999999").status_code == 404
    assert client.get("/api/nowhere").status_code == 404


def test_articles_list_search_and_detail(client: TestClient, store) -> None:
    body = client.get("/api/articles", params={"limit": 5}).json()
    assert len(body["items"]) == 5 and "text" not in body["items"][0]
    found = client.get("/api/articles", params={"q": "اريحا"}).json()["items"]  # hamza-less spelling
    assert found and all("أريحا" in store.article(a["id"])["text"] or "اريحا" in store.article(a["id"])["text"]
                         for a in found)
    art = client.get(f"/api/articles/{found[0]['id']}").json()
    assert art["text"] and art["events"] is not None and "claims" in art


@pytest.mark.parametrize("by", ["day", "month", "type", "country", "actor", "outlet"])
def test_counts(client: TestClient, store, by: str) -> None:
    rows = client.get(f"/api/counts/{by}").json()
    assert rows == store.counts(by=by)
    if by in ("day", "type", "country"):
        assert sum(r["incidents"] for r in rows) == store.count_incidents()
    syria = client.get(f"/api/counts/{by}", params={"country": "Syria"}).json()
    assert syria == store.counts(by=by, country="Syria")


def test_counts_unknown_key_is_404(client: TestClient) -> None:
    r = client.get("/api/counts/weekday")
    assert r.status_code == 404 and "day" in r.json()["detail"]


def test_geojson(client: TestClient, store) -> None:
    r = client.get("/api/geojson")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    doc = r.json()
    assert doc["type"] == "FeatureCollection"
    located = [i for i in store.incidents() if i["location"]["lat"] is not None]
    assert len(doc["features"]) == len(located)
    for f in doc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    syria = client.get("/api/geojson", params={"country": "Syria"}).json()["features"]
    assert 0 < len(syria) < len(doc["features"])
    assert {f["properties"]["country"] for f in syria} == {"Syria"}
    assert len(client.get("/api/geojson", params={"limit": 3}).json()["features"]) == 3
    lean = client.get("/api/geojson", params={"view": "map"}).json()["features"]
    assert [f["id"] for f in lean] == [f["id"] for f in doc["features"]]
    keys = ("id", "type", "event_type", "date", "date_to", "fatalities", "n_sources", "contested", "single_source",
            "place", "place_ar", "country")
    for small, full in zip(lean, doc["features"], strict=True):
        assert small["geometry"] == full["geometry"]
        assert small["properties"] == {k: full["properties"][k] for k in keys}
    syria_lean = client.get("/api/geojson", params={"view": "map", "country": "Syria", "contested": "false"}).json()
    assert [f["id"] for f in syria_lean["features"]] == [
        f["id"] for f in client.get("/api/geojson", params={"country": "Syria", "contested": "false"}).json()["features"]]
    assert client.get("/api/geojson", params={"view": "tiny"}).status_code == 422


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/articles", "/api/counts/{by}",
                 "/api/geojson"):
        assert path in spec["paths"]
    params = {p["name"] for p in spec["paths"]["/api/incidents"]["get"]["parameters"]}
    assert {"country", "type", "since", "until", "actor", "contested", "limit", "offset"} <= params
    assert "post" in spec["paths"]["/api/articles"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text


def test_page_headers_and_no_inline_script(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", r.text, re.S)
    assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
    assert "http://" not in r.text and "https://" not in r.text  # no CDN
    assert " style=" not in r.text
    for asset in ("/static/app.js", "/static/style.css", "/static/vendor/leaflet/leaflet.js",
                  "/static/vendor/leaflet/leaflet.css", "/static/vendor/world-atlas/countries.geojson"):
        assert client.get(asset).status_code == 200, asset
    assert "content-security-policy" in client.get("/api/stats").headers


def test_labels(client: TestClient) -> None:
    labels = client.get("/api/labels").json()
    assert labels["type"]["air_drone_strike"]["ar"] and labels["stance"]["denies"]["ar"] == "ينفي"
    assert labels["event_type_of"]["air_drone_strike"] == "Explosions/Remote violence"


# ---------------------------------------------------------------- writing


def test_post_is_forbidden_without_a_configured_token(readonly: TestClient, store) -> None:
    before = store.stats()
    r = readonly.post("/api/articles", json=NEW_ARTICLE, headers=AUTH)
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    assert readonly.get("/api/stats").json()["writable"] is False
    assert store.stats() == before


def test_post_needs_the_right_token(client: TestClient, store) -> None:
    before = store.stats()
    r = client.post("/api/articles", json=NEW_ARTICLE)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    r = client.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": "Basic " + TOKEN})
    assert r.status_code == 401
    r = client.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["detail"] == "invalid token"
    assert store.stats() == before


def test_post_ingests_and_merges_like_rasd_ingest(client: TestClient, store) -> None:
    before = store.stats()
    r = client.post("/api/articles", json=NEW_ARTICLE, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] == 1 and body["events"] >= 1 and body["failed"] == []
    after = store.stats()
    assert after["articles"] == before["articles"] + 1 and after["incidents"] > before["incidents"]
    hits = client.get("/api/incidents", params={"place": "الأتارب"}).json()["items"]
    assert len(hits) == 1 and hits[0]["fatalities"]["low"] == 5 and hits[0]["injuries"]["low"] == 8
    detail = client.get(f"/api/incidents/{hits[0]['id']}").json()
    assert detail["sources"][0]["article"]["external_id"] == "web-test-1"
    again = client.post("/api/articles", json={"articles": [NEW_ARTICLE]}, headers=AUTH)
    assert again.status_code == 200 and again.json()["duplicates"] == 1 and again.json()["stored"] == 0
    assert store.stats() == after


def test_post_other_body_kinds(client: TestClient, store) -> None:
    jsonl = json.dumps({**NEW_ARTICLE, "text": NEW_ARTICLE["text"].replace("خمسة", "ستة")}, ensure_ascii=False)
    r = client.post("/api/articles", content=jsonl.encode(), headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 201 and r.json()["stored"] == 1
    text = NEW_ARTICLE["text"].replace("الأربعاء", "الخميس").replace("خمسة", "سبعة")
    r = client.post("/api/articles", content=text.encode(), headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"})
    assert r.status_code == 201 and r.json()["stored"] == 1


@pytest.mark.parametrize(("content", "ctype", "status", "words"), [
    (b"", "application/json", 400, "empty"),
    (b"   \n", "application/json", 400, "empty"),
    (b'{"text": "abc"', "application/json", 400, "invalid JSON"),
    (b"\xff\xfe\x00garbage\x81", "application/json", 400, "UTF-8"),
    (b'{"text": "x"}', "application/xml", 415, "Content-Type"),
    (b'{"text": "x"}', "", 415, "Content-Type"),
    (b"[]", "application/json", 422, "no articles"),
    (b'{"title": "no text"}', "application/json", 422, "'text'"),
    (b'{"text": ""}', "application/json", 422, "'text'"),
    (b'{"text": 42}', "application/json", 422, "'text'"),
    (b'"just a string"', "application/json", 422, "JSON object"),
    ('{"text": "قتل شخص", "published": "yesterday"}'.encode(), "application/json", 422, "published"),
    ('{"text": "قتل شخص", "title": ["x"]}'.encode(), "application/json", 422, "'title'"),
    (b"\x00\x01\x02binary", "text/plain", 422, "binary"),
])
def test_bad_bodies_are_clear_4xx_and_store_nothing(client: TestClient, store, content: bytes, ctype: str,
                                                    status: int, words: str) -> None:
    before = store.stats()
    headers = {**AUTH, **({"Content-Type": ctype} if ctype else {})}
    r = client.post("/api/articles", content=content, headers=headers)
    assert r.status_code == status, r.text
    assert words in json.dumps(r.json(), ensure_ascii=False)
    assert store.stats() == before


def test_mixed_batch_stores_the_good_and_names_the_bad(client: TestClient) -> None:
    r = client.post("/api/articles", json=[NEW_ARTICLE, {"title": "empty"}], headers=AUTH)
    assert r.status_code == 201
    body = r.json()
    assert body["stored"] == 1 and body["failed"] == [{"where": "request[1]", "reason": "no 'text' field (a non-empty string)"}]


def test_size_limits(store) -> None:
    with TestClient(create_app(store, token=TOKEN, max_body=2000, max_articles=3)) as c:
        big = {**NEW_ARTICLE, "text": NEW_ARTICLE["text"] * 20}
        r = c.post("/api/articles", json=big, headers=AUTH)
        assert r.status_code == 413 and "2000" in r.json()["detail"]
        chunked = c.post("/api/articles", content=iter([b'{"text": "', "ا".encode() * 1500, b'"}']),
                         headers={**AUTH, "Content-Type": "application/json"})
        assert chunked.status_code == 413  # no Content-Length: counted while reading
        many = [{"text": f"نص رقم {i}"} for i in range(4)]
        r = c.post("/api/articles", json=many, headers=AUTH)
        assert r.status_code == 413 and "too many" in r.json()["detail"]
        assert c.post("/api/articles", json=big).status_code == 401  # auth before reading the body


def test_serve_command_is_registered() -> None:
    from rasd.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.db", "--port", "8123", "--token", "t"])
    assert (args.command, args.host, args.port, args.token) == ("serve", "127.0.0.1", 8123, "t")
