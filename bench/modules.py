"""Times calls between modules in the code pyxc generates: bench/pyx/modules/bmuser.pyx calls a
cdef function and a cdef method of a class that bench/pyx/modules/bmlib.pyx defines and its .pxd
declares, through the pointers taken at import, and the same work done by bmuser's own function
and class. With --cython, the same two modules are built by Cython with the same gcc flags.

Each build lives in a directory of its own (the modules' names are fixed by the cimport) and is
timed in a process of its own; results are checked to be equal first. Each figure is the best of
several repeats; ratios are of this run.

Run through bench/modules (see docs/performance.md).
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig

from benchlib import CFLAGS, ROOT, cython_command, loop_args, table
import kernels as k

OUT = os.path.join(ROOT, "bench", "target", "modules")
SOURCES = ["bmlib.pxd", "bmlib.pyx", "bmuser.pyx"]
CALLS = ["cross_function", "local_function", "cross_method", "local_method"]

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
import kernels as k
import bmuser
n, repeat, min_time = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
out = {}
for name in %r:
    f = getattr(bmuser, name)
    out[name] = [f(n), k.best_seconds(lambda: f(n), repeat, min_time) / n]
print(json.dumps(out))
""" % (CALLS,)


def fresh(name):
    d = os.path.join(OUT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for f in SOURCES:
        shutil.copy(os.path.join(ROOT, "bench", "pyx", "modules", f), d)
    return d


def build_pyxc():
    d = fresh("pyxc")
    k.run([os.path.join(ROOT, "pyxc"), "build", "--python", sys.executable, os.path.join(d, "bmlib.pyx"),
           os.path.join(d, "bmuser.pyx")])
    return d


def build_cython(cython):
    d = fresh("cython")
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    for m in ["bmlib", "bmuser"]:
        c = os.path.join(d, m + ".c")
        k.run(cython_command(cython) + ["-3", "-o", c, os.path.join(d, m + ".pyx")], cwd=d)
        k.run(["gcc", *CFLAGS, "-I" + sysconfig.get_paths()["include"], c, "-o", os.path.join(d, m + suffix), "-lm"])
    return d


def measure(d, n, args):
    out = k.run([sys.executable, "-c", CHILD, os.path.join(ROOT, "bench"), d, str(n), str(args.repeat), str(args.min_time)])
    return json.loads(out.strip().splitlines()[-1])


def main():
    args, n = loop_args(__doc__, cython_required=False)
    os.makedirs(OUT, exist_ok=True)
    print("building ...", file=sys.stderr)
    builds = [("pyxc", build_pyxc())]
    if args.cython:
        builds.append(("Cython", build_cython(args.cython)))
    results = {name: measure(d, n, args) for name, d in builds}
    for name, r in results.items():
        for call in CALLS:
            if r[call][0] != results["pyxc"][call][0]:
                sys.exit("%s: %s gives %r, pyxc %r" % (call, name, r[call][0], results["pyxc"][call][0]))
    print("each figure: best of %d measurements of >= %.2f s, per call; %s calls per loop\n"
          % (args.repeat, args.min_time, format(n, ",")))
    rows = []
    for what, cross, local in [("cdef function", "cross_function", "local_function"),
                               ("cdef method of a cimported class", "cross_method", "local_method")]:
        p = results["pyxc"]
        row = [what, "%.2f ns" % (p[cross][1] * 1e9), "%.2f ns" % (p[local][1] * 1e9), "%.2f" % (p[cross][1] / p[local][1])]
        if "Cython" in results:
            c = results["Cython"]
            row += ["%.2f ns" % (c[cross][1] * 1e9), "%.2f" % (p[cross][1] / c[cross][1])]
        rows.append(row)
    head = ["call", "pyxc, other module", "pyxc, same module", "other / same"]
    if "Cython" in results:
        head += ["Cython, other module", "pyxc / Cython"]
    table(head, rows)


if __name__ == "__main__":
    main()
