package dev.pyxc.gen;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.support.AddressSanitizer;
import dev.pyxc.support.InParallel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random programs ({@link ProgramGenerator}) against their pure-Python meaning. For each seed the
 * reference runs under {@code /usr/bin/python3}; its printed values become the doctests of the
 * {@code .pyx} module, which pyxc compiles and which is then built and run twice: as a user builds
 * it (gcc -O2, the release interpreter), and for {@code python3-dbg} with AddressSanitizer and
 * UBSan, where the total reference count is also checked over repeated runs. Both check that no
 * buffer acquisition is left behind.
 *
 * <p>Seeds: {@code -Dpyxc.gen.seeds=FIRST-LAST} (default {@code 1-100}, what the CI's time allows), one per core;
 * {@code docs/testing.md} gives the longer command. A failing seed's module and reference are
 * kept under {@code tests/target/generated-failures/} to be minimised into a run case.
 */
class GeneratedProgramsIT {
  private static ModuleTester release;
  private static ModuleTester debugAsan;

  @TempDir
  static Path dir;

  @BeforeAll
  static void setUp() throws Exception {
    List<PythonConfig> pythons = ModuleTester.interpreters("/usr/bin/python3", true);
    release = new ModuleTester(pythons.subList(0, 1), false, List.of());
    debugAsan = new ModuleTester(pythons.subList(1, 2), true, List.of())
        // -O0: ASan and UBSan find the same faults unoptimised, and gcc is twice as fast; the -O2
        // build above is the one whose optimiser could expose undefined behaviour UBSan flags here.
        .withBuild(AddressSanitizer.cflags("-O0"), AddressSanitizer.runEnvironment());
  }

  @AfterAll
  static void tearDown() throws Exception {
    release.close();
    debugAsan.close();
  }

  @TestFactory
  Stream<DynamicTest> generatedPrograms() {
    return InParallel.tests(seeds().boxed().toList(), seed -> "seed " + seed, seed -> {
      List<String> failures = check(seed);
      assertWithMessage("seed %s:\n%s", seed, String.join("\n", failures)).that(failures).isEmpty();
    });
  }

  /** The comparison can fail: one expected value changed and the module's doctests report it. */
  @Test
  void aResultDifferentFromTheReferenceIsReported() throws Exception {
    GeneratedProgram program = ProgramGenerator.generate(1, true);
    Path good = GeneratedPrograms.withReferenceResults(program, dir);
    List<String> expected = GeneratedPrograms.referenceResults(program, dir);
    List<String> tampered = new ArrayList<>(expected);
    tampered.set(0, "('tampered', " + expected.get(0) + ")");
    Path bad = dir.resolve("tampered.pyx");
    Files.writeString(bad, program.module(tampered));
    assertWithMessage("untouched").that(release.test(good).passed()).isTrue();
    ModuleTester.Outcome o = release.test(bad);
    assertWithMessage("%s", o.log()).that(o.passed()).isFalse();
    assertWithMessage("%s", o.log()).that(o.log()).contains("'tampered'");
  }

  private static List<String> check(long seed) throws Exception {
    GeneratedProgram program = ProgramGenerator.generate(seed, true);
    Path pyx = GeneratedPrograms.withReferenceResults(program, dir);
    List<String> failures = new ArrayList<>();
    for (ModuleTester tester : List.of(release, debugAsan)) {
      ModuleTester.Outcome o = tester.test(pyx);
      if (!o.passed() || o.log().contains("ERROR: AddressSanitizer")) failures.add(o.log());
    }
    if (!failures.isEmpty()) GeneratedPrograms.keepFailure(program, pyx);
    return failures;
  }

  static LongStream seeds() {
    String[] range = System.getProperty("pyxc.gen.seeds", "1-100").split("-");
    return LongStream.rangeClosed(Long.parseLong(range[0]), Long.parseLong(range[range.length - 1]));
  }
}
