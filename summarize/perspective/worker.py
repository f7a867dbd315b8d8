"""A worker process of the perspective stage, for long texts (see ``annotate``).

Reads one pickled task on stdin, analyses that run of sentences, and writes the
answer on stdout as it is made: its parts (one a sentence, then None, then the final
speaker state) pickled in lists of :data:`BATCH` and freed. One pickle for many parts
writes the strings they share (feature names, cue types, reasons) once: the answer is
half the size and this process reads it back in half the time (docs/BENCHMARKS.md).
Started by :class:`summarize.perspective._Worker` only.
"""

from __future__ import annotations

import os
import pickle
import sys

#: Parts of the answer pickled together.
BATCH = 128


def main() -> int:
    from summarize.gcpause import paused
    from summarize.perspective import _annotate_run, warm

    with paused():
        warm()  # while the parent segments the text (see prestart) or sends the run
        task = pickle.load(sys.stdin.buffer)
        answer = _annotate_run(*task)
        del task
        batch: list[object] = []
        for part in answer:
            batch.append(part)
            if len(batch) == BATCH:
                pickle.dump(batch, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
                batch = []
        pickle.dump(batch, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    code = main()
    # Straight out: the answer is written and flushed, and tearing down the interpreter's
    # objects one by one (the lexicon, the models) would only keep the parent waiting.
    os._exit(code)
