"""``python -m summarize`` is the ``unspin`` command."""

from summarize.cli import main

if __name__ == "__main__":
    main()
