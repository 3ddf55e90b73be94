"""``rasd ingest`` end to end on both backends: formats, idempotence, bad input, SIGKILL + resume."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.ingest import ingest, read_inputs
from rasd.store import open_store

TOWNS = [("كفرنبل", "إدلب"), ("أريحا", "إدلب"), ("دوما", "دمشق"), ("حرستا", "دمشق"), ("الأتارب", "حلب"),
         ("دارة عزة", "حلب"), ("اللطامنة", "حماة"), ("كفرزيتا", "حماة"), ("طفس", "درعا"), ("جاسم", "درعا")]
OUTLETS = ["عنب بلدي", "الجزيرة نت", "العربي الجديد", "الشرق الأوسط"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TEMPLATES = [
    "{prov} - قال الدفاع المدني السوري إن {n} مدنيين قتلوا وأصيب آخرون في غارات جوية شنتها طائرات حربية "
    "على بلدة {town} بريف {prov} يوم {wd}، في حين قالت مصادر محلية إن الغارات استهدفت سوقا شعبية. ({i})",
    "قُتل {n} أشخاص بينهم أطفال جراء قصف مدفعي لقوات النظام استهدف الأحياء السكنية في {town} بريف {prov}، "
    "بحسب ما أفاد المرصد السوري لحقوق الإنسان يوم {wd}. وأشار المرصد إلى دمار واسع في المنازل. ({i})",
]


def make_articles(count: int, start: dt.date = dt.date(2019, 5, 1)) -> list[dict]:
    """Wire-style reports; every fourth one repeats an earlier strike from another outlet."""
    out = []
    for i in range(count):
        k = i // 4 * 4 if i % 4 == 3 else i
        town, prov = TOWNS[k % len(TOWNS)]
        day = start + dt.timedelta(days=k // len(TOWNS))
        text = TEMPLATES[k % 2].format(n=3 + k % 9, town=town, prov=prov, wd=WEEKDAYS[day.weekday()], i=i)
        out.append({"id": f"t{i}", "source": OUTLETS[i % len(OUTLETS)], "url": f"https://example.org/{i}",
                    "title": f"قتلى في {town}", "published": day.isoformat(), "text": text})
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def rasd(*args: str, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], input=stdin, capture_output=True,
                          timeout=timeout, cwd=Path(__file__).parent.parent)


HTML = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>اشتباكات عنيفة في ريف حماة</title>
<meta property="article:published_time" content="2019-06-02T09:30:00+03:00"></head>
<body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>اشتباكات عنيفة في ريف حماة</h1>
<p>حماة - اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة على محور بلدة كفرنبودة في ريف حماة الشمالي،
أسفرت عن مقتل عشرة عناصر من الطرفين، بحسب ما أفاد المرصد السوري لحقوق الإنسان.</p>
<p>وقالت مصادر ميدانية إن الفصائل استعادت السيطرة على عدة نقاط بعد هجوم معاكس استمر ساعات.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء التجريبية</title><link>https://news.example.org/</link>
<item><title>انفجار عبوة ناسفة في الرقة</title><link>https://news.example.org/a1</link>
<pubDate>Mon, 03 Jun 2019 08:00:00 GMT</pubDate>
<description>&lt;p&gt;قتل ثلاثة أشخاص بانفجار عبوة ناسفة زرعها مجهولون في سيارة وسط مدينة الرقة صباح اليوم.&lt;/p&gt;</description></item>
<item><title>مظاهرة في إدلب</title><link>https://news.example.org/a2</link>
<pubDate>Mon, 03 Jun 2019 10:00:00 GMT</pubDate>
<description>خرج المئات في مظاهرة سلمية وسط مدينة إدلب للمطالبة بالإفراج عن المعتقلين.</description></item>
</channel></rss>"""


def test_formats_directory_stdin_and_idempotent_rerun(store_url, tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    write_jsonl(src / "batch.jsonl", make_articles(6))
    (src / "sub" / "report.txt").write_text("درعا - أصيب أربعة مدنيين بجروح إثر انفجار لغم أرضي "
                                            "قرب بلدة طفس في ريف درعا الغربي.", encoding="utf-8")
    (src / "sub" / "page.html").write_text(HTML, encoding="utf-8")
    (src / "feed.xml").write_text(RSS, encoding="utf-8")
    (src / "notes.md").write_text("ignored: not an article format", encoding="utf-8")
    first = rasd("ingest", str(src), "--db", store_url)
    assert first.returncode == 0, first.stderr.decode()
    assert b"stored 10, duplicates 0, failed 0" in first.stderr
    with open_store(store_url) as store:
        by_title = {a["title"]: a for a in store.articles(limit=None)}
        page = by_title["اشتباكات عنيفة في ريف حماة"]
        assert page["published"] == "2019-06-02"
        assert "جميع الحقوق" not in store.article(page["id"])["text"]   # boilerplate dropped
        entry = by_title["انفجار عبوة ناسفة في الرقة"]
        assert entry["outlet"] == "وكالة الأنباء التجريبية" and entry["published"] == "2019-06-03"
        assert "<p>" not in store.article(entry["id"])["text"]
    again = rasd("ingest", str(src), "--db", store_url, "--quiet")
    assert again.returncode == 0 and b"stored 0, duplicates 10, failed 0" in again.stderr
    piped = rasd("ingest", "-", "--db", store_url, stdin=(src / "sub" / "report.txt").read_bytes())
    assert b"stored 0, duplicates 1" in piped.stderr
    new = rasd("ingest", "-", "--db", store_url, stdin="خبر جديد: قصف على بلدة جاسم".encode())
    assert b"stored 1, duplicates 0" in new.stderr
    with open_store(store_url) as store:
        assert store.stats()["articles"] == 11


def test_bad_inputs_are_reported_and_lose_nothing(store_url, tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", make_articles(3))
    assert rasd("ingest", str(good), "--db", store_url).returncode == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (bad / "latin.txt").write_bytes("Données invalides".encode("latin-1") + b"\xff\xfe\x81")
    (bad / "cp1256.txt").write_bytes("قتل مدنيان في قصف على بلدة الهبيط".encode("cp1256"))
    (bad / "broken.xml").write_text("<rss><channel><item><title>x", encoding="utf-8")
    rows = make_articles(5)[3:]
    (bad / "mixed.jsonl").write_text(json.dumps(rows[0], ensure_ascii=False) + "\n{not json\n[1, 2]\n"
                                     + json.dumps({"id": "x", "title": "بلا نص"}) + "\n"
                                     + json.dumps(rows[1], ensure_ascii=False) + "\n", encoding="utf-8")
    (bad / "page.html").write_text("<html><body><script>var a=1;</script></body></html>", encoding="utf-8")
    out = rasd("ingest", str(bad), str(tmp_path / "missing.jsonl"), "--db", store_url)
    err = out.stderr.decode()
    assert out.returncode == 1
    assert "stored 3, duplicates 0, failed 9" in err  # cp1256 + two good JSONL lines stored
    for name, reason in [("empty.txt", "empty input"), ("binary.txt", "binary data"), ("latin.txt", "not UTF-8"),
                         ("broken.xml", "feed"), ("mixed.jsonl:2", "invalid JSON"),
                         ("mixed.jsonl:3", "JSON object per line"), ("mixed.jsonl:4", "no 'text' field"),
                         ("page.html", "no main text"), ("missing.jsonl", "no such file")]:
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    with open_store(store_url) as store:
        assert store.stats()["articles"] == 6
        assert store.articles("الهبيط")


def test_failed_extraction_is_reported_per_article(store_url, tmp_path):
    rows = make_articles(4)

    def extract(art):
        if "(2)" in art.text:
            raise RuntimeError("lexicon exploded")
        return None

    with open_store(store_url) as store:
        summary = ingest(read_inputs([str(write_jsonl(tmp_path / "a.jsonl", rows))]), store, batch_size=2,
                         extract=extract, progress=False)
        assert (summary.stored, len(summary.failed)) == (3, 1)
        assert summary.failed[0].where == "t2" and "lexicon exploded" in summary.failed[0].reason


def _counts(url: str) -> dict[str, int]:
    with open_store(url) as store:
        return store.stats()


@pytest.mark.parametrize("mode", ["extract", "no-extract"])
def test_sigkill_mid_run_then_resume_loses_and_doubles_nothing(store_url, tmp_path, mode):
    n = 400 if mode == "extract" else 3000
    data = write_jsonl(tmp_path / "many.jsonl", make_articles(n))
    args = [sys.executable, "-m", "rasd.cli", "ingest", str(data), "--db", store_url, "--batch-size", "10", "--quiet"]
    if mode == "no-extract":
        args.append("--no-extract")
    _counts(store_url)  # create the schema before the race
    proc = subprocess.Popen(args, cwd=Path(__file__).parent.parent, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while _counts(store_url)["articles"] < 20:
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    partial = _counts(store_url)
    assert 20 <= partial["articles"] < n, partial
    assert partial["articles"] % 10 == 0  # whole batches only
    resumed = subprocess.run(args, cwd=Path(__file__).parent.parent, capture_output=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"stored {n - partial['articles']}, duplicates {partial['articles']}, failed 0".encode() in resumed.stderr
    final = _counts(store_url)
    assert final["articles"] == n
    if mode == "extract":
        # the same incidents as one uninterrupted run
        clean = f"sqlite:///{tmp_path / 'clean.db'}"
        assert subprocess.run([*args[:5], str(data), "--db", clean, "--quiet"], timeout=600).returncode == 0
        assert _counts(clean) == final
