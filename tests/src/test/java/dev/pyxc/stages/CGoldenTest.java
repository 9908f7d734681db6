package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
