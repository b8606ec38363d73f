"""Services: storage, settings, transcription, capture, speech. They touch files, devices and models, never widgets."""
