"""Times extension-type operations in the code pyxc generates against Cython's, built from the
same source (bench/pyx/bc.pyx) with the same gcc flags and run in the same process.

Each operation is a loop in compiled code: C attribute reads and writes on a typed local, an
object attribute stored and read back, a cdef method call, a cpdef method called as Python code
calls it, making and dropping an instance, and obj[i] through the type's mapping slot. Results
of both builds are checked to be equal first. Each figure is the best of several repeats; the
ratio is pyxc's time over Cython's in this run (below 1: pyxc is faster).

Run through bench/classes (see docs/performance.md).
"""

import array
import os
import sys

from benchlib import cython_command, loop_args, table
import kernels as k

OUT = k.OUT


def build(name, cython=None):
    if cython is None:
        return k.build_pyxc(name, None, "bc.pyx")
    return k.build_cython(cython, name, None, "bc.pyx")


def operations(n):
    data = array.array("d", [float(i) for i in range(64)])
    return [
        ("C attribute read/write", lambda m: m.attr_loop(n)),
        ("object attribute store/read", lambda m: m.object_attr_loop(n)),
        ("cdef method call", lambda m: m.cdef_method_loop(n)),
        ("cpdef method from Python", lambda m: m.cpdef_from_python(m.Vec(3.0, 4.0), n)),
        ("create and drop an instance", lambda m: m.create_loop(n)),
        ("obj[i] through the slot", lambda m: m.getitem_loop(m.Table(data), n)),
    ]


def main():
    args, n = loop_args(__doc__)
    os.makedirs(OUT, exist_ok=True)
    print("building ...", file=sys.stderr)
    pyxc = build("bc_pyxc")
    cython = build("bc_cython", args.cython)
    version = k.run(cython_command(args.cython) + ["--version"]).strip()
    print("Cython: %s (%s); Python %s; gcc %s" % (version, args.cython, sys.version.split()[0],
                                                  k.run(["gcc", "-dumpfullversion"]).strip()))
    print("each figure: best of %d measurements of >= %.2f s, per iteration\n" % (args.repeat, args.min_time))
    rows = []
    for name, call in operations(n):
        if call(pyxc) != call(cython):
            sys.exit("%s: pyxc gives %r, Cython %r" % (name, call(pyxc), call(cython)))
        tp = k.best_seconds(lambda: call(pyxc), args.repeat, args.min_time) / n
        tc = k.best_seconds(lambda: call(cython), args.repeat, args.min_time) / n
        rows.append([name, "%.2f ns" % (tp * 1e9), "%.2f ns" % (tc * 1e9), "%.2f" % (tp / tc)])
    print("extension types: %s iterations per loop" % format(n, ","))
    table(["operation", "pyxc", "Cython", "pyxc / Cython"], rows)


if __name__ == "__main__":
    main()
