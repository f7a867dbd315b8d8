"""A worker process of the perspective stage, for long texts (see ``annotate``).

Reads one pickled task on stdin, analyses that run of sentences, and writes the
answer on stdout, each sentence's part pickled (and freed) as it is made.
Started by :class:`summarize.perspective._Worker` only.
"""

from __future__ import annotations

import os
import pickle
import sys


def main() -> int:
    from summarize.gcpause import paused
    from summarize.perspective import _annotate_run, warm

    with paused():
        warm()  # while the parent segments the text (see prestart) or sends the run
        task = pickle.load(sys.stdin.buffer)
        answer = _annotate_run(*task)
        del task
        for part in answer:
            pickle.dump(part, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    code = main()
    # Straight out: the answer is written and flushed, and tearing down the interpreter's
    # objects one by one (the lexicon, the models) would only keep the parent waiting.
    os._exit(code)
