package dev.pyxc.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tests/cython-suite/status.tsv}: one row per file, {@code file status tags blockers
 * reason}, sorted by file; tags and blockers are comma-separated ({@code -} for none). It is
 * the record a later run is compared with.
 */
final class StatusTable {
  static final String HEADER = "file\tstatus\ttags\tblockers\treason";

  private StatusTable() {}

  static Map<String, Outcome> read(Path tsv) throws IOException {
    Map<String, Outcome> rows = new TreeMap<>();
    if (!Files.exists(tsv)) return rows;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.equals(HEADER)) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length != 5) throw new IOException(tsv + ": expected 5 tab-separated columns: " + line);
      // (a blocker's own commas are written as semicolons: the column is a comma-separated list)
      List<String> blockers = list(cols[3]).stream().map(b -> b.replace(";", ",")).toList();
      rows.put(cols[0], new Outcome(cols[0], Status.of(cols[1]), list(cols[2]), cols[4], blockers));
    }
    return rows;
  }

  static void write(Path tsv, Map<String, Outcome> rows) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Outcome o : new TreeMap<>(rows).values()) {
      sb.append(o.file()).append('\t').append(o.status().word).append('\t').append(joined(o.tags())).append('\t')
          .append(joined(o.blockers().stream().map(b -> b.replace(",", ";")).toList())).append('\t').append(o.reason()).append('\n');
    }
    Files.createDirectories(tsv.toAbsolutePath().getParent());
    Files.writeString(tsv, sb, StandardCharsets.UTF_8);
  }

  private static List<String> list(String col) {
    return col.equals("-") || col.isEmpty() ? List.of() : Arrays.asList(col.split(","));
  }

  private static String joined(List<String> items) {
    return items.isEmpty() ? "-" : String.join(",", items);
  }

  /**
   * Files that passed in the record and no longer do. (A file that newly fails in another way is
   * caught as an unexplained failure: see {@link KnownDifferences#explained}.)
   */
  static List<String> regressions(Map<String, Outcome> before, Map<String, Outcome> now) {
    List<String> out = new ArrayList<>();
    for (Outcome o : now.values()) {
      Outcome was = before.get(o.file());
      if (was != null && was.status() == Status.PASS && o.status() != Status.PASS) {
        out.add(o.file() + ": passed, now " + o.status().word + ": " + o.reason());
      }
    }
    return out;
  }
}
