package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.driver.Compiler;
import dev.pyxc.support.CaseFile;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tests/cases/ir/*.test}: golden IR of pyxc's own output after the refcount pass, with the
 * rule behind every inserted op. A change to lowering or to the pass shows up here as a diff to
 * read. Regenerate with {@code -Dpyxc.updateGoldens=true} and review the diff.
 */
class IrGoldenTest {
  @TestFactory
  Stream<DynamicTest> irCases() throws Exception {
    try (Stream<Path> files = Files.list(Paths.cases("ir"))) {
      return files.filter(p -> p.toString().endsWith(".test")).sorted().toList().stream()
          .flatMap(f -> {
            try {
              return CaseFile.load(f).stream();
            } catch (Exception e) {
              throw new RuntimeException(e);
            }
          })
          .map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.name(), () ->
              assertWithMessage("%s:%s", c.file(), c.line()).that(ir(c.input() + "\n")).isEqualTo(c.expected())));
    }
  }

  static String ir(String source) throws Exception {
    Compiler.Result r = Compiler.compile("t", source, "t.pyx", List.of());
    return r.ir().stream().map(Compiler.FunctionDump::after).collect(Collectors.joining("\n")).strip();
  }
}
