"""Turns bench/compiler's JMH results into lines per second and growth ratios.

Time and allocation per source line are given relative to the 50-function module measured in
the same run: a compiler that grows linearly keeps both ratios near 1 as modules get larger.

    python3 bench/jmh_table.py RESULT.json DIR_WITH_THE_MODULES
"""

import json
import os
import sys


def main():
    results = json.load(open(sys.argv[1]))
    rows = []
    for r in results:
        module = r["params"]["module"]
        lines = sum(1 for _ in open(os.path.join(sys.argv[2], module + ".pyx")))
        ms = float(r["primaryMetric"]["score"])
        error = float(r["primaryMetric"]["scoreError"])
        alloc = float(r["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score", "nan"))
        rows.append(dict(module=module, lines=lines, ms=ms, error=error, alloc=alloc))
    base = next((r for r in rows if r["module"] == "generated_50"), rows[0])
    per_line = lambda r: r["ms"] / r["lines"]
    alloc_line = lambda r: r["alloc"] / r["lines"]
    headers = ["module", "lines", "ms/compile", "lines/s", "time/line vs 50", "alloc/compile", "alloc/line vs 50"]
    table = [headers]
    for r in rows:
        table.append([r["module"], str(r["lines"]), "%.3f \u00b1 %.3f" % (r["ms"], r["error"]),
                      "%d" % (r["lines"] / r["ms"] * 1000), "%.2f" % (per_line(r) / per_line(base)),
                      "%.1f MB" % (r["alloc"] / 1e6), "%.2f" % (alloc_line(r) / alloc_line(base))])
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    print()
    print("pyxc compiler throughput, warm JVM (JMH average time per whole-pipeline compile)")
    for i, row in enumerate(table):
        print("  ".join(c.rjust(w) if j else c.ljust(w) for j, (c, w) in enumerate(zip(row, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
