"""unspin's tests: the engine room (see tests/test_architecture.py for the layout rules)."""
