"""``python -m summarize`` is the ``unspin`` command."""

from summarize.cli import console

if __name__ == "__main__":
    console()
