"""``studio check-claims`` end to end, as a subprocess reading stdin and writing JSON lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run_cli(repo_root: Path, args: list[str], stdin: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "studio", "check-claims", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=repo_root,
        timeout=60,
    )


def test_one_json_object_per_input_line_in_order(repo_root: Path) -> None:
    lines = ["这款面霜是全网最好的", "", "第一个链接是大瓶装", "無副作用，百分百有效"]
    result = run_cli(repo_root, ["--market", "zh-CN"], "\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode("utf-8").splitlines()
    assert len(out) == len(lines)
    records = [json.loads(line) for line in out]
    assert [r["line"] for r in records] == [1, 2, 3, 4]
    assert [r["text"] for r in records] == lines
    assert records[1]["findings"] == [] and records[2]["findings"] == []
    first = records[0]["findings"][0]
    assert set(first) >= {"rule", "category", "strictness", "quote", "explanation", "suggestion"}
    assert first["strictness"] == "BLOCK" and first["quote"] == "最好的"
    assert {f["category"] for f in records[3]["findings"]} == {"safety", "guarantee"}
    assert "無副作用" in out[3]  # ensure_ascii=False: the text is readable, not \\u escapes


def test_category_platform_and_english_options(repo_root: Path) -> None:
    text = "It treats acne. Pricing error, grab it!\n"
    plain = json.loads(run_cli(repo_root, ["--market", "en-US"], text).stdout)
    assert {f["rule"] for f in plain["findings"]} == {"en.medical.disease", "tiktok.en.bait-price"}
    medicine = json.loads(
        run_cli(repo_root, ["--market", "en-US", "--category", "medicine", "--platform", "none"], text).stdout
    )
    assert medicine["findings"] == []
    english = json.loads(run_cli(repo_root, ["--market", "vi-VN", "--english"], "Kem tốt nhất\n").stdout)
    assert "absolute claims" in english["findings"][0]["explanation"]


def test_unknown_market_is_a_spoken_error_not_a_traceback(repo_root: Path) -> None:
    result = run_cli(repo_root, ["--market", "xx-XX"], "hello\n")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "Known markets: en-US, en-GB, vi-VN, zh-CN, id-ID" in err and "Traceback" not in err


def test_broken_rules_folder_names_file_and_line(repo_root: Path, tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("schema: 1\npack: x\nlanguage: en\nrules:\n  - id: [oops\n", encoding="utf-8")
    result = run_cli(repo_root, ["--market", "en-US", "--rules-dir", str(tmp_path)], "hello\n")
    err = result.stderr.decode()
    assert result.returncode == 2 and "bad.yaml, line" in err and "Traceback" not in err


def test_reader_closing_the_pipe_early_is_not_a_traceback(repo_root: Path, tmp_path: Path) -> None:
    """``studio check-claims < big.txt | head -1`` stops quietly."""
    big = tmp_path / "big.txt"
    big.write_text("the best cream, it cures acne\n" * 50000, encoding="utf-8")
    with big.open("rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-m", "studio", "check-claims", "--market", "en-US"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=repo_root,
        )
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0
    assert json.loads(first)["line"] == 1 and "Traceback" not in err
