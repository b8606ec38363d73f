"""Recording: devices, the recorder, crash-safe files and recovery, and the pre-flight checks.

Import the submodules you need (``studio.services.capture.recorder`` etc.); this package imports
nothing heavy itself.
"""
