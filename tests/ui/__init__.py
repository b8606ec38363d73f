"""Offscreen widget tests of the Qt interface."""
