"""``studio rules`` end to end, as subprocesses over a real (temporary) user data folder, checked with the real
``studio check-claims``: a change made by one command is what the next analysis uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml


def studio(repo_root: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=repo_root,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def rules_json(repo_root: Path, *args: str) -> dict[str, Any]:
    result = studio(repo_root, "rules", *args, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def flagged(repo_root: Path, text: str, market: str = "en-US") -> dict[str, dict[str, Any]]:
    result = studio(repo_root, "check-claims", "--market", market, "--no-fuzzy", stdin=text + "\n")
    assert result.returncode == 0, result.stderr
    return {f["rule"]: f for f in json.loads(result.stdout)["findings"]}


def test_disable_add_phrase_enable_round_trip_through_the_data_folder(repo_root: Path) -> None:
    data_dir = Path(os.environ["STUDIO_DATA_DIR"])
    overlay = data_dir / "centre-rules" / "en-US.yaml"
    sentence = "It is the best serum and gives you glass skin."

    listing = rules_json(repo_root, "en-US", "--list")
    assert listing["overlay"] == {
        "file": str(overlay), "exists": False, "usable": True, "revision": 0, "updated": ""
    }  # fmt: skip
    assert all(rule["enabled"] for rule in listing["rules"]) and listing["problems"] == []
    assert "en.absolute.superlative" in flagged(repo_root, sentence)

    reason = "Our centre sells only products that won a national award this year"
    result = studio(repo_root, "rules", "en-US", "--disable", "en.absolute.superlative", "--reason", reason)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Rule en.absolute.superlative turned off for en-US."
    assert overlay.is_file()
    saved = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    assert saved["schema"] == 1 and saved["market"] == "en-US" and saved["revision"] == 1
    assert saved["disabled"][0]["rule"] == "en.absolute.superlative" and saved["disabled"][0]["reason"] == reason
    assert "en.absolute.superlative" not in flagged(repo_root, sentence)

    added = rules_json(repo_root, "en-US", "--add-phrase", "en.cosmetic.drug", "glass skin", "--reason", "Heard weekly")
    assert added["changed"] is True and added["revision"] == 2 and added["warnings"] == []
    assert added["message"] == "Phrase 'glass skin' added to rule en.cosmetic.drug."
    hit = flagged(repo_root, sentence)["en.cosmetic.drug"]
    assert hit["quote"] == "glass skin"
    assert hit["explanation"].startswith("Centre rule (phrase added by the centre): ")

    listing = rules_json(repo_root, "en-US")
    by_id = {rule["id"]: rule for rule in listing["rules"]}
    assert by_id["en.absolute.superlative"]["enabled"] is False
    assert by_id["en.absolute.superlative"]["disabled_reason"] == reason
    assert by_id["en.cosmetic.drug"]["centre_phrases"] == [{"phrase": "glass skin", "reason": "Heard weekly"}]
    assert listing["overlay"]["revision"] == 2 and listing["overlay"]["exists"] is True

    again = rules_json(repo_root, "en-US", "--disable", "en.absolute.superlative", "--reason", "twice")
    assert again["changed"] is False and again["revision"] == 2

    severity = rules_json(repo_root, "en-US", "--severity", "en.safety.no-risk", "verify-fact", "--reason", "We check")
    assert severity["changed"] is True and severity["detail"] == "VERIFY-FACT"
    assert flagged(repo_root, "No side effects at all.")["en.safety.no-risk"]["strictness"] == "VERIFY-FACT"

    enabled = studio(repo_root, "rules", "en-US", "--enable", "en.absolute.superlative")
    assert enabled.returncode == 0 and "turned on again" in enabled.stdout
    assert "en.absolute.superlative" in flagged(repo_root, sentence)
    history = yaml.safe_load(overlay.read_text(encoding="utf-8"))["history"]
    assert [(h["revision"], h["change"]) for h in history] == [
        (1, "disable"), (2, "phrase"), (3, "strictness"), (4, "enable")
    ]  # fmt: skip

    text = studio(repo_root, "rules", "en-US", "--list")
    assert text.returncode == 0
    assert (
        "en.cosmetic.drug: on, block, cosmetic sounding like a medicine. 1 phrase added by the centre." in text.stdout
    )
    assert "en.safety.no-risk: on, verify fact, safety. Strictness changed by the centre from block: We check." in (
        text.stdout
    )


def test_refused_changes_exit_2_say_why_and_leave_the_file_alone(repo_root: Path) -> None:
    overlay = Path(os.environ["STUDIO_DATA_DIR"]) / "centre-rules" / "vi-VN.yaml"
    no_reason = studio(repo_root, "rules", "vi-VN", "--disable", "vi.absolute.superlative")
    assert no_reason.returncode == 2 and "Give the reason for this change" in no_reason.stderr
    unknown = studio(repo_root, "rules", "vi-VN", "--disable", "vi.nope", "--reason", "x")
    assert unknown.returncode == 2 and "The market vi-VN has no rule 'vi.nope'" in unknown.stderr
    short = studio(repo_root, "rules", "vi-VN", "--add-phrase", "vi.medical.cure", "a")
    assert short.returncode == 2 and "is too short" in short.stderr
    market = studio(repo_root, "rules", "xx-XX", "--list")
    assert market.returncode == 2 and "There are no rules for the market 'xx-XX'" in market.stderr
    assert not overlay.exists()

    overlay.parent.mkdir(parents=True, exist_ok=True)
    broken = "schema: 1\ndisabled:\n  - {rule: vi.absolute.superlative, reason: [unclosed\n"
    overlay.write_text(broken, encoding="utf-8")
    refused = studio(repo_root, "rules", "vi-VN", "--disable", "vi.medical.cure", "--reason", "x")
    assert refused.returncode == 2
    assert "cannot be changed until it is fixed" in refused.stderr and "vi-VN.yaml, line" in refused.stderr
    assert overlay.read_text(encoding="utf-8") == broken  # never overwritten
    listing = studio(repo_root, "rules", "vi-VN", "--list")
    assert listing.returncode == 0 and "Problem in the centre's rule file: The file vi-VN.yaml, line" in listing.stderr
    assert "vi.absolute.superlative: on" in listing.stdout  # the analysis goes on with the shipped rules


def test_a_hand_written_bad_entry_survives_a_change_made_by_the_command(repo_root: Path) -> None:
    overlay = Path(os.environ["STUDIO_DATA_DIR"]) / "centre-rules" / "vi-VN.yaml"
    overlay.parent.mkdir(parents=True, exist_ok=True)
    overlay.write_text("schema: 1\nmarket: vi-VN\nphrases:\n  - {rule: vi.medical.cure, phrase: x}\n", encoding="utf-8")
    result = rules_json(repo_root, "vi-VN", "--add-phrase", "vi.medical.cure", "trị dứt thâm mụn", "--reason", "r")
    assert result["changed"] is True and result["revision"] == 1
    phrases = yaml.safe_load(overlay.read_text(encoding="utf-8"))["phrases"]
    assert [p["phrase"] for p in phrases] == ["x", "trị dứt thâm mụn"]  # the bad one is kept for a person to fix
    listing = rules_json(repo_root, "vi-VN")
    assert [p["line"] for p in listing["problems"]] == [11]  # where the bad entry is after the rewrite
    assert "too short" in listing["problems"][0]["message"]
    assert (
        flagged(repo_root, "Kem này trị dứt thâm mụn luôn", "vi-VN")["vi.medical.cure"]["quote"] == "trị dứt thâm mụn"
    )
