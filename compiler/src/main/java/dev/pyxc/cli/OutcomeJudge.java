package dev.pyxc.cli;

import dev.pyxc.build.PythonConfig;
import dev.pyxc.compare.KnownDifferences;
import dev.pyxc.compare.Outcomes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a built module's doctests (or a driver script) through {@code outcomes.py}, which records
 * what each example printed or raised, and judges that record against a reference: a golden
 * recorded from Cython or a Cython build run beside it. Shared by {@code pyxc compare} and by
 * {@link ModuleTester}, which checks its own release build against the goldens.
 */
final class OutcomeJudge {
  private OutcomeJudge() {}

  enum Status { SAME, DIFFERENT, KNOWN, SKIPPED, RECORDED }

  /** A module's status and the lines that report it. */
  record Verdict(Status status, String text) {}

  /** Writes {@code outcomes.py} into {@code dir}; returns its path. */
  static Path writeScript(Path dir) throws IOException {
    Path script = dir.resolve("outcomes.py");
    try (InputStream in = OutcomeJudge.class.getResourceAsStream("outcomes.py")) {
      Files.write(script, in.readAllBytes());
    }
    return script;
  }

  /**
   * The outcomes of module {@code name} built in {@code dir}, run with {@code env} added to the
   * environment, or a crash record when the interpreter died.
   */
  static String run(PythonConfig py, java.util.Map<String, String> env, Path script, Path dir, String name, Path driver)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(py.executable(), script.toString(), dir.toString(), name));
    if (driver != null) cmd.addAll(List.of("--driver", driver.toAbsolutePath().toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return record(p.waitFor(), out);
  }

  /** What {@code outcomes.py} printed, or a crash record when it ended with status {@code rc}. */
  static String record(int rc, String out) {
    if (rc != 0) return "## crash\n! the process ended with status " + rc + "\n" + out.lines().map(l -> "| " + l).reduce("", (a, b) -> a + b + "\n");
    return out;
  }

  /**
   * Judges pyxc's outcomes for {@code pyx} against {@code reference} (named {@code referenceName}
   * in the report; {@code recordedCython} names a reference that rejected the module), with the
   * differences {@code known} explains; {@code recording} says a Cython run is being recorded.
   */
  static Verdict judge(Path pyx, Outcomes reference, String referenceName, String recordedCython, Outcomes actual,
      KnownDifferences known, boolean recording) {
    StringBuilder out = new StringBuilder();
    String rejected = reference.notes().stream().filter(n -> n.startsWith("cython rejected: ")).findFirst().orElse(null);
    if (rejected != null) {
      Status s = known.coversModule() ? Status.KNOWN : Status.SKIPPED;
      out.append(s == Status.KNOWN ? "known     " : "skipped   ").append(pyx).append(": ").append(recordedCython)
          .append(" rejects it (").append(rejected.substring("cython rejected: ".length())).append(")")
          .append(s == Status.KNOWN ? "; " + known.reasonFor("*") : "").append("; pyxc ran ").append(actual.count())
          .append(" example(s)\n");
      return new Verdict(s, out.toString());
    }
    List<Outcomes.Difference> diffs = Outcomes.diff(reference, actual);
    boolean unexplained = diffs.stream().anyMatch(d -> !known.covers(d.test()));
    Status status = diffs.isEmpty() ? (recording ? Status.RECORDED : Status.SAME) : unexplained ? Status.DIFFERENT : Status.KNOWN;
    String label = switch (status) {
      case SAME -> "same     ";
      case RECORDED -> "recorded ";
      case KNOWN -> "known    ";
      default -> "DIFFERENT";
    };
    out.append(label).append(' ').append(pyx).append(" (").append(reference.count()).append(" example(s))\n");
    for (Outcomes.Difference d : diffs) {
      boolean explained = known.covers(d.test());
      out.append("  ").append(d.test()).append(d.source().isEmpty() ? "" : ": " + d.source().replace("\n", "\n      "))
          .append(explained ? "    [known difference: " + known.reasonFor(d.test()) + "]" : "").append('\n');
      out.append("    ").append(referenceName).append(": ").append(show(d.expected())).append('\n');
      out.append("    pyxc: ").append(show(d.actual())).append('\n');
    }
    return new Verdict(status, out.toString());
  }

  private static String show(List<String> result) {
    if (result == null) return "(no such example)";
    if (result.isEmpty()) return "(nothing printed)";
    return String.join("\n          ", result);
  }
}
