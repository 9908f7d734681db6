package dev.pyxc.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Multi-case data files: each case is {@code [case NAME]}, its input, {@code [out]}, and the
 * expected output. A case without {@code [out]} or a duplicate name fails loading, so no input
 * goes unchecked.
 */
public final class CaseFile {
  public record Case(String file, String name, String input, String expected, int line) {}

  private CaseFile() {}

  public static List<Case> load(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path);
    List<Case> cases = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String name = null;
    int start = 0;
    StringBuilder input = null;
    StringBuilder out = null;
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i) : null;
      if (l == null || l.startsWith("[case ")) {
        if (name != null) {
          if (out == null) throw new IllegalStateException(path + ":" + start + ": case '" + name + "' has no [out] section");
          cases.add(new Case(path.getFileName().toString(), name, trim(input), trim(out), start));
        }
        if (l == null) break;
        name = l.substring(6, l.length() - 1).strip();
        if (!names.add(name)) throw new IllegalStateException(path + ":" + (i + 1) + ": duplicate case '" + name + "'");
        start = i + 1;
        input = new StringBuilder();
        out = null;
      } else if (l.equals("[out]")) {
        out = new StringBuilder();
      } else if (out != null) {
        out.append(l).append('\n');
      } else if (input != null) {
        input.append(l).append('\n');
      } else if (!l.isBlank() && !l.startsWith("--")) {
        throw new IllegalStateException(path + ":" + (i + 1) + ": text before the first [case]");
      }
    }
    if (cases.isEmpty()) throw new IllegalStateException(path + ": no cases");
    return cases;
  }

  /** One dynamic test per case in every {@code *.test} file of {@code dir}: output of {@code run} must equal {@code [out]}. */
  public static java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> tests(Path dir, CaseRunner run) throws IOException {
    List<Case> all = new ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".test")).sorted().toList()) {
        if (Boolean.getBoolean("pyxc.updateGoldens")) rewrite(f, run);
        all.addAll(load(f));
      }
    }
    return all.stream().map(c -> org.junit.jupiter.api.DynamicTest.dynamicTest(c.file() + ": " + c.name(), () ->
        com.google.common.truth.Truth.assertWithMessage("%s:%s", c.file(), c.line())
            .that(run.run(c.input() + "\n")).isEqualTo(c.expected())));
  }

  /** {@code -Dpyxc.updateGoldens=true}: every {@code [out]} of {@code f} replaced by what {@code run} gives now (review the diff). */
  private static void rewrite(Path f, CaseRunner run) throws IOException {
    StringBuilder text = new StringBuilder();
    StringBuilder input = new StringBuilder();
    boolean inOut = false;
    for (String l : Files.readAllLines(f)) {
      if (l.startsWith("[case ")) {
        inOut = false;
        input.setLength(0);
      } else if (l.equals("[out]")) {
        inOut = true;
        text.append(l).append('\n');
        try {
          text.append(run.run(trim(input) + "\n")).append("\n\n");
        } catch (Exception e) {
          throw new IOException(f + ": " + e, e);
        }
        continue;
      } else if (!inOut) {
        input.append(l).append('\n');
      }
      if (!inOut) text.append(l).append('\n');
    }
    Files.writeString(f, text.toString().stripTrailing() + "\n");
  }

  /** Turns a case's input into the text compared with its {@code [out]}. */
  @FunctionalInterface
  public interface CaseRunner {
    String run(String input) throws Exception;
  }

  private static String trim(StringBuilder sb) {
    String s = sb.toString();
    while (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
    while (s.startsWith("\n")) s = s.substring(1);
    return s;
  }
}
