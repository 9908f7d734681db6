"""Times pyxc's prange kernels on 1 and 2 threads, and (with --cython) Cython's prange build.

Builds bench/pyx/bp.pyx with pyxc (which adds -fopenmp for a module with prange loops) and,
when --cython is given, with Cython, built with the same gcc flags plus -fopenmp as a Cython
user must add. Every kernel runs on the same arrays in the same process; each figure is the best
of several repeats. The speed-up is against the same build on one thread, measured in this run;
the Cython column is Cython's time on two threads over pyxc's. Results of every build and thread
count are checked against a sequential Python computation first (exact: the data are multiples
of 1/4 and small), so the benchmark cannot time a wrong kernel.

Run through bench/parallel (see docs/performance.md).
"""

import argparse
import array
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import table  # noqa: E402
from kernels import OUT, best_seconds, build_pyxc, cython_command, gcc, load, pyx_copy, run  # noqa: E402


def build_cython(cython, name):
    pyx = pyx_copy(name, "bp.pyx")
    c = os.path.join(OUT, name + ".c")
    run(cython_command(cython) + ["-3", "-o", c, pyx])
    import kernels
    flags = kernels.CFLAGS
    kernels.CFLAGS = flags + ["-fopenmp"]
    try:
        return load(name, gcc(c, name))
    finally:
        kernels.CFLAGS = flags


def data(n, m):
    x = array.array("d", [(i % 1000) / 4 for i in range(n)])
    y = array.array("d", [(i % 7) / 4 for i in range(n)])
    u = array.array("d", [((i * 7) % 13) / 4 for i in range(m * m)])
    return x, y, u


def cases(x, y, u, m):
    """name -> (call(module, threads), expected result of the call)."""
    n = len(x)
    out = array.array("d", bytes(8 * n))
    grid = memoryview(array.array("d", bytes(8 * m * m))).cast("B").cast("d", (m, m))
    umv = memoryview(u).cast("B").cast("d", (m, m))

    def saxpy(mod, nt):
        mod.saxpy(2.0, x, y, out, nt)
        return out[n // 2] + out[-1]

    def stencil(mod, nt):
        mod.stencil(umv, grid, nt)
        return grid[m // 2, m // 3] + grid[1, 1]

    mid, last = n // 2, n - 1
    expected_saxpy = 2.0 * x[mid] + y[mid] + 2.0 * x[last] + y[last]

    def point(i, j):
        return 0.25 * (u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] + u[i * m + j + 1])

    return {
        "sum": (lambda mod, nt: mod.total(x, nt), sum(x)),
        "dot": (lambda mod, nt: mod.dot(x, y, nt), sum(a * b for a, b in zip(x, y))),
        "saxpy": (saxpy, expected_saxpy),
        "2-D stencil": (stencil, point(m // 2, m // 3) + point(1, 1)),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cython", help="a Cython to compare with: a checkout's cython.py, or a command such as cython3")
    ap.add_argument("--n", default="1e7", help="array length (default 1e7; the stencil's grid has about as many points)")
    ap.add_argument("--repeat", type=int, default=7, help="measurements per figure; the best is kept (default 7)")
    ap.add_argument("--min-time", type=float, default=0.1, help="seconds per measurement (default 0.1)")
    ap.add_argument("--quick", action="store_true", help="small sizes and few repeats: checks that everything builds and agrees")
    args = ap.parse_args()
    if args.quick:
        args.n, args.repeat, args.min_time = "1e4", 2, 0.005
    n = int(float(args.n))
    m = max(3, int(n ** 0.5))
    os.makedirs(OUT, exist_ok=True)
    builds = {"pyxc": build_pyxc("bp_pyxc", None, "bp.pyx")}
    if args.cython:
        builds["Cython"] = build_cython(args.cython, "bp_cython")
    x, y, u = data(n, m)
    rows = []
    for name, (call, expected) in cases(x, y, u, m).items():
        times = {}
        for label, mod in builds.items():
            for nt in (1, 2):
                got = call(mod, nt)
                if got != expected:
                    sys.exit("%s %s on %d thread(s) gave %r, expected %r" % (label, name, nt, got, expected))
                times[label, nt] = best_seconds(lambda: call(mod, nt), args.repeat, args.min_time)
        row = [name, "%.2f ms" % (times["pyxc", 1] * 1e3), "%.2f ms" % (times["pyxc", 2] * 1e3),
               "%.2fx" % (times["pyxc", 1] / times["pyxc", 2])]
        if args.cython:
            row += ["%.2f ms" % (times["Cython", 2] * 1e3), "%.2fx" % (times["Cython", 2] / times["pyxc", 2])]
        rows.append(row)
    print("prange kernels on %s doubles (stencil: %d x %d), best of %d" % (format(n, ","), m, m, args.repeat))
    headers = ["kernel", "pyxc 1 thread", "pyxc 2 threads", "speed-up"]
    if args.cython:
        headers += ["Cython 2 threads", "Cython / pyxc"]
    table(headers, rows)


if __name__ == "__main__":
    main()
