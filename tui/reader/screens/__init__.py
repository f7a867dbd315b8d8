"""The reading room's screens: the reader and its modal views."""
