package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole C pyxc writes for the seed ({@code examples/seed.pyx}), pinned in
 * {@code tests/golden/pyxc/seed.c}: the acquisition for {@code y}, the release at its last use,
 * the wrapper's acquisition of the argument and its release after the call, and only the
 * runtime pieces the module uses. Regenerate with {@code -Dpyxc.updateGoldens=true} and read the diff.
 */
class CGoldenTest {
  @Test
  void seedC() throws Exception {
    Path pyx = Paths.root().resolve("examples/seed.pyx");
    String c = Compiler.compile("seed", Files.readString(pyx), "seed.pyx", List.of()).c();
    Path golden = Paths.root().resolve("tests/golden/pyxc/seed.c");
    if (Boolean.getBoolean("pyxc.updateGoldens")) Files.writeString(golden, c);
    assertWithMessage("C for the seed").that(c).isEqualTo(Files.readString(golden));
    assertWithMessage("C size of the seed (Cython 3.3 writes about 1 MB)").that(c.length()).isLessThan(100_000);
  }

  /**
   * With {@code boundscheck=False, wraparound=False}, the kernels' bodies
   * ({@code tests/golden/pyxc/unchecked_loops.pyx}) index views by plain pointer arithmetic: the
   * golden {@code unchecked_loops.c} pins the function bodies, and no index check is called.
   */
  @Test
  void uncheckedLoopsArePointerArithmetic() throws Exception {
    Path pyx = Paths.root().resolve("tests/golden/pyxc/unchecked_loops.pyx");
    String c = Compiler.compile("unchecked_loops", Files.readString(pyx), "unchecked_loops.pyx", List.of()).c();
    StringBuilder bodies = new StringBuilder();
    Matcher m = Pattern.compile("(?ms)^static PyObject \\*pyxc_pf_\\w+\\([^;{]*\\) \\{\n.*?^\\}\n").matcher(c);
    while (m.find()) bodies.append(m.group()).append('\n');
    String got = bodies.toString();
    assertWithMessage("implementation functions found").that(got).contains("pyxc_pf_stencil");
    assertWithMessage("index checks in unchecked loops").that(got).doesNotContain("pyxc_mv_index");
    assertWithMessage("stencil load").that(got)
        .containsMatch("\\(\\*\\(double \\*\\)\\(a_u\\.data \\+ \\w+ \\* a_u\\.strides\\[0\\] \\+ \\w+ \\* a_u\\.strides\\[1\\]\\)\\)");
    Path golden = Paths.root().resolve("tests/golden/pyxc/unchecked_loops.c");
    if (Boolean.getBoolean("pyxc.updateGoldens")) Files.writeString(golden, got);
    assertWithMessage("C of the unchecked kernels").that(got).isEqualTo(Files.readString(golden));
  }
}
