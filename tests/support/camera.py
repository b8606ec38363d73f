"""Camera stand-ins for capture tests: a paced video with known white flashes, and a local MJPEG stream.

The machine has no webcam, so tests open the very same ``cv2.VideoCapture`` code path on
(a) a generated video file, paced to its frame rate by the recorder's file camera, whose frames
are pure white at known frame numbers, and (b) a live MJPEG stream served by ffmpeg on
127.0.0.1 (``-listen 1``), which arrives paced like a real camera.

Matching chirps (short 1 kHz tone bursts at the flash times) are written as a WAV file to be
played into the virtual microphone, so the final MP4's A/V offset can be measured at each marker.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import soundfile as sf


def ffmpeg_exe() -> str:
    """The system ffmpeg, or the static one that imageio-ffmpeg ships."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def make_flash_video(
    path: Path,
    *,
    seconds: float,
    fps: int = 30,
    size: tuple[int, int] = (640, 480),
    flash_frames: Sequence[int] = (),
) -> Path:
    """Write a moving test pattern whose frames ``flash_frames`` are pure white (MJPEG in AVI: fast to decode)."""
    width, height = size
    total = round(seconds * fps)
    boxes = ",".join(
        f"drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='eq(n\\,{n})'" for n in flash_frames
    )
    chain = f"testsrc2=size={width}x{height}:rate={fps},format=yuvj420p"
    if boxes:
        chain += "," + boxes
    subprocess.run(
        [
            ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", chain,
            "-frames:v", str(total), "-c:v", "mjpeg", "-q:v", "5", str(path),
        ],
        check=True,
    )
    return path


def make_chirp_wav(path: Path, *, seconds: float, times: Sequence[float], rate: int = 48000,
                   tone_hz: float = 1000.0, length: float = 0.03) -> Path:
    """Write silence with a short tone burst starting exactly at each of ``times`` (seconds)."""
    audio = np.zeros(round(seconds * rate), dtype=np.float32)
    burst_n = round(length * rate)
    burst = (0.5 * np.sin(2 * np.pi * tone_hz * np.arange(burst_n) / rate)).astype(np.float32)
    for moment in times:
        start = round(moment * rate)
        audio[start:start + burst_n] = burst[: max(0, len(audio) - start)]
    sf.write(path, audio, rate, subtype="PCM_16")
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve_mjpeg(*, size: tuple[int, int] = (640, 480), fps: int = 30, seconds: float = 60.0) -> Iterator[str]:
    """Serve a live paced MJPEG stream on 127.0.0.1 for one client; yields its URL.

    ffmpeg's ``-listen 1`` accepts a single connection, then exits when the client leaves.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}/cam.mjpg"
    width, height = size
    proc = subprocess.Popen(
        [
            ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-re", "-f", "lavfi",
            "-i", f"testsrc2=size={width}x{height}:rate={fps}", "-t", str(seconds),
            "-c:v", "mjpeg", "-q:v", "5", "-f", "mpjpeg", "-listen", "1", url,
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not _listening(port):
            time.sleep(0.02)  # connecting to test would use up ffmpeg's single listen
        yield url
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def _listening(port: int) -> bool:
    """True when something listens on 127.0.0.1:port (read from /proc so no connection is made)."""
    wanted = f":{port:04X}"
    try:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except OSError:
        time.sleep(0.3)
        return True
    return any(line.split()[1].endswith(wanted) and line.split()[3] == "0A" for line in lines)


def flash_times(path: Path, threshold: float = 200.0) -> list[float]:
    """Presentation times (s, from the first frame) of the frames that start a white flash in a video."""
    import av

    times: list[float] = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        first: float | None = None
        was_bright = False
        for frame in container.decode(stream):
            t = float(frame.pts * stream.time_base) if frame.pts is not None else 0.0
            first = t if first is None else first
            luma = frame.to_ndarray(format="gray")
            bright = float(luma.mean()) > threshold
            if bright and not was_bright:
                times.append(t - first)
            was_bright = bright
    return times


def chirp_times(path: Path, *, min_gap: float = 0.5, threshold: float = 0.1,
                highpass_hz: float | None = None) -> list[float]:
    """Times (s, relative to the video stream's start) where tone bursts start in a file's audio.

    ``highpass_hz`` first removes everything below that frequency, so high chirps (e.g. 12 kHz) can be
    found under speech recorded at 16 kHz, which has nothing above 8 kHz.
    """
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = int(stream.rate)
        start = 0.0
        chunks = []
        for frame in container.decode(stream):
            if not chunks and frame.pts is not None:
                start = float(frame.pts * stream.time_base)
            chunks.append(frame.to_ndarray().reshape(-1, frame.samples).mean(axis=0))
        vstreams = container.streams.video
        vstart = float(vstreams[0].start_time * vstreams[0].time_base) if vstreams and \
            vstreams[0].start_time is not None else 0.0
    audio = np.concatenate(chunks) if chunks else np.zeros(0)
    if highpass_hz is not None and audio.size:
        spectrum = np.fft.rfft(audio)
        spectrum[np.fft.rfftfreq(audio.size, 1 / rate) < highpass_hz] = 0
        audio = np.fft.irfft(spectrum, audio.size)
    loud = np.flatnonzero(np.abs(audio) > threshold)
    onsets: list[float] = []
    for index in loud:
        moment = index / rate
        if not onsets or moment - onsets[-1] > min_gap:
            onsets.append(moment)
    return [start - vstart + t for t in onsets]
