"""unspin's tests: the apps room (see tests/test_architecture.py for the layout rules)."""
