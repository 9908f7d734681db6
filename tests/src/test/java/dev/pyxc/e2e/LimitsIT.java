package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at the edge: deep nesting fails with a positioned error (never a stack overflow), and
 * large modules compile in a heap of fixed size. The heap is capped at 768 MiB, so a compile
 * whose memory grew with anything but the module would fail here.
 */
class LimitsIT {
  private static final String HEAP = "-Xmx768m";

  @TempDir
  Path dir;

  private Cli.Run compile(String file) throws Exception {
    return Cli.run(dir, List.of(HEAP), "compile", file);
  }

  @Test
  void thousandDeepNestingIsAPositionedError() throws Exception {
    Files.writeString(dir.resolve("parens.pyx"), "def f(x):\n    return " + "(".repeat(1000) + "x" + ")".repeat(1000) + "\n");
    Cli.Run r = compile("parens.pyx");
    assertWithMessage(r.stderr()).that(r.status()).isEqualTo(1);
    assertWithMessage("error").that(r.stderr()).containsMatch("parens\\.pyx:2:\\d+: too many nested parentheses\\n$");
    assertWithMessage("no partial output").that(Files.exists(dir.resolve("parens.c"))).isFalse();

    Files.writeString(dir.resolve("unary.pyx"), "def f(x):\n    return " + "-".repeat(1000) + "x\n");
    r = compile("unary.pyx");
    assertWithMessage(r.stderr()).that(r.status()).isEqualTo(1);
    assertWithMessage("error").that(r.stderr()).containsMatch("unary\\.pyx:2:\\d+: too many nested unary operators\\n$");
  }

  @Test
  void thousandTermChainCompiles() throws Exception {
    // A flat chain is a deep left-leaning tree for the compiler, but not nesting in the source.
    Files.writeString(dir.resolve("chain.pyx"), "def f(x):\n    return " + String.join(" + ", java.util.Collections.nCopies(1000, "x")) + "\n");
    Cli.Run r = compile("chain.pyx");
    assertWithMessage(r.stderr()).that(r.status()).isEqualTo(0);
    assertWithMessage("C written").that(Files.size(dir.resolve("chain.c"))).isGreaterThan(0L);
  }

  @Test
  void hundredThousandLineModuleCompilesInAFixedHeap() throws Exception {
    Process gen = new ProcessBuilder("python3", Paths.root().resolve("bench/genmodule.py").toString(), "11200",
        dir.resolve("big.pyx").toString()).inheritIO().start();
    assertWithMessage("generator").that(gen.waitFor()).isEqualTo(0);
    assertWithMessage("lines").that(Files.readAllLines(dir.resolve("big.pyx")).size()).isGreaterThan(100_000);
    Cli.Run r = compile("big.pyx");
    assertWithMessage(r.stderr()).that(r.status()).isEqualTo(0);
    assertWithMessage("C written").that(Files.readString(dir.resolve("big.c"))).contains("pyxc_pf_objects_11199");
  }

  @Test
  void tenMegabyteStringLiteralCompiles() throws Exception {
    Files.writeString(dir.resolve("text.pyx"), "TEXT = \"" + "a".repeat(10_000_000) + "\"\n\ndef size():\n    return len(TEXT)\n");
    Cli.Run r = compile("text.pyx");
    assertWithMessage(r.stderr()).that(r.status()).isEqualTo(0);
    assertWithMessage("C written").that(Files.size(dir.resolve("text.c"))).isGreaterThan(10_000_000L);
  }
}
