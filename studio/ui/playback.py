"""Where recordings play: the Qt audio output on the sound output chosen in Settings.

The app's voice and earcons play through PortAudio (``studio.services.audio_out``); recordings, voice notes and
the review video play through QtMultimedia, which names devices its own way. The chosen output is found among Qt's
devices by name (:func:`studio.services.audio_out.matching_output`); when Qt has no device of that name the system
default plays, as it would for the voice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaDevices

from studio.services.audio_out import matching_output


def chosen_qt_output(name: str) -> QAudioDevice | None:
    """Qt's device for the sound output chosen by ``name`` ("" = the system default); None for the default."""
    if not name:
        return None
    devices = QMediaDevices.audioOutputs()
    index = matching_output(name, [device.description() for device in devices])
    return devices[index] if index is not None else None


def audio_output(name: str, parent: QObject) -> QAudioOutput:
    """A QAudioOutput on the output chosen by ``name``, else on the system default."""
    device = chosen_qt_output(name)
    return QAudioOutput(device, parent) if device is not None else QAudioOutput(parent)
