"""Benchmark: a real-time 720p30 capture (default 120 s) with live transcription running alongside.

Camera: the OpenCV file camera on a generated 720p test video, paced to 30 fps, with white flashes
at known frames. Microphone: a private PulseAudio server whose virtual mic hears real speech
(shared/data/speech/joined-70s-five-pauses.wav, looped) plus 12 kHz chirps at the flash times
(speech at 16 kHz has nothing above 8 kHz, so the chirps are found under it).

Prints: frames, duplicates, drops, audio blocks and glitches, samples missing against the clock,
A/V offset at the first and last marker (the drift), the recorder's own drift estimate, and CPU
per component (python threads from /proc/self/task/*/stat, the ffmpeg child from /proc/PID/stat).

    .venv/bin/python benchmarks/bench_capture.py [--seconds 120] [--no-live] [--size 1280x720]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402

from studio.services.capture.audio import Microphone  # noqa: E402
from studio.services.capture.camera import open_camera  # noqa: E402
from studio.services.capture.encoder import probe  # noqa: E402
from studio.services.capture.recorder import Recorder  # noqa: E402
from tests.support.camera import chirp_times, flash_times, make_chirp_wav, make_flash_video  # noqa: E402
from tests.support.pulse import PulseSession  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(stat_path: Path) -> float:
    """utime + stime of a process or thread, in seconds (fields 14 and 15 of /proc/.../stat)."""
    try:
        text = stat_path.read_text()
    except OSError:
        return 0.0
    fields = text[text.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def _peak_rss_mb(pid: int | str = "self") -> float:
    """Peak resident memory (VmHWM) of a process, in MB; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _thread_cpu() -> dict[str, float]:
    """CPU seconds per Python thread (by name), and the rest of the process as 'other threads'."""
    named = {}
    for thread in threading.enumerate():
        if thread.native_id is not None:
            named[thread.native_id] = thread.name
    result: dict[str, float] = {}
    total = _cpu_seconds(Path("/proc/self/stat"))
    for task in Path("/proc/self/task").iterdir():
        name = named.get(int(task.name))
        if name is None:
            continue
        result[name] = result.get(name, 0.0) + _cpu_seconds(task / "stat")
    result["other threads (CTranslate2, PortAudio, main)"] = total - sum(result.values())
    result["python total"] = total
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--no-live", action="store_true", help="do not run the live transcriber")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    fps, seconds = args.fps, args.seconds
    speech = ROOT.parent / "shared" / "data" / "speech" / "joined-70s-five-pauses.wav"
    if not speech.exists():
        speech = Path("/work/shared/data/speech/joined-70s-five-pauses.wav")

    with tempfile.TemporaryDirectory(prefix="bench-capture-") as tmp_name:
        tmp = Path(tmp_name)
        markers = [1.0, *np.arange(10.0, seconds - 2.0, 10.0).tolist(), seconds - 2.0]
        flash_frames = [round(t * fps) for t in markers]
        print(f"making a {seconds + 5:.0f} s {width}x{height} test video ...", flush=True)
        video = make_flash_video(tmp / "cam.avi", seconds=seconds + 5, fps=fps, size=(width, height),
                                 flash_frames=flash_frames)
        chirps = make_chirp_wav(tmp / "chirps.wav", seconds=seconds + 2, times=[n / fps for n in flash_frames],
                                tone_hz=12000.0, length=0.02)
        # Loop the speech to the length of the take.
        data, rate = sf.read(speech, dtype="float32")
        reps = int(np.ceil((seconds + 2) * rate / len(data)))
        sf.write(tmp / "speech.wav", np.tile(data, reps)[: int((seconds + 2) * rate)] * 0.7, rate,
                 subtype="PCM_16")

        with PulseSession() as pulse, pulse.activated():
            live = None
            if not args.no_live:
                try:
                    from studio.services.transcription.live import LiveTranscriber

                    live = LiveTranscriber(language="en")
                except Exception as exc:  # the transcription helper may not be there yet
                    print(f"live transcription not available ({exc}); recording without it")

            def on_event(kind: str, message: str) -> None:
                if kind == "video_started":
                    pulse.play(chirps, latency_msec=2000)  # a big buffer: no underruns to shift the markers
                    pulse.play(tmp / "speech.wav", latency_msec=2000)
                elif kind not in ("audio_started", "stopped"):
                    print(f"  event {kind}: {message}", flush=True)

            camera = open_camera(str(video))
            recorder = Recorder(tmp / "take", microphone=Microphone(), camera=camera, fps=fps,
                                size=(width, height), on_event=on_event, planned_seconds=seconds)
            if live is not None:
                recorder.add_audio_sink(live.feed)
            cpu0 = _thread_cpu()
            ffmpeg_cpu = 0.0
            wall0 = time.monotonic()
            recorder.start()
            print(f"recording {seconds:.0f} s ...", flush=True)
            recorder.wait(seconds)
            cpu1 = _thread_cpu()
            ffmpeg_rss = 0.0
            for pid in recorder.encoder_pids:
                ffmpeg_cpu += _cpu_seconds(Path(f"/proc/{pid}/stat"))
                ffmpeg_rss = max(ffmpeg_rss, _peak_rss_mb(pid))
            wall = time.monotonic() - wall0
            result = recorder.stop()
            transcript = live.finish() if live is not None else None

        assert result.output is not None
        info = probe(result.output)
        flashes = flash_times(result.output)
        beeps = chirp_times(result.output, highpass_hz=10000.0, threshold=0.05)
        pairs = []
        for f in flashes:
            near = [b for b in beeps if abs(b - f) < 0.3]
            if near:
                pairs.append((f, (near[0] - f) * 1000))

    clock = recorder._clock  # the audio clock: sample 0's time and the last callback's time
    elapsed = (clock.last_time or 0.0) - (clock.t0 or 0.0)
    expected_blocks = elapsed * clock.sample_rate / recorder.microphone.blocksize
    print()
    print(f"take: {seconds:.0f} s at {width}x{height} {fps} fps, live transcription: "
          f"{'on' if live is not None else 'off'}")
    print(f"frames {result.frames} (camera {result.camera_frames}, file {info.video_frames}), "
          f"duplicates {result.duplicates} ({100 * result.duplicates / max(1, result.frames):.2f} %), "
          f"drops {result.drops}")
    print(f"audio {result.audio_seconds:.2f} s in {result.audio_blocks} blocks; the clock says "
          f"{expected_blocks:.1f} blocks elapsed (lost ≈ {expected_blocks - result.audio_blocks:.1f}); "
          f"glitch-flagged blocks {result.audio_glitches}")
    print(f"audio lead trimmed {result.audio_lead_ms:.1f} ms; recorder drift estimate {result.drift_ms:.1f} ms")
    if pairs:
        offsets = [o for _, o in pairs]
        print(f"A/V offset at {len(pairs)} markers: first {offsets[0]:+.1f} ms, last {offsets[-1]:+.1f} ms, "
              f"min {min(offsets):+.1f}, max {max(offsets):+.1f}; drift first→last {offsets[-1] - offsets[0]:+.1f} ms "
              f"(one frame = {1000 / fps:.1f} ms)")
    else:
        print("A/V markers not found")
    print(f"CPU over {wall:.1f} s wall (percent of one core):")
    for name in sorted(cpu1):
        used = cpu1[name] - cpu0.get(name, 0.0)
        print(f"  {name:48s} {100 * used / wall:6.1f} %")
    print(f"  {'ffmpeg encoder (child process)':48s} {100 * ffmpeg_cpu / wall:6.1f} %")
    if transcript is not None and live is not None:
        stats = live.stats
        print(f"live transcript: {len(transcript.words)} words, {stats.chunks_decoded} chunks, decode "
              f"{stats.decode_seconds:.1f} s, max backlog {stats.max_backlog_seconds:.1f} s")
    python_rss = _peak_rss_mb()
    print(f"peak RSS: recorder + live transcription process {python_rss:.0f} MB, ffmpeg encoder {ffmpeg_rss:.0f} MB, "
          f"together {python_rss + ffmpeg_rss:.0f} MB (target 1 GB)")
    print("(timings are noisy: the 2-core machine is shared with other jobs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
