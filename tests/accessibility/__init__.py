"""Accessibility tests over AT-SPI (Xvfb, Orca) and of the conformance kit."""
