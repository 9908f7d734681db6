package dev.pyxc.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tests/cython-suite/known.tsv}: {@code file status explanation} for each file whose
 * failure is understood. The status is the one the file gets ({@code cython-defect} when
 * Cython 3.3.0 itself fails the test, or the failure it keeps), and the explanation replaces the
 * reason. A failure of a file in pyxc's reach that is not listed here fails the run.
 */
final class KnownDifferences {
  record Entry(Status status, String explanation) {}

  private KnownDifferences() {}

  static Map<String, Entry> read(Path tsv) throws IOException {
    Map<String, Entry> out = new TreeMap<>();
    if (!Files.exists(tsv)) return out;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", 3);
      if (cols.length != 3) throw new IOException(tsv + ": expected file, status and explanation: " + line);
      out.put(cols[0], new Entry(Status.of(cols[1]), cols[2].strip()));
    }
    return out;
  }

  /**
   * The outcome with its explanation, when the failure is the one recorded: of the status the
   * entry gives (a file that now fails otherwise, an internal error where a difference was
   * explained, stays unexplained), or any failure of a file Cython fails too.
   */
  static Outcome apply(Map<String, Entry> known, Outcome o) {
    Entry e = known.get(o.file());
    if (e == null || !o.status().needsExplanation()) return o;
    if (e.status() != Status.CYTHON_DEFECT && e.status() != o.status()) return o;
    return o.withStatus(e.status(), "known: " + e.explanation() + " [observed: " + o.reason() + "]");
  }

  static boolean explained(Map<String, Entry> known, Outcome o) {
    return !o.status().needsExplanation() || o.reason().startsWith("known: ") && known.containsKey(o.file());
  }
}
