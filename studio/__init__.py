"""Rehearsal Studio: a private, accessible place to rehearse selling on livestreams."""

__version__ = "0.1.0"
APP_ID = "org.rehearsalstudio.Studio"
APP_NAME = "Rehearsal Studio"
