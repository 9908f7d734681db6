"""What bench/kernels.py and bench/translate.py share: paths, gcc flags, Cython commands, tables."""

import os
import shlex
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# pyxc build's flags (compiler/src/main/java/dev/pyxc/build/Gcc.java), used for every build measured.
CFLAGS = ["-O2", "-g0", "-fPIC", "-shared", "-fwrapv", "-fno-strict-aliasing", "-w"]


def cython_command(spec):
    """A checkout's cython.py runs with this Python; anything else is a command line."""
    return [sys.executable, spec] if spec.endswith(".py") else shlex.split(spec)


def table(headers, rows):
    """Prints rows under headers: the first column left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]

    def line(r):
        return "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths)))

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))
    print()
