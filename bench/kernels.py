"""Times the code pyxc generates against hand-written C, numpy and (with --cython) Cython.

Builds bench/pyx/bk.pyx with pyxc twice (default directives; boundscheck=False,
wraparound=False), bench/handc/handkernels.c with the same gcc flags, and, when --cython is
given, the same source with Cython both ways. Every kernel runs on the same arrays in the same
process; each figure is the best of several repeats, and each ratio is against the hand-written
C measured in this run. Results of every build are checked against the hand-written C first: a
mismatch is an error (exit 1), so the benchmark cannot time a wrong kernel.

Run through bench/kernels (see docs/performance.md).
"""

import argparse
import array
import importlib.util
import os
import shlex
import subprocess
import sys
import sysconfig
import timeit

from benchlib import CFLAGS, ROOT, cython_command, table

OUT = os.path.join(ROOT, "bench", "target", "kernels")
UNCHECKED = "boundscheck=False,wraparound=False"


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(map(shlex.quote, cmd)), r.stdout))
    return r.stdout


def gcc(c_file, module):
    so = os.path.join(OUT, module + sysconfig.get_config_var("EXT_SUFFIX"))
    run(["gcc", *CFLAGS, "-I" + sysconfig.get_paths()["include"], c_file, "-o", so, "-lm"])
    return so


def load(module, so):
    spec = importlib.util.spec_from_file_location(module, so)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def pyx_copy(name, source="bk.pyx"):
    """The benchmark source bench/pyx/SOURCE copied to a module of its own name."""
    path = os.path.join(OUT, name + ".pyx")
    with open(os.path.join(ROOT, "bench", "pyx", source)) as src, open(path, "w") as dst:
        dst.write(src.read())
    return path


def build_pyxc(name, directives, source="bk.pyx"):
    pyx = pyx_copy(name, source)
    cmd = [os.path.join(ROOT, "pyxc"), "build", "--python", sys.executable]
    if directives:
        cmd += ["-X", directives]
    run(cmd + [pyx])
    return load(name, os.path.join(OUT, name + sysconfig.get_config_var("EXT_SUFFIX")))


def build_cython(cython, name, directives, source="bk.pyx"):
    pyx = pyx_copy(name, source)
    c = os.path.join(OUT, name + ".c")
    cmd = cython_command(cython) + ["-3"]
    if directives:
        cmd += ["-X", directives]
    run(cmd + ["-o", c, pyx])
    return load(name, gcc(c, name))


def best_seconds(call, repeat, min_time):
    """Best time of one call: number of calls per measurement chosen so one takes >= min_time."""
    call()
    timer = timeit.Timer(call)
    number = 1
    while True:
        t = timer.timeit(number)
        if t >= min_time:
            break
        number *= 2 if t * 10 >= min_time else 10
    return min([t] + timer.repeat(repeat - 1, number)) / number


def same(a, b):
    import numpy as np
    return np.allclose(np.asarray(a), np.asarray(b), rtol=1e-9, atol=1e-9)


def kernels(np, n, rng):
    """(name, call(build) timed, result(build) checked on fresh outputs, numpy's version)."""
    side = int(round(n ** 0.5))
    x, y = rng.random(n), rng.random(n)
    m, v, u = rng.random((side, side)), rng.random(side), rng.random((side, side))
    out_side, out_grid, out_n = np.zeros(side), np.zeros((side, side)), np.zeros(n)

    def fresh(f, out):
        def result(k):
            o = np.zeros_like(out) if out is not y else y.copy()
            f(k, o)
            return o
        return result

    return [
        ("sum", lambda k: k.total(x), lambda k: k.total(x), lambda: x.sum()),
        ("dot", lambda k: k.dot(x, y), lambda k: k.dot(x, y), lambda: x @ y),
        ("saxpy", lambda k: k.saxpy(0.5, x, y), fresh(lambda k, o: k.saxpy(0.5, x, o), y),
         lambda: np.add(y, 0.5 * x, out=y)),
        ("matvec", lambda k: k.matvec(m, v, out_side), fresh(lambda k, o: k.matvec(m, v, o), out_side), lambda: m @ v),
        ("stencil", lambda k: k.stencil(u, out_grid), fresh(lambda k, o: k.stencil(u, o), out_grid),
         lambda: u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4 * u[1:-1, 1:-1]),
        ("prefix sums (:=)", lambda k: k.prefix_sums(x, out_n), fresh(lambda k, o: k.prefix_sums(x, o), out_n),
         lambda: np.cumsum(x, out=out_n)),
        ("reversed", lambda k: k.reversed_sum(x), lambda k: k.reversed_sum(x), lambda: x[::-1].sum()),
        ("smooth (pointers, malloc)", lambda k: k.smooth(x, out_n), fresh(lambda k, o: k.smooth(x, o), out_n),
         lambda: np.convolve(0.5 * x, np.ones(3), mode="same")),
    ]


def check(name, builds, result):
    """Runs one kernel in every build; each must give what the hand-written C gives."""
    ref = result(builds["hand C"])
    for label, mod in builds.items():
        if not same(result(mod), ref):
            sys.exit("%s: %s gives a different result from the hand-written C" % (name, label))


def fmt_ratio(t, base):
    return "%.2fx" % (t / base)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cython", help="a Cython to compare with: a checkout's cython.py, or a command such as cython3")
    ap.add_argument("--sizes", default="1e6,1e7", help="array lengths, comma-separated (default 1e6,1e7)")
    ap.add_argument("--repeat", type=int, default=7, help="measurements per figure; the best is kept (default 7)")
    ap.add_argument("--min-time", type=float, default=0.1, help="seconds per measurement (default 0.1)")
    ap.add_argument("--quick", action="store_true", help="small sizes and few repeats: checks that everything builds and agrees")
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.repeat, args.min_time = "1e4", 2, 0.005
    import numpy as np

    os.makedirs(OUT, exist_ok=True)
    print("building ...", file=sys.stderr)
    builds = {"hand C": load("handkernels", gcc(os.path.join(ROOT, "bench", "handc", "handkernels.c"), "handkernels"))}
    builds["pyxc unchecked"] = build_pyxc("bk_pyxc_unchecked", UNCHECKED)
    builds["pyxc default"] = build_pyxc("bk_pyxc_default", None)
    if args.cython:
        builds["Cython unchecked"] = build_cython(args.cython, "bk_cython_unchecked", UNCHECKED)
        builds["Cython default"] = build_cython(args.cython, "bk_cython_default", None)
        version = run(cython_command(args.cython) + ["--version"]).strip()
        print("Cython: %s (%s)" % (version, args.cython))
    else:
        print("Cython: not given (--cython PATH adds its builds to every table)")
    print("Python %s, numpy %s, gcc %s" % (sys.version.split()[0], np.__version__,
                                          run(["gcc", "-dumpfullversion"]).strip()))
    print("each figure: best of %d measurements of >= %.2f s; ratios against the hand-written C of this run\n"
          % (args.repeat, args.min_time))

    rng = np.random.default_rng(2026)
    labels = list(builds) + ["numpy"]
    for size in [int(float(s)) for s in args.sizes.split(",")]:
        rows = []
        for name, call, result, numpy_call in kernels(np, size, rng):
            check(name, builds, result)
            times = {label: best_seconds(lambda: call(mod), args.repeat, args.min_time) for label, mod in builds.items()}
            times["numpy"] = best_seconds(numpy_call, args.repeat, args.min_time)
            base = times["hand C"]
            rows.append([name, "%.3f ms" % (base * 1e3)] + [fmt_ratio(times[l], base) for l in labels[1:]])
        print("kernels on %s doubles (hand C time, then time relative to it)" % format(size, ","))
        table(["kernel", "hand C"] + labels[1:], rows)

    # Call overhead: a def taking double[:] on a small array.array, nothing else.
    small = array.array("d", [1.0] * 8)
    calls = {label: best_seconds(lambda: mod.noop(small), args.repeat, args.min_time) for label, mod in builds.items()}
    empty = best_seconds(lambda: len(small), args.repeat, args.min_time)
    base = calls["hand C"]
    rows = [[label, "%.1f ns" % (t * 1e9), fmt_ratio(t, base)] + ([fmt_ratio(t, calls["Cython default"])] if args.cython else [])
            for label, t in calls.items()]
    rows.append(["len(a) (a builtin call, for scale)", "%.1f ns" % (empty * 1e9), fmt_ratio(empty, base)]
                + (["-"] if args.cython else []))
    print("call overhead of f(double[:] x) on array.array('d') of 8 items")
    table(["build", "per call", "vs hand C"] + (["vs Cython default"] if args.cython else []), rows)

    # The row-slice loop: r = X[i, :]; s += r[0] against s += X[i, 0].
    n = 10 ** 4 if args.quick else 10 ** 6
    X = rng.random((n, 4))
    rows = []
    for label, mod in builds.items():
        if mod.rows(X) != mod.rows_noslice(X) or not same(mod.rows(X), X[:, 0].sum()):
            sys.exit("rows: %s gives a wrong result" % label)
        sliced = best_seconds(lambda: mod.rows(X), args.repeat, args.min_time)
        plain = best_seconds(lambda: mod.rows_noslice(X), args.repeat, args.min_time)
        rows.append([label, "%.2f ns" % (sliced / n * 1e9), "%.2f ns" % (plain / n * 1e9), "%.3f" % (sliced / plain)])
    print("row-slice loop over %s rows: r = X[i, :]; s += r[0]  vs  s += X[i, 0]  (per iteration)" % format(n, ","))
    table(["build", "with slice", "without", "ratio"], rows)


if __name__ == "__main__":
    main()
