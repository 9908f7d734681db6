package dev.pyxc.gen;

import dev.pyxc.support.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Running a generated program's reference and keeping what a failing seed produced. */
final class GeneratedPrograms {
  private GeneratedPrograms() {}

  /**
   * Runs the reference under {@code /usr/bin/python3} and writes the module whose doctests expect
   * exactly what it printed; returns the {@code .pyx}.
   */
  static Path withReferenceResults(GeneratedProgram program, Path dir) throws IOException, InterruptedException {
    Path pyx = dir.resolve(name(program) + ".pyx");
    Files.writeString(pyx, program.module(referenceResults(program, dir)));
    return pyx;
  }

  private static String name(GeneratedProgram program) {
    return "gen" + program.seed() + (program.walrus() ? "" : "_nw");
  }

  /** What the reference prints for each call, one {@code repr} per line. */
  static List<String> referenceResults(GeneratedProgram program, Path dir) throws IOException, InterruptedException {
    Path ref = dir.resolve(name(program) + "_ref.py");
    Files.writeString(ref, program.referenceScript());
    Process p = new ProcessBuilder("/usr/bin/python3", ref.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    List<String> results = out.lines().toList();
    if (p.waitFor() != 0 || results.size() != program.calls().size()) {
      throw new IllegalStateException("the reference of seed " + program.seed() + " did not run (a generator bug):\n"
          + out + "\n" + program.referenceScript());
    }
    return results;
  }

  /** Copies a failing seed's module and reference where a developer can minimise them. */
  static void keepFailure(GeneratedProgram program, Path pyx) throws IOException {
    Path keep = Files.createDirectories(Paths.root().resolve("tests/target/generated-failures"));
    Files.copy(pyx, keep.resolve(pyx.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(keep.resolve(pyx.getFileName().toString().replace(".pyx", "_ref.py")), program.referenceScript());
  }

  static String output(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
