"""Times the function language in the code pyxc generates against Cython's, built from the same
source (bench/pyx/bf.pyx) with the same gcc flags, and against the same functions as plain Python
(bench/pyx/bf_py.py), all run in the same process.

Each operation is a loop: a list comprehension over a typed view of 64 doubles, sum() over a
generator expression indexing such a view, a closure called n times, and n calls of a function
taking *args. Results of all three are checked to be equal first. Each figure is the best of
several repeats, per iteration; the ratios are pyxc's time over Cython's and over Python's in this
run (below 1: pyxc is faster).

Run through bench/functions (see docs/performance.md).
"""

import array
import importlib.util
import os
import sys

from benchlib import ROOT, cython_command, loop_args, table
import kernels as k

OUT = k.OUT


def build(name, cython=None):
    if cython is None:
        return k.build_pyxc(name, None, "bf.pyx")
    return k.build_cython(cython, name, None, "bf.pyx")


def python_module():
    spec = importlib.util.spec_from_file_location("bf_py", os.path.join(ROOT, "bench", "pyx", "bf_py.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def operations(n):
    data = array.array("d", [float(i) for i in range(64)])
    reps = max(1, n // 64)
    return [
        ("list comprehension over a view (per item)", 64 * reps, lambda m: m.listcomp(data, reps)),
        ("sum() of a generator expression (per item)", 64 * reps, lambda m: m.genexpr_sum(data, reps)),
        ("closure call in a loop", n, lambda m: m.closure_calls(n)),
        ("call of a *args function", n, lambda m: m.star_calls(n)),
    ]


def main():
    args, n = loop_args(__doc__)
    os.makedirs(OUT, exist_ok=True)
    print("building ...", file=sys.stderr)
    pyxc = build("bf_pyxc")
    cython = build("bf_cython", args.cython)
    python = python_module()
    version = k.run(cython_command(args.cython) + ["--version"]).strip()
    print("Cython: %s (%s); Python %s; gcc %s" % (version, args.cython, sys.version.split()[0],
                                                  k.run(["gcc", "-dumpfullversion"]).strip()))
    print("each figure: best of %d measurements of >= %.2f s, per iteration\n" % (args.repeat, args.min_time))
    rows = []
    for name, count, call in operations(n):
        expected = call(python)
        for label, m in (("pyxc", pyxc), ("Cython", cython)):
            if call(m) != expected:
                sys.exit("%s: %s gives %r, Python %r" % (name, label, call(m), expected))
        tp = k.best_seconds(lambda: call(pyxc), args.repeat, args.min_time) / count
        tc = k.best_seconds(lambda: call(cython), args.repeat, args.min_time) / count
        ty = k.best_seconds(lambda: call(python), args.repeat, args.min_time) / count
        rows.append([name, "%.2f ns" % (tp * 1e9), "%.2f ns" % (tc * 1e9), "%.2f ns" % (ty * 1e9),
                     "%.2f" % (tp / tc), "%.2f" % (tp / ty)])
    print("functions: %s iterations per loop" % format(n, ","))
    table(["operation", "pyxc", "Cython", "Python", "pyxc / Cython", "pyxc / Python"], rows)


if __name__ == "__main__":
    main()
