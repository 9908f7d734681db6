package dev.pyxc.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code docs/conformance.md}, written from the status table: figures per directory and per
 * tag, the constructs that block the most files (every blocker of a file counts, not only the
 * first), and every file in reach that does not pass with its reason.
 */
final class ConformanceReport {
  private ConformanceReport() {}

  /** Tags the issue asks to see apart, then the most frequent others. */
  private static final List<String> NAMED_TAGS = List.of("cpp", "numpy", "openmp", "pure3.0", "pure3.7", "pure3.8", "pure3.10");

  static String render(Collection<Outcome> rows, String cythonVersion) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Conformance: Cython's own test suite\n\n");
    sb.append("pyxc is measured on the test files of Cython ").append(cythonVersion)
        .append(": `tests/run` and `tests/memoryview` (modules whose doctests must pass) and `tests/errors` ")
        .append("(modules whose `_ERRORS` block lists the exact diagnostics). `tools/cython-suite` takes every `.pyx` ")
        .append("file through pyxc the way Cython's `runtests.py` takes it through Cython, and this page is written ")
        .append("from its table, `tests/cython-suite/status.tsv`. The numbers below are from the last full run.\n\n");
    sb.append(CONVENTIONS);
    sb.append("## Figures per directory\n\n");
    table(sb, "directory", group(rows, o -> o.file().substring(0, o.file().indexOf('/'))), true);
    sb.append("\n## Figures per tag\n\n");
    sb.append("A file counts under each of its `# tag:` values. `cpp` files are C++ only (runtests.py builds them ")
        .append("only as C++; pyxc writes C), `pure3.x` files need that Python version's syntax.\n\n");
    Map<String, List<Outcome>> byTag = new TreeMap<>();
    for (Outcome o : rows) for (String t : o.tags()) byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(o);
    Map<String, List<Outcome>> shown = new LinkedHashMap<>();
    for (String t : NAMED_TAGS) if (byTag.containsKey(t)) shown.put(t, byTag.get(t));
    byTag.entrySet().stream().filter(e -> !shown.containsKey(e.getKey()))
        .sorted(Comparator.comparingInt((Map.Entry<String, List<Outcome>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
        .limit(20).forEach(e -> shown.put(e.getKey(), e.getValue()));
    table(sb, "tag", shown, false);
    blockers(sb, rows);
    failures(sb, rows);
    sb.append(RERUN);
    return sb.toString();
  }

  private static Map<String, List<Outcome>> group(Collection<Outcome> rows, java.util.function.Function<Outcome, String> key) {
    Map<String, List<Outcome>> out = new TreeMap<>();
    for (Outcome o : rows) out.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
    return out;
  }

  private static void table(StringBuilder sb, String what, Map<String, List<Outcome>> groups, boolean total) {
    sb.append("| ").append(what).append(" | files |");
    for (Status s : Status.values()) sb.append(' ').append(s.word).append(" |");
    sb.append("\n|---|---:|");
    for (Status ignored : Status.values()) sb.append("---:|");
    sb.append('\n');
    List<Outcome> all = new ArrayList<>();
    for (Map.Entry<String, List<Outcome>> e : groups.entrySet()) {
      row(sb, "`" + e.getKey() + "`", e.getValue());
      all.addAll(e.getValue());
    }
    if (total) row(sb, "**all**", all);
  }

  private static void row(StringBuilder sb, String label, List<Outcome> rows) {
    sb.append("| ").append(label).append(" | ").append(rows.size()).append(" |");
    for (Status s : Status.values()) sb.append(' ').append(count(rows, o -> o.status() == s)).append(" |");
    sb.append('\n');
  }

  private static long count(Collection<Outcome> rows, Predicate<Outcome> p) {
    return rows.stream().filter(p).count();
  }

  private static void blockers(StringBuilder sb, Collection<Outcome> rows) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Outcome o : rows) {
      if (o.status() != Status.NOT_SUPPORTED) continue;
      for (String b : o.blockers()) {
        int[] c = counts.computeIfAbsent(b, k -> new int[2]);
        c[0]++;
        if (o.blockers().size() == 1) c[1]++;
      }
    }
    long blocked = count(rows, o -> o.status() == Status.NOT_SUPPORTED);
    sb.append("\n## What blocks the most files\n\n");
    sb.append("Over the ").append(blocked).append(" files that are `not-supported`: how many each construct blocks (a file ")
        .append("with three blockers counts under all three), and how many it blocks alone (supporting it would take ")
        .append("those files to the next stage). Names are pyxc's messages (`'X' is not supported by pyxc`).\n\n");
    sb.append("| construct | files | alone |\n|---|---:|---:|\n");
    counts.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(60).forEach(e -> sb.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ").append(e.getValue()[0])
            .append(" | ").append(e.getValue()[1]).append(" |\n"));
    if (counts.size() > 60) sb.append("\n").append(counts.size() - 60).append(" more constructs block fewer files each.\n");
  }

  private static void failures(StringBuilder sb, Collection<Outcome> rows) {
    sb.append("\n## Files in reach that do not pass\n\n");
    sb.append("Every file not blocked by an unsupported construct either passes or is listed here with its reason; ")
        .append("`known:` reasons come from `tests/cython-suite/known.tsv`.\n\n");
    List<Outcome> list = rows.stream().filter(o -> o.status() != Status.PASS && o.status() != Status.NOT_SUPPORTED).toList();
    if (list.isEmpty()) {
      sb.append("None.\n");
      return;
    }
    sb.append("| file | status | reason |\n|---|---|---|\n");
    for (Outcome o : list) {
      sb.append("| `").append(o.file()).append("` | ").append(o.status().word).append(" | ")
          .append(o.reason().replace("|", "\\|")).append(" |\n");
    }
  }

  private static final String CONVENTIONS = """
      How each file is taken, following runtests.py:

      - The `# mode:` header line (`run` when absent) decides what is checked: `run` builds the module and runs
        `doctest.DocTestSuite(module)` (default option flags; a module named `test_*` also runs its unittest
        cases); `compile` only compiles; `error` compares the diagnostics with the `_ERRORS` block (sorted
        `LINE:COL: message` lines; the source ends where `_ERRORS` starts).
      - Language level 2, as runtests.py compiles every file that does not set `language_level` itself.
      - Statuses: `pass`; `difference` (compiled but behaved differently: the first differing doctest example,
        or the first differing diagnostic); `compile-error` (pyxc rejected a file Cython compiles, with a message
        that does not name an unsupported construct: a pyxc bug or a missing message); `not-supported` (every
        construct outside the subset that was found); `internal-error` (the compiler failed or its C did not
        build); `cython-defect` (runtests.py does not run the file, being listed in Cython's `tests/bugs.txt`, or
        `known.tsv` records that Cython 3.3.0 itself fails it).
      - Blockers are counted past the first: the statement holding an unsupported construct is replaced by
        `pass` and the file compiled again, until no unsupported construct is left. A C++-only file
        (`# tag: cpp`) and a module with its own `.pxd` are blocked by that too.

      """;

  private static final String RERUN = """

      ## How to rerun

      ```
      # a checkout of cython/cython at the release (3.3.0 here), anywhere:
      tools/cython-suite /path/to/cython               # every file of tests/run, tests/memoryview, tests/errors
      tools/cython-suite /path/to/cython --only 'memoryview/' -j 2
      ```

      The run rewrites `tests/cython-suite/status.tsv` (rows of a `--only` run are merged into it) and this page,
      and exits 1 when a file that passed in the committed table no longer passes, or when a file in reach fails
      without an entry in `known.tsv`; an improvement is committed with the table it produced. It needs Cython's
      sources, so it is a longer run beside fuzzing (docs/testing.md), not part of `./test`.
      """;
}
