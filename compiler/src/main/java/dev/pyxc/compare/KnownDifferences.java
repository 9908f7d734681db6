package dev.pyxc.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code NAME.known} beside a golden {@code NAME.out}: the docstrings where pyxc deliberately
 * differs from the recorded Cython (it crashes or miscompiles, so Python's semantics win), one per line as
 * {@code TEST: reason}, or {@code *: reason} for the whole module. Differences there are
 * reported but do not fail the comparison.
 */
public record KnownDifferences(Map<String, String> reasons) {
  public static KnownDifferences read(Path golden) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    if (golden != null) {
      String f = golden.getFileName().toString();
      Path known = golden.resolveSibling(f.substring(0, f.length() - 4) + ".known");
      if (Files.exists(known)) {
        for (String line : Files.readAllLines(known)) {
          if (line.isBlank() || line.startsWith("#")) continue;
          int colon = line.indexOf(':');
          if (colon < 0) throw new IOException(known + ": expected 'TEST: reason', got '" + line + "'");
          m.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      }
    }
    return new KnownDifferences(Map.copyOf(m));
  }

  public boolean coversModule() {
    return reasons.containsKey("*");
  }

  public boolean covers(String test) {
    return coversModule() || reasons.containsKey(test);
  }

  public String reasonFor(String test) {
    return reasons.getOrDefault(test, reasons.get("*"));
  }
}
