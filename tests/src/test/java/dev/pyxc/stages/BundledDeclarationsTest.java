package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.diag.CompileError;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every declaration file pyxc bundles ({@code libc.*}, {@code cpython.*}, {@code posix.*}) is
 * read when a module cimports all of it: it parses, its types and names declare without
 * conflicts, and the module's C is generated. A broken file would otherwise show only in
 * a module that happens to cimport it.
 */
class BundledDeclarationsTest {
  private static final Path BUNDLED = Paths.root().resolve("compiler/src/main/resources/dev/pyxc/pxd");

  @TestFactory
  Stream<DynamicTest> everyFileDeclares() throws Exception {
    List<String> modules;
    try (Stream<Path> files = Files.walk(BUNDLED)) {
      modules = files.filter(f -> f.toString().endsWith(".pxd")).map(BundledDeclarationsTest::dotted).sorted().toList();
    }
    assertThat(modules).containsAtLeast("libc.math", "libc.time", "posix.unistd", "cpython.object");
    return modules.stream().map(m -> DynamicTest.dynamicTest(m, () -> {
      String source = "from " + m + " cimport *\ncimport " + m + " as whole\n";
      try {
        assertThat(Compiler.compile("uses_bundled", source, "uses_bundled.pyx", List.of(), false, null).c()).isNotEmpty();
      } catch (CompileError e) {
        assertWithMessage("cimport of %s: %s", m, e.diagnostics()).fail();
      }
    }));
  }

  private static String dotted(Path f) {
    String rel = BUNDLED.relativize(f).toString().replace('/', '.');
    rel = rel.substring(0, rel.length() - ".pxd".length());
    return rel.endsWith(".__init__") ? rel.substring(0, rel.length() - ".__init__".length()) : rel;
  }
}
