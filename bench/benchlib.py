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


def loop_args(doc, cython_required=True):
    """The options of a harness timing loops in compiled code against Cython (bench/classes, bench/functions, bench/modules)."""
    import argparse
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cython", required=cython_required, help="Cython to compare with: a checkout's cython.py or a command")
    ap.add_argument("--n", default="1e6", help="iterations per loop (default 1e6)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--min-time", type=float, default=0.2)
    ap.add_argument("--quick", action="store_true", help="tiny sizes: checks the harness runs")
    args = ap.parse_args()
    if args.quick:
        args.n, args.repeat, args.min_time = "1e3", 2, 0.005
    return args, int(float(args.n))


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
