"""Many modules built end to end: `pyxc build -j N` against Cython's `cythonize -j N -i`.

Takes the first --modules run cases of tests/cases/run that real Cython compiles (their golden
records no rejection) and that stand alone (no cimport, no extern header), copies them into two
fresh directories, and times, in the same run, each tool turning the whole directory into
importable extension modules for this interpreter: pyxc's translation and gcc, against Cython's
translation (cythonize -j N) and setuptools' build_ext it drives (-i). The ratio is Cython's wall
time over pyxc's: above 1 means pyxc builds the batch faster. Both builds are then imported.

Run through bench/at-scale (see docs/performance.md).
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import time

from benchlib import ROOT, table

OUT = os.path.join(ROOT, "bench", "target", "at-scale")


def standalone_cases(limit):
    run = os.path.join(ROOT, "tests", "cases", "run")
    golden = os.path.join(ROOT, "tests", "golden", "cython-3.3", "run")
    chosen, names = [], set()
    for pyx in sorted(glob.glob(os.path.join(run, "**", "*.pyx"), recursive=True)):
        rel = os.path.relpath(pyx, run)
        name = os.path.basename(pyx)
        with open(pyx) as f:
            text = f.read()
        out = os.path.join(golden, rel[:-4] + ".out")
        if name in names or "cimport" in text or 'extern from "' in text or "include " in text:
            continue
        if not os.path.exists(out) or "cython rejected" in open(out).read():
            continue
        if os.path.exists(pyx[:-4] + ".pxd"):
            continue
        names.add(name)
        chosen.append(pyx)
        if len(chosen) == limit:
            break
    return chosen


def fresh(label, files):
    d = os.path.join(OUT, label)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for f in files:
        shutil.copy(f, d)
    return d


def timed(cmd, cwd, env=None):
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit("%s failed:\n%s" % (" ".join(cmd[:4]), p.stdout[-4000:]))
    return elapsed


def imported(d, files):
    names = [os.path.basename(f)[:-4] for f in files]
    code = "import importlib, sys\nsys.path.insert(0, %r)\nfor n in %r:\n    importlib.import_module(n)\nprint(len(%r))" % (d, names, names)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("importing the modules built in %s failed:\n%s" % (d, p.stderr[-2000:]))
    return int(p.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cython", required=True, help="a Cython checkout (its directory, holding Cython/ and cython.py)")
    ap.add_argument("--modules", type=int, default=200)
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()
    files = standalone_cases(args.modules)
    pyxc_dir, cython_dir = fresh("pyxc", files), fresh("cython", files)
    pyxc = timed([os.path.join(ROOT, "pyxc"), "build", "-j", str(args.j), "--python", sys.executable, "."], pyxc_dir)
    env = dict(os.environ, PYTHONPATH=os.path.abspath(args.cython))
    cython = timed([sys.executable, "-c", "import sys; from Cython.Build.Cythonize import main; sys.exit(main())",
                    "-j", str(args.j), "-i", "-3", "-q", *sorted(os.path.basename(f) for f in files)], cython_dir, env)
    n_pyxc, n_cython = imported(pyxc_dir, files), imported(cython_dir, files)
    version = subprocess.run([sys.executable, os.path.join(args.cython, "cython.py"), "-V"], capture_output=True, text=True)
    print("%d modules, -j %d, %s, %s\n" % (len(files), args.j, (version.stdout or version.stderr).strip(), sys.executable))
    table(["build", "modules imported", "wall s", "Cython / pyxc"],
          [["pyxc build -j %d" % args.j, n_pyxc, "%.1f" % pyxc, "%.2f" % (cython / pyxc)],
           ["cythonize -j %d -i" % args.j, n_cython, "%.1f" % cython, "1.00"]])


if __name__ == "__main__":
    main()
