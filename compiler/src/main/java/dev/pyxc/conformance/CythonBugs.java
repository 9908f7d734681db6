package dev.pyxc.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cython's {@code tests/bugs.txt}: tests of unresolved Cython bugs that runtests.py does not
 * run. Each line's first word is a regular expression searched (ignoring case) in the test's
 * name, {@code DIRECTORY.MODULE}, as runtests.py's FileListExcluder does.
 */
final class CythonBugs {
  private final List<Pattern> patterns;

  private CythonBugs(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  static CythonBugs read(Path testsDir) throws IOException {
    List<Pattern> out = new ArrayList<>();
    Path file = testsDir.resolve("bugs.txt");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String entry = line.replaceAll("#.*", "").strip();
        if (!entry.isEmpty()) out.add(Pattern.compile(entry.split("\\s+")[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    return new CythonBugs(out);
  }

  boolean excludes(SuiteFile f) {
    String dir = f.name().contains("/") ? f.name().substring(0, f.name().indexOf('/')) : "";
    String testName = dir + "." + f.module();
    return patterns.stream().anyMatch(p -> p.matcher(testName).find());
  }
}
