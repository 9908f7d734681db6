"""Times pyxc's fused kernels (one body over cython.floating) against the same kernels written
for one type, and against hand-written C for float32 and for float64 (and, with --cython,
Cython's fused build).

Builds bench/pyx/bfu.pyx with pyxc (and Cython with --cython) and bench/handc/handfloat.c with the
same gcc flags. A fused kernel is called as users call it, through its dispatcher (which picks the
specialization from the array's dtype); the one-type kernels and the hand-written C are called
directly. Every result is checked first against the hand-written C of its type (exact: the data
are small multiples of 1/4, exact in float32 too), so the benchmark cannot time a wrong kernel.
Each figure is the best of several repeats; each ratio is against the hand-written C of the same
type measured in this run.

Run through bench/fused (see docs/performance.md).
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import table  # noqa: E402
from kernels import OUT, ROOT, best_seconds, build_cython, build_pyxc, gcc, load, run  # noqa: E402

KERNELS = ("total", "dot", "saxpy")


def calls(np, n):
    """(kernel, dtype name) -> (arguments for it, a fresh-output maker or None)."""
    out = {}
    for dtype in (np.float32, np.float64):
        x = (np.arange(n) % 1000 / 4).astype(dtype)
        y = (np.arange(n) % 7 / 4).astype(dtype)
        name = dtype.__name__
        out[("total", name)] = (lambda x=x: (x,), None)
        out[("dot", name)] = (lambda x=x, y=y: (x, y), None)
        out[("saxpy", name)] = (lambda x=x, y=y: (x, y.copy(), 0.5), 1)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cython", help="a Cython to compare with: a checkout's cython.py, or a command such as cython3")
    ap.add_argument("--n", default="1e6", help="array length (default 1e6)")
    ap.add_argument("--repeat", type=int, default=7, help="measurements per figure; the best is kept (default 7)")
    ap.add_argument("--min-time", type=float, default=0.1, help="seconds per measurement (default 0.1)")
    ap.add_argument("--quick", action="store_true", help="a small size and few repeats: checks that everything builds and agrees")
    args = ap.parse_args()
    if args.quick:
        args.n, args.repeat, args.min_time = "1e4", 2, 0.005
    import numpy as np

    os.makedirs(OUT, exist_ok=True)
    print("building ...", file=sys.stderr)
    hand = load("handfloat", gcc(os.path.join(ROOT, "bench", "handc", "handfloat.c"), "handfloat"))
    pyxc = build_pyxc("bfu_pyxc", None, "bfu.pyx")
    cython = build_cython(args.cython, "bfu_cython", None, "bfu.pyx") if args.cython else None
    n = int(float(args.n))
    print("each figure: best of %d measurements of >= %.2f s; ratios against the hand-written C of the same type\n"
          % (args.repeat, args.min_time))
    rows = []
    for (kernel, dtype), (make, writes) in calls(np, n).items():
        suffix = "_f" if dtype == "float32" else "_d"
        builds = {"hand C": getattr(hand, kernel + suffix), "pyxc fused": getattr(pyxc, kernel),
                  "pyxc one type": getattr(pyxc, kernel + suffix)}
        if cython:
            builds["Cython fused"] = getattr(cython, kernel)
        results = {}
        for label, f in builds.items():
            a = make()
            r = f(*a)
            results[label] = a[writes].tolist() if writes is not None else r
        if any(v != results["hand C"] for v in results.values()):
            sys.exit("%s on %s: the builds disagree: %r" % (kernel, dtype, {k: str(v)[:60] for k, v in results.items()}))
        times = {}
        for label, f in builds.items():
            a = make()
            times[label] = best_seconds(lambda: f(*a), args.repeat, args.min_time)
        base = times["hand C"]
        rows.append([kernel, dtype, "%.3f ms" % (base * 1e3)] + ["%.2fx" % (times[l] / base) for l in list(builds)[1:]])
    print("fused kernels on %s items (hand C time, then time relative to it)" % format(n, ","))
    table(["kernel", "dtype", "hand C", "pyxc fused", "pyxc one type"] + (["Cython fused"] if cython else []), rows)


if __name__ == "__main__":
    main()
