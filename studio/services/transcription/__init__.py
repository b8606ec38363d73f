"""Local speech recognition: model resolution, file transcription and live transcription.

Importing this package is light (numpy, no faster-whisper): the model library is imported only
when a model is loaded. See ``docs/design/transcription.md``.
"""

from __future__ import annotations

from studio.services.transcription.live import LiveStats, LiveTranscriber, LiveTranscriptionError
from studio.services.transcription.models import ModelNotAvailableError, ResolvedModel, model_status, resolve_model
from studio.services.transcription.transcriber import (
    MediaError,
    Transcriber,
    TranscriptionResult,
    decode_media,
    transcribe_file,
)

__all__ = [
    "LiveStats",
    "LiveTranscriber",
    "LiveTranscriptionError",
    "MediaError",
    "ModelNotAvailableError",
    "ResolvedModel",
    "Transcriber",
    "TranscriptionResult",
    "decode_media",
    "model_status",
    "resolve_model",
    "transcribe_file",
]
