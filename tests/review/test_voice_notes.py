"""Voice notes: recorded from the microphone into a WAV in the session folder and stored as an anchored comment.

The unit tests feed blocks through a fake stream; the slow test records real speech through PulseAudio's virtual
microphone and the real PortAudio/sounddevice path.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shiboken6
import soundfile as sf
from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication

from studio.services.capture.audio import Microphone, MicrophoneError
from studio.ui.review.review_window import ReviewWindow, open_review
from studio.ui.review.voice_note import VoiceNoteRecorder
from tests.support.pulse import PulseSession, pulse_available

from .conftest import Library

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeStream:
    """Stands in for sounddevice.InputStream: calls the callback with a tone when started."""

    def __init__(self, *, callback: Any, samplerate: int, blocksize: int, fail: bool = False, **_: Any) -> None:
        self.callback, self.rate, self.blocksize, self.fail = callback, samplerate, blocksize, fail
        self.closed = False

    def start(self) -> None:
        if self.fail:
            raise RuntimeError("device unavailable")
        t = np.arange(self.blocksize) / self.rate
        for _ in range(10):
            self.callback((0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[:, None], self.blocksize, None, None)

    def stop(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def test_recorder_writes_what_the_callback_delivered_to_a_wav(qtbot: Any, tmp_path: Path) -> None:
    recorder = VoiceNoteRecorder(Microphone(sample_rate=16000, blocksize=160, stream_factory=FakeStream))
    recorder.start()
    path = recorder.stop(tmp_path / "notes" / "a.wav")
    data, rate = sf.read(path)
    assert rate == 16000 and len(data) == 1600
    assert np.abs(data).max() == pytest.approx(0.5, abs=0.01)


def test_a_microphone_that_fails_to_start_gives_a_readable_error(qtbot: Any, tmp_path: Path) -> None:
    def failing(**kwargs: Any) -> FakeStream:
        return FakeStream(fail=True, **kwargs)

    recorder = VoiceNoteRecorder(Microphone(stream_factory=failing, name="the test mic"))
    with pytest.raises(MicrophoneError, match="the test mic could not start"):
        recorder.start()
    assert not recorder.recording


@pytest.fixture
def review_with_mic(qtbot: Any, library: Library) -> Iterator[ReviewWindow]:
    window = open_review(library.store, library.media_session)
    qtbot.addWidget(window)
    yield window
    if shiboken6.isValid(window):
        window.close()
    QApplication.processEvents()


def test_voice_note_key_stores_a_comment_with_the_audio_path(
    qtbot: Any, library: Library, review_with_mic: ReviewWindow
) -> None:
    review = review_with_mic
    review._microphone = Microphone(sample_rate=16000, blocksize=160, stream_factory=FakeStream)
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow, timeout=3000)
    review.words_list.setFocus()
    qtbot.keyClick(review.words_list, Qt.Key.Key_M, CTRL_SHIFT)
    assert review.voice_button.text() == "Stop &voice note"
    qtbot.keyClick(review.words_list, Qt.Key.Key_M, CTRL_SHIFT)
    [comment] = library.store.list_comments(library.media_session)
    assert comment.audio_path.startswith("notes/") and comment.text == ""
    assert (library.store.session_dir(library.media_session) / comment.audio_path).is_file()
    assert review.comments_list.item(0).text() == "0:00, Instructor: voice note"


@pytest.mark.slow
@pytest.mark.audio
def test_real_microphone_voice_note_through_pulseaudio(
    qtbot: Any, library: Library, review_with_mic: ReviewWindow, speech_dir: Path
) -> None:
    """Real speech played into PulseAudio's virtual mic is recorded by sounddevice into the note, then played."""
    if not pulse_available():
        pytest.skip("PulseAudio is not installed")
    review = review_with_mic
    with PulseSession() as pulse, pulse.activated():
        review.comment_edit.setText("Listen to your tone here")
        review.toggle_voice_note()
        assert review.voice_button.text() == "Stop &voice note", review.log.toPlainText()
        player = pulse.play(speech_dir / "jfk.flac")
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and (review._voice is None or review._voice.seconds < 3.0):
            qtbot.wait(100)
        review.toggle_voice_note()
        player.terminate()
        [comment] = library.store.list_comments(library.media_session)
        data, rate = sf.read(library.store.session_dir(library.media_session) / comment.audio_path)
        assert rate == 48000 and len(data) >= 3 * rate
        assert float(np.sqrt(np.mean(np.square(data)))) > 0.01, "the note is silent: the speech did not arrive"
        assert comment.text == "Listen to your tone here"
        # Play the note while the sound server is still there (a player left on a dead server blocks in stop()).
        review.comments_list.setCurrentRow(0)
        review.play_note_button.click()
        loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia,
                  QMediaPlayer.MediaStatus.EndOfMedia)
        qtbot.waitUntil(lambda: review.note_player.mediaStatus() in loaded, timeout=5000)
        review.note_player.stop()
        review.note_player.setSource(QUrl())
