"""Whole-process translation time, peak memory and C size, then gcc -O2 time and .so size.

For each module (the seed, the kernels and stats examples, generated modules of 50, 200 and
1400 functions) it runs `./pyxc compile` as a user does, JVM start-up included, and each Cython
given with --cython (repeatable: a checkout's cython.py, or a command such as cython3) on the same
file in the same run, alternating, and keeps the median of the runs. Ratios are Cython over
pyxc: above 1 means pyxc is faster or smaller. A module a Cython rejects (0.29 has no `:=`) is
shown as such.

Run through bench/translate (see docs/performance.md).
"""

import argparse
import os
import statistics
import subprocess
import sys
import sysconfig
import time

import genmodule
from benchlib import CFLAGS, ROOT, cython_command, table

OUT = os.path.join(ROOT, "bench", "target", "translate")


def timed(cmd):
    """(seconds, peak RSS in MiB, exit status, output) of one process."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.stdout.close()
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), out.decode()


class Tool:
    def __init__(self, label, translate):
        self.label = label
        self.translate = translate  # (pyx, c) -> command

    def run(self, pyx, c):
        return timed(self.translate(pyx, c))


def modules(quick):
    files = [os.path.join(ROOT, "examples", f) for f in ("seed.pyx", "kernels.pyx", "stats.pyx")]
    os.makedirs(OUT, exist_ok=True)
    for n in ([50] if quick else [50, 200, 1400]):
        path = os.path.join(OUT, "generated_%d.pyx" % n)
        with open(path, "w") as f:
            f.write(genmodule.module(n))
        files.append(path)
    return files


def gcc(c, so):
    t, _, status, out = timed(["gcc", *CFLAGS, "-I" + sysconfig.get_paths()["include"], c, "-o", so, "-lm"])
    if status != 0:
        sys.exit("gcc failed on %s:\n%s" % (c, out))
    return t, os.path.getsize(so)


def fmt_size(n):
    return "%.1f KB" % (n / 1024) if n < 1024 * 1024 else "%.2f MB" % (n / 1024 / 1024)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cython", action="append", default=[], help="a Cython to compare with (repeatable)")
    ap.add_argument("--runs", type=int, default=5, help="translations per tool and module; the median is kept (default 5)")
    ap.add_argument("--quick", action="store_true", help="one small generated module, 2 runs: checks that everything works")
    args = ap.parse_args()
    if args.quick:
        args.runs = 2
    pyxc = os.path.join(ROOT, "pyxc")
    subprocess.run([pyxc, "--version"], check=True, stdout=subprocess.DEVNULL)  # builds the jar (and its CDS archive) first
    tools = [Tool("pyxc", lambda pyx, c: [pyxc, "compile", "-o", c, pyx])]
    for spec in args.cython:
        version = subprocess.run(cython_command(spec) + ["--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True).stdout.strip()
        tools.append(Tool("%s (%s)" % (version, spec), lambda pyx, c, s=spec: cython_command(s) + ["-3", "-o", c, pyx]))
    if not args.cython:
        print("no --cython given: pyxc figures only (--cython PATH adds a real Cython to every table)\n")
    print("median of %d runs per figure; each tool runs on each module in turn, in the same run" % args.runs)
    print("machine: %d cores, %s; gcc %s\n" % (os.cpu_count(), os.uname().machine,
                                               subprocess.run(["gcc", "-dumpfullversion"], stdout=subprocess.PIPE,
                                                              text=True).stdout.strip()))
    results = {}
    for pyx in modules(args.quick):
        name = os.path.basename(pyx)[:-4]
        lines = sum(1 for _ in open(pyx))
        samples = {t.label: [] for t in tools}
        for _ in range(args.runs):
            for i, t in enumerate(tools):
                c = os.path.join(OUT, "%s_%d.c" % (name, i))
                samples[t.label].append(t.run(pyx, c) + (c,))
        for i, t in enumerate(tools):
            runs = samples[t.label]
            ok = all(r[2] == 0 for r in runs)
            if not ok:
                if t.label == "pyxc":
                    sys.exit("pyxc failed on %s:\n%s" % (pyx, runs[0][3]))
                results[(name, t.label)] = None
                continue
            c = runs[0][4]
            so = c[:-2] + sysconfig.get_config_var("EXT_SUFFIX")
            gcc_time, so_size = gcc(c, so)
            results[(name, t.label)] = dict(lines=lines, time=statistics.median(r[0] for r in runs),
                                            rss=max(r[1] for r in runs), c_size=os.path.getsize(c),
                                            c_lines=sum(1 for _ in open(c)), gcc=gcc_time, so=so_size)
    names = list(dict.fromkeys(n for n, _ in results))
    rows = []
    for name in names:
        p = results[(name, "pyxc")]
        row = [name, p["lines"], "%.3f s" % p["time"], "%d MiB" % p["rss"], "%d" % (p["lines"] / p["time"])]
        for t in tools[1:]:
            r = results[(name, t.label)]
            row += ["rejected", "-"] if r is None else ["%.3f s" % r["time"], "%.1fx" % (r["time"] / p["time"])]
        rows.append(row)
    headers = ["module", "lines", "pyxc", "peak RSS", "lines/s"]
    for i, t in enumerate(tools[1:]):
        headers += ["cython %d" % (i + 1), "ratio"]
    print("translate, whole process (ratio: Cython time / pyxc time)")
    table(headers, rows)

    rows = []
    for name in names:
        p = results[(name, "pyxc")]
        row = [name, fmt_size(p["c_size"]), p["c_lines"], "%.2f s" % p["gcc"], fmt_size(p["so"])]
        for t in tools[1:]:
            r = results[(name, t.label)]
            row += ["-"] * 4 if r is None else [fmt_size(r["c_size"]), "%.1fx" % (r["c_size"] / p["c_size"]),
                                                "%.2f s" % r["gcc"], "%.1fx" % (r["gcc"] / p["gcc"])]
        rows.append(row)
    headers = ["module", "pyxc C", "C lines", "gcc -O2", ".so"]
    for i, t in enumerate(tools[1:]):
        headers += ["cython %d C" % (i + 1), "ratio", "gcc -O2", "ratio"]
    print("generated C and its build (ratio: Cython's over pyxc's)")
    table(headers, rows)
    generated = sorted((n for n in names if n.startswith("generated_")), key=lambda n: int(n.split("_")[1]))
    if len(generated) >= 2:
        small, large = generated[0], generated[-1]
        functions = int(large.split("_")[1]) - int(small.split("_")[1])
        for t in tools:
            a, b = results[(small, t.label)], results[(large, t.label)]
            if a and b:
                print("%s: %.0f lines of C per generated function (%s minus %s, over %d functions)"
                      % (t.label, (b["c_lines"] - a["c_lines"]) / functions, large, small, functions))
        print()
    for i, t in enumerate(tools[1:]):
        print("cython %d: %s" % (i + 1, t.label))
        peak = max(results[(n, t.label)]["rss"] for n in names if results[(n, t.label)])
        print("  peak RSS over all modules: %d MiB (pyxc: %d MiB)" % (
            peak, max(results[(n, "pyxc")]["rss"] for n in names)))


if __name__ == "__main__":
    main()
