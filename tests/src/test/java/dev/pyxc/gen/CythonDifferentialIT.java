package dev.pyxc.gen;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.compare.CythonTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated programs without {@code :=} built by pyxc and by Debian's {@code cython3} (0.29,
 * installed by {@code ./test}); both builds run the same doctests, whose expected values come from
 * the pure-Python reference, so a difference names the side that left Python's meaning.
 *
 * <p>pyxc must pass every seed. Cython 0.29 departs from Python where {@code len()} of a view is
 * a {@code size_t} (cython/cython#2992, fixed in 3.0 by making it {@code Py_ssize_t}): an
 * expression such as {@code a - len(v)} wraps around instead of going negative. A seed Cython
 * fails is rebuilt with every {@code len(v)} cast to {@code Py_ssize_t}; if it then passes, the
 * difference is that known defect, and it is counted; any other difference fails the test.
 *
 * <p>Seeds: {@code -Dpyxc.gen.cython-seeds=FIRST-LAST} (default {@code 1001-1024}).
 */
class CythonDifferentialIT {
  private static final Pattern LEN = Pattern.compile("\\blen\\((\\w+)\\)");

  private static ModuleTester pyxc;
  private static CythonTool cython;
  private static PythonConfig python;
  private static Path runner;
  private static ExecutorService pool;

  @TempDir
  static Path dir;

  @BeforeAll
  static void setUp() throws Exception {
    python = PythonConfig.query("/usr/bin/python3");
    pyxc = new ModuleTester(List.of(python), false, List.of());
    cython = CythonTool.locate("cython3", python.executable());
    runner = ModuleTester.writeDoctestRunner(dir);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void tearDown() throws Exception {
    pool.shutdownNow();
    pyxc.close();
  }

  @Test
  void generatedProgramsAgreeWithCython029() throws Exception {
    assertWithMessage("cython3").that(cython.version()).startsWith("0.29");
    String[] range = System.getProperty("pyxc.gen.cython-seeds", "1001-1024").split("-");
    List<Long> seeds = LongStream.rangeClosed(Long.parseLong(range[0]), Long.parseLong(range[range.length - 1]))
        .boxed().toList();
    List<Future<String>> verdicts = new ArrayList<>();
    for (long seed : seeds) verdicts.add(pool.submit(() -> verdict(seed)));
    List<String> failures = new ArrayList<>();
    List<Long> lenDefect = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < seeds.size(); i++) {
      String v = verdicts.get(i).get();
      if (v.equals("len")) lenDefect.add(seeds.get(i));
      else if (!v.equals("same")) failures.add("seed " + seeds.get(i) + ": " + v);
    }
    System.out.printf("%d seeds: %d same under Cython 0.29, %d differ only by cython/cython#2992 (len() is size_t): %s%n",
        seeds.size(), seeds.size() - lenDefect.size(), lenDefect.size(), lenDefect);
    assertWithMessage("%s", String.join("\n\n", failures)).that(failures).isEmpty();
  }

  /** "same", "len" (Cython 0.29's unsigned len() and nothing else), or what went wrong. */
  private static String verdict(long seed) throws Exception {
    GeneratedProgram program = ProgramGenerator.generate(seed, false);
    Path pyx = GeneratedPrograms.withReferenceResults(program, dir);
    ModuleTester.Outcome ours = pyxc.test(pyx);
    if (!ours.passed()) {
      GeneratedPrograms.keepFailure(program, pyx);
      return "pyxc differs from the reference\n" + ours.log();
    }
    String theirs = runWithCython(pyx);
    if (theirs == null) return "same";
    String name = pyx.getFileName().toString().replace(".pyx", "");
    Path cast = dir.resolve(name + "_ssize").resolve(name + ".pyx");
    Files.createDirectories(cast.getParent());
    Files.writeString(cast, LEN.matcher(Files.readString(pyx)).replaceAll("(<Py_ssize_t>len($1))"));
    if (runWithCython(cast) == null) return "len";
    GeneratedPrograms.keepFailure(program, pyx);
    return "Cython 0.29 differs from the reference (and from pyxc)\n" + theirs;
  }

  /** Builds {@code pyx} with Cython in a directory of its own and runs its doctests: null when all pass. */
  private static String runWithCython(Path pyx) throws Exception {
    String name = pyx.getFileName().toString().replace(".pyx", "");
    Path build = Files.createDirectories(pyx.getParent().resolve("cython-" + name));
    Path copy = Files.copy(pyx, build.resolve(pyx.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path c = cython.translate(copy);
    // Cython's C at -O0: its meaning does not depend on the optimiser, and gcc is 4x faster.
    Gcc.build(python, c, build.resolve(name + python.extSuffix()), List.of("-O0"));
    Process p = new ProcessBuilder(python.executable(), runner.toString(), build.toString(), name)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return p.waitFor() == 0 ? null : out;
  }
}
