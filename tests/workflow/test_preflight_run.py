"""The pre-flight runner without Qt or devices: results go out one by one, a failing check becomes a sentence, and
a cancelled run stops between checks and drops what came after the cancel."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from studio.services.preflight_run import PreflightContext, PreflightItem, run_preflight


def _item(check: str, ok: bool = True) -> PreflightItem:
    return PreflightItem(check, f"{check}.{'good' if ok else 'bad'}", f"{check} said.", ok)


def test_results_are_reported_as_they_come_and_problems_are_counted() -> None:
    order: list[str] = []

    def first(_context: PreflightContext) -> Iterable[PreflightItem]:
        order.append("first ran")
        return [_item("camera"), _item("light", ok=False)]

    def second(_context: PreflightContext) -> Iterable[PreflightItem]:
        order.append("second ran")
        return [_item("output")]

    outcome = run_preflight((first, second), report=lambda item: order.append(item.key))
    assert order == ["first ran", "camera.good", "light.bad", "second ran", "output.good"]
    assert [item.key for item in outcome.problems] == ["light.bad"] and not outcome.cancelled


def test_a_check_that_raises_is_said_and_the_next_runs() -> None:
    def broken(_context: PreflightContext) -> Iterable[PreflightItem]:
        raise RuntimeError("PortAudio is missing")

    broken.check = "output"  # type: ignore[attr-defined]
    outcome = run_preflight((broken, lambda _c: [_item("camera")]), report=lambda _item: None)
    assert outcome.items[0] == PreflightItem("output", "output.failed",
                                             "This check could not run: PortAudio is missing.", False)
    assert outcome.items[1].key == "camera.good"


def test_cancel_stops_between_checks_and_drops_a_late_result() -> None:
    cancelled = [False]
    reported: list[Any] = []

    def measuring(_context: PreflightContext) -> Iterable[PreflightItem]:
        cancelled[0] = True  # the trainee pressed Escape while this check was measuring
        return [_item("microphone")]

    def never(_context: PreflightContext) -> Iterable[PreflightItem]:
        raise AssertionError("a check after the cancel ran")

    outcome = run_preflight((measuring, never), report=reported.append,
                            context=PreflightContext(cancelled=lambda: cancelled[0]))
    assert outcome.cancelled and outcome.items == [] and reported == []
