"""unspin's tests: the tui room (see tests/test_architecture.py for the layout rules)."""
