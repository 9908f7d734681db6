package dev.pyxc.stages;

import dev.pyxc.driver.Compiler;
import dev.pyxc.support.CaseFile;
import dev.pyxc.support.Paths;
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
    return CaseFile.tests(Paths.cases("ir"), IrGoldenTest::ir);
  }

  static String ir(String source) throws Exception {
    Compiler.Result r = Compiler.compile("t", source, "t.pyx", List.of());
    return r.ir().stream().map(Compiler.FunctionDump::after).collect(Collectors.joining("\n")).strip();
  }
}
