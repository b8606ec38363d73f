"""The trainee's whole rehearsal, end to end, on the real app with real devices and a real screen reader (issue 7).

Inside a private X display + AT-SPI bus (accessibility/session.py) and a private PulseAudio server whose virtual
microphone hears what ``paplay`` plays (tests/support/pulse.py), the real app is started as a subprocess
(``python -m studio --speech-to DIR``: its voice and earcons go to numbered WAVs + ``speech-log.jsonl``).
The camera is a generated video file named in the ``devices.camera`` setting, opened by the app's normal OpenCV
path. Orca runs with speech off and logs what it would say. Only key presses drive the app (xdotool):

    F5 (spoken 3-2-1 countdown) → recording → [real speech + a planted banned claim is played into the mic]
    → F5 (stop) → summary spoken → feedback list filled → Tab … (until AT-SPI reports the focus in the feedback
    list) → Down … (walk every item)
    → Ctrl+Q (quit)

The app's state is read over AT-SPI by ``atspi_state.py`` (Debian's Python; pyatspi in-process with Qt deadlocks).
Checked afterwards: the session in the real SQLite store is ANALYSED and its MP4 decodes (PyAV) with audio and video;
the transcript's WER against the played speech; a CLAIM finding within ±1.5 s of where one of the planted claims
starts (the recording's start offset is measured by cross-correlating the MP4's audio with the played file); the
summary is in the speech log with a non-silent WAV; Orca said every feedback item as the keys walked the list.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from tests.support.camera import make_flash_video
from tests.support.pulse import PulseSession, pulse_available

pytestmark = [pytest.mark.slow, pytest.mark.display, pytest.mark.audio]

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "accessibility"))
from orca_run import parse_speech  # noqa: E402  (accessibility/ is a folder of scripts, not a package)
from session import A11ySession  # noqa: E402

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_state.py")
APP_TITLE = "Rehearsal Studio"
RATE = 16000
LEAD_SILENCE = 1.0  # seconds of silence before the speech in the played file
GAP = 1.0  # between the real speech and the claim
# Said by espeak-ng (no real recording of a claim exists in the shared data). "This cream cures acne in three days"
# came out of tiny.en as "This is your McLean Free Maze" and of base as "This cream cure magnet free base"; these
# sentences were transcribed word for word by both at 130 and 150 words a minute. Each starts with its banned words,
# so a finding's start is its sentence's start ("This cream gives guaranteed results" put the finding 1.2 s late).
# Two claims, each timed on its own: live on CI, base twice heard the first as "Guaranteed Reynolds" (once the
# second one too, which then was the only finding, 1.7 s after the first's start). The test asks that a claim
# is found at the start of one of them: recognising espeak's voice is not what it tests.
CLAIMS = ("Guaranteed results.", "One hundred percent guaranteed.")
CLAIM_GAP = 0.6  # seconds of silence between the two claims
SPEECH_REFERENCE = ("And so my fellow Americans, ask not what your country can do for you, ask what you can do "
                    "for your country.")
WER_BOUND = 0.25  # base (the default model), live, one synthetic sentence; measured values are printed
CLAIM_TOLERANCE = 1.5
# show_findings' closing message ("1 piece of feedback."), not the welcome guide's "the next piece of feedback."
FEEDBACK_SAID = re.compile(r"\b\d+ pieces? of feedback\.|No feedback yet\.")
SETTLE = 0.8  # seconds after each key in the feedback walk, for Orca to speak it


# ---------------------------------------------------------------------------- helpers


def _missing_tools() -> str | None:
    for tool in ("Xvfb", "xdotool", "dbus-daemon", "orca", "espeak-ng"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not pulse_available():
        return "PulseAudio is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for /usr/bin/python3"
    return None


@dataclass
class Played:
    """The file played into the microphone and where things are in it (seconds from its start)."""

    path: Path
    samples: np.ndarray
    claim_at: tuple[float, ...]  # where each planted claim starts
    reference: str


def build_played_audio(speech_dir: Path, folder: Path) -> Played:
    """Real speech (JFK), then banned-claim sentences said by espeak-ng at known times, 16 kHz mono."""
    from studio.services.audio_out import resample_linear

    speech, rate = sf.read(speech_dir / "jfk.flac", dtype="float32", always_2d=True)
    speech = resample_linear(speech.mean(axis=1), rate, RATE)
    parts = [np.zeros(round(LEAD_SILENCE * RATE), dtype=np.float32), speech,
             np.zeros(round(GAP * RATE), dtype=np.float32)]
    claim_at = []
    for number, sentence in enumerate(CLAIMS):
        wav = folder / f"claim-{number}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "140", "-w", str(wav), sentence], check=True,
                       capture_output=True, timeout=30)
        claim, claim_rate = sf.read(wav, dtype="float32", always_2d=True)
        claim = resample_linear(claim.mean(axis=1), claim_rate, RATE)
        claim = 0.8 * claim / max(1e-6, float(np.abs(claim).max()))
        claim = claim[int(np.flatnonzero(np.abs(claim) > 0.05)[0]):]  # espeak starts with a little silence
        if number:
            parts.append(np.zeros(round(CLAIM_GAP * RATE), dtype=np.float32))
        claim_at.append(sum(len(part) for part in parts) / RATE)
        parts.append(claim)
    parts.append(np.zeros(round(1.5 * RATE), dtype=np.float32))
    samples = np.concatenate(parts).astype(np.float32)
    path = folder / "played.wav"
    sf.write(path, samples, RATE, subtype="PCM_16")
    return Played(path, samples, tuple(claim_at), " ".join((SPEECH_REFERENCE, *CLAIMS)))


def normalise(text: str) -> str:
    words = re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ").replace("%", " percent")).split()
    numbers = {"3": "three", "1": "one", "2": "two", "100": "one hundred"}
    return " ".join(numbers.get(w, w) for w in words)


def word_error_rate(reference: str, hypothesis: str) -> float:
    import jiwer

    return float(jiwer.wer(normalise(reference), normalise(hypothesis)))


def decode_audio(mp4: Path) -> tuple[np.ndarray, int, int]:
    """The MP4's audio as 16 kHz mono, with the number of audio and video streams."""
    import av

    with av.open(str(mp4)) as container:
        n_audio, n_video = len(container.streams.audio), len(container.streams.video)
        frames = 0
        for _frame in container.decode(video=0):
            frames += 1
            if frames >= 10:  # the video decodes; the whole stream is not needed
                break
        assert frames >= 10, f"the MP4's video stream decoded only {frames} frames"
    with av.open(str(mp4)) as container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        chunks = []
        for frame in container.decode(audio=0):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1))
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray().reshape(-1))
    return (np.concatenate(chunks) if chunks else np.zeros(0, np.float32)), n_audio, n_video


def played_offset(recorded: np.ndarray, played: np.ndarray) -> tuple[float, float]:
    """Where the played file starts in the recording (seconds) by FFT cross-correlation, and the peak's sharpness."""
    size = 1 << int(np.ceil(np.log2(len(recorded) + len(played))))
    spectrum = np.fft.rfft(recorded, size) * np.conj(np.fft.rfft(played, size))
    corr = np.fft.irfft(spectrum, size)[: len(recorded)]
    lag = int(np.argmax(corr))
    sharpness = float(corr[lag] / (np.std(corr) + 1e-12))
    return lag / RATE, sharpness


def rms(path: Path) -> float:
    data, _rate = sf.read(path, dtype="float32", always_2d=True)
    return float(np.sqrt(np.mean(np.square(data)))) if data.size else 0.0


@dataclass
class Timings:
    marks: dict[str, float] = field(default_factory=dict)
    origin: float = field(default_factory=time.monotonic)

    def mark(self, name: str) -> None:
        self.marks[name] = time.monotonic() - self.origin

    def report(self) -> str:
        return ", ".join(f"{name} {at:.1f} s" for name, at in self.marks.items())


class Driver:
    """Keys into the app and looks at it over AT-SPI, inside one A11ySession."""

    def __init__(self, session: A11ySession, tmp: Path) -> None:
        self.session = session
        self.tmp = tmp
        self.orca: subprocess.Popen[bytes] | None = None
        self.orca_log = tmp / "orca-debug.out"
        self.orca_runs = 0
        self.orca_deaths: list[int | None] = []  # exit statuses of Orca runs that ended before they were stopped

    def key(self, *keys: str, settle: float = 0.3) -> None:
        for key in keys:
            self.session.xdotool("key", "--clearmodifiers", key)
            time.sleep(settle)

    def state(self, timeout: float = 10.0) -> dict[str, Any]:
        out = subprocess.run([SYSTEM_PYTHON, str(PROBE), str(timeout)], capture_output=True, text=True,
                             env=self.session.env, timeout=timeout + 30)
        assert out.returncode == 0, out.stderr
        return dict(json.loads(out.stdout))

    def wait_for(self, check: Any, what: str, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        state: dict[str, Any] = {}
        while time.monotonic() < deadline:
            state = self.state()
            if state.get("found") and check(state):
                return state
            time.sleep(0.3)
        raise AssertionError(f"timed out waiting for {what}; last AT-SPI state: {state}")

    def start_orca(self) -> None:
        self.orca_runs += 1
        prefs = self.tmp / f"orca-prefs-{self.orca_runs}"
        prefs.mkdir()
        self.orca_log = self.tmp / f"orca-debug-{self.orca_runs}.out"
        self.orca = self.session.popen(["orca", "--replace", "-d", "speech", "-d", "braille", "-u", str(prefs),
                                        "--debug-file", str(self.orca_log)],
                                       log=self.tmp / f"orca-stdout-{self.orca_runs}.log")
        time.sleep(3.0)  # Orca registers its listeners before anything it must hear happens

    def stop_orca(self) -> list[str]:
        """Stop Orca (it writes its buffered debug log as it exits) and return what it would have said."""
        assert self.orca is not None
        alive = self.orca.poll() is None
        self.orca.terminate()
        try:
            self.orca.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.orca.kill()
            self.orca.wait(timeout=5)
        if not alive:  # the retry starts a new one; the message says so if both fail
            self.orca_deaths.append(self.orca.returncode)
        text = self.orca_log.read_text(encoding="utf-8", errors="replace") if self.orca_log.exists() else ""
        return list(parse_speech(text))

    def walk_feedback(self, count: int) -> int:
        """Tab until AT-SPI reports the focus in the feedback list, then Down to each next item; returns the Tabs.

        (F3 is not used: right after a rehearsal it skips the first item, which show_findings already made current.)
        """
        self.session.focus_window(APP_TITLE)
        time.sleep(SETTLE)
        tabs = 0
        while "list_feedback" not in (focused := self.state()["focused"]):
            assert tabs < 12, f"Tab never reached the feedback list; AT-SPI says the focus is on {focused}"
            self.key("Tab", settle=SETTLE)
            tabs += 1
        for _ in range(count - 1):
            self.key("Down", settle=SETTLE)
        time.sleep(1.0)
        return tabs


def first_missing(items: list[str], said: list[str]) -> str | None:
    """The first feedback item Orca did not say, in order (None when it said them all)."""
    position = 0
    for item in items:
        wanted = item.rstrip(".")
        found = next((i for i in range(position, len(said)) if wanted in said[i]), None)
        if found is None:
            return item
        position = found + 1
    return None


@pytest.fixture
def tools() -> Iterator[None]:
    problem = _missing_tools()
    if problem:
        pytest.skip(problem)
    yield


# ---------------------------------------------------------------------------- the test


def test_trainee_rehearses_by_keyboard_and_hears_every_result(tools: None, speech_dir: Path,
                                                               tmp_path: Path) -> None:
    """F5, speak (real speech + a planted claim), F5: the session is saved and analysed, the transcript matches, the
    claim is found at the right moment, the summary is spoken, and Orca reads every feedback item as keys walk it."""
    from studio.core.model import FindingKind, SessionState
    from studio.services.settings import Settings
    from studio.services.store import SessionStore

    times = Timings()
    played = build_played_audio(speech_dir, tmp_path)
    camera = make_flash_video(tmp_path / "camera.avi", seconds=90, fps=15, size=(320, 240))
    settings = Settings()  # the test's isolated config folder (tests/conftest.py), read by the app at start
    settings.update({"devices.camera": str(camera), "transcription.model": "base", "ui.language": "en",
                     "analysis.market": "en-US", "speech.feedback_language": "en"})
    speech_out = tmp_path / "speech"
    app_log = tmp_path / "app.log"
    times.mark("prepared")

    with PulseSession() as pulse, A11ySession() as session:
        driver = Driver(session, tmp_path)
        app = session.popen([sys.executable, "-m", "studio", "--speech-to", str(speech_out)], log=app_log,
                            extra_env=pulse.variables())
        session.focus_window(APP_TITLE, timeout=60)
        idle = driver.wait_for(lambda s: "Start" in s["record"], "the app's Start button", 60)
        times.mark("app up")

        driver.key("F5")  # the spoken countdown, then the recording
        driver.wait_for(lambda s: "Stop" in s["record"], "the recording to start", 60)
        times.mark("recording")
        player = pulse.play(played.path, latency_msec=300)
        player.wait(timeout=60)
        time.sleep(1.0)
        driver.key("F5")  # stop: summary, then the feedback list
        times.mark("stop pressed")
        done = driver.wait_for(lambda s: "Start" in s["record"] and FEEDBACK_SAID.search(s["messages"]),
                               "the feedback list", 120)
        times.mark("feedback shown")
        items: list[str] = done["feedback"]

        missing: str | None = "not walked"
        said: list[str] = []
        # Orca starts now, not before the app: one Orca run died (no message) on a level-meter update during the
        # recording; started here it meets the running app like a user who turns the screen reader on.
        for _attempt in range(2):  # one retry: on two shared cores a key can overtake Orca's speech
            driver.start_orca()
            tabs = driver.walk_feedback(len(items))
            said = driver.stop_orca()
            missing = first_missing(items, said)
            if missing is None:
                break
        times.mark("feedback walked")

        session.focus_window(APP_TITLE)
        driver.key("ctrl+q")
        try:
            app.wait(timeout=60)
        except subprocess.TimeoutExpired:
            app.terminate()
            app.wait(timeout=10)
        times.mark("app closed")

    log_text = app_log.read_text(errors="replace")
    assert idle["found"], log_text
    assert missing is None, (f"Orca never said the feedback item {missing!r} (Orca runs that died early: "
                             f"{driver.orca_deaths}); it said:\n" + "\n".join(said))

    # the recording was saved and analysed, in the real store
    store = SessionStore(Settings().database_path())
    try:
        sessions = store.list_sessions()
        assert len(sessions) == 1, sessions
        saved = sessions[0]
        assert saved.state is SessionState.ANALYSED, (saved.state, log_text[-3000:])
        mp4 = store.session_dir(saved.id) / (saved.media.final or "recording.mp4")
        transcript = store.load_transcript(saved.id)
        report = store.load_report(saved.id)
    finally:
        store.close()
    assert mp4.is_file(), f"no recording at {mp4}"
    recorded, n_audio, n_video = decode_audio(mp4)
    assert n_audio == 1 and n_video == 1, (n_audio, n_video)

    # the transcript matches what was played
    assert transcript is not None and report is not None
    wer = word_error_rate(played.reference, transcript.text)
    assert wer <= WER_BOUND, f"WER {wer:.3f}: {transcript.text!r}"

    # the planted claim is found where it was said
    offset, sharpness = played_offset(recorded, played.samples)
    assert sharpness > 8, f"the played file was not found in the recording (peak {sharpness:.1f} σ)"
    expected = [offset + at for at in played.claim_at]
    claims = [f for f in report.findings if f.kind is FindingKind.CLAIM]
    heard = f"transcript: {transcript.text!r}; words: {[(w.text, w.start) for w in transcript.words][-14:]}"
    assert claims, f"no CLAIM finding; findings: {report.findings}; {heard}; app log:\n{log_text[-4000:]}"
    error, nearest, planted = min(((abs(f.start - at), f, at) for f in claims for at in expected), key=lambda t: t[0])
    assert error <= CLAIM_TOLERANCE, (f"no claim found where one was said ({[round(at, 2) for at in expected]} s); "
                                      f"claims at {[f.start for f in claims]} s; {heard}")
    from studio.ui.main_window import finding_item_text

    total = len(report.findings)
    assert items == [finding_item_text(f, i, total, "en") for i, f in enumerate(report.findings, start=1)]

    # the spoken summary: in the speech log, with a non-silent WAV
    entries = [json.loads(line) for line in (speech_out / "speech-log.jsonl").read_text().splitlines() if line]
    summary = [e for e in entries if e["kind"] == "speech" and e["text"] == report.summary]
    assert summary, f"the summary {report.summary!r} was not spoken; spoken: {[e['text'] for e in entries]}"
    loudness = rms(speech_out / summary[0]["file"])
    assert loudness > 0.01, f"the summary's WAV is silent (RMS {loudness:.4f})"

    print(f"\ne2e: {times.report()}")
    print(f"e2e: WER {wer:.3f}; transcript {transcript.text!r}")
    print(f"e2e: played file starts {offset:.2f} s into the recording (peak {sharpness:.0f} σ); claims said at "
          f"{', '.join(f'{at:.2f}' for at in expected)} s, found at {', '.join(f'{f.start:.2f}' for f in claims)} s "
          f"(nearest error {nearest.start - planted:+.2f} s)")
    print(f"e2e: summary {report.summary!r} (RMS {loudness:.3f}); {len(items)} feedback items read by Orca "
          f"after {driver.orca_runs} Orca run(s), {tabs} Tab(s) to reach the list")
