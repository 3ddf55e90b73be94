"""``rasd extract`` on real files, including bad ones: each gets a message, nothing else is lost."""

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = ("حمص - قصفت قوات النظام بالمدفعية الثقيلة مدينة الرستن في ريف حمص الشمالي أمس، "
           "ما أدى إلى مقتل خمسة مدنيين، بحسب ما أفاد ناشطون.")


def _run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "rasd.cli", "extract", "--no-progress", *args],
                          capture_output=True, text=True, input=stdin, timeout=300)


def _lines(path):
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines()]


def test_jsonl_with_bad_lines_keeps_the_good_ones(tmp_path):
    src = tmp_path / "in.jsonl"
    good = {"id": "a1", "text": ARTICLE, "published": "2024-03-09"}
    src.write_text("\n".join([json.dumps(good, ensure_ascii=False), "{not json",
                              json.dumps({"id": "a2"}), "",
                              json.dumps({"id": "a3", "text": ARTICLE, "crawl_date": "2024-03-02"},
                                         ensure_ascii=False)]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = _run(str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = _lines(out)
    assert [r["id"] for r in rows] == ["a1", "a3"]
    assert rows[0]["events"][0]["date"] == "2024-03-08"
    assert rows[1]["events"][0]["date"] == "2024-03-01"
    assert f"{src}:2: malformed JSON" in proc.stderr
    assert f"{src}:3: expected an object with a 'text' string" in proc.stderr


def test_txt_binary_missing_and_published_flag(tmp_path):
    txt = tmp_path / "report.txt"
    txt.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01\x02" * 100)
    out = tmp_path / "out.jsonl"
    proc = _run(str(txt), str(binary), str(tmp_path / "missing.txt"), "--published", "2024-03-09", "-o", str(out))
    assert proc.returncode == 0
    rows = _lines(out)
    assert [r["id"] for r in rows] == ["report"]
    assert rows[0]["events"]
    assert f"{binary}: binary data" in proc.stderr
    assert "missing.txt: no such file" in proc.stderr


def test_wrong_encoding_is_read_or_reported(tmp_path):
    cp = tmp_path / "old.txt"
    cp.write_bytes(ARTICLE.encode("cp1256"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 ".encode("latin-1") * 10)
    out = tmp_path / "out.jsonl"
    proc = _run(str(cp), str(latin), "--published", "2024-03-09", "-o", str(out))
    rows = _lines(out)
    assert rows[0]["id"] == "old" and rows[0]["events"]
    assert "latin.txt: not UTF-8 text" in proc.stderr


def test_huge_and_empty_articles(tmp_path):
    src = tmp_path / "big.jsonl"
    huge = (ARTICLE + "\n") * (10_000_000 // len(ARTICLE))
    src.write_text(json.dumps({"id": "huge", "text": huge, "published": "2024-03-09"}, ensure_ascii=False)
                   + "\n" + json.dumps({"id": "empty", "text": ""}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = _run(str(src), "-o", str(out))
    assert proc.returncode == 0
    rows = {r["id"]: r for r in _lines(out)}
    assert rows["huge"]["warnings"] and "cut" in rows["huge"]["warnings"][0]
    assert rows["empty"]["warnings"] == ["empty text"]
    assert "big.jsonl:1: text of" in proc.stderr


def test_stdin_and_nothing_processed_exit_status(tmp_path):
    proc = _run("-", stdin=json.dumps({"id": "s", "text": ARTICLE}, ensure_ascii=False) + "\n")
    assert proc.returncode == 0 and json.loads(proc.stdout)["id"] == "s"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n", encoding="utf-8")
    assert _run(str(bad)).returncode == 1
