package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.support.Paths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark's documented command still runs from this checkout, in its quick mode (small
 * sizes, few repeats: no figure here is a measurement). What can fail: a build, a crash, and the
 * kernels harness's own check that every build of every kernel gives the hand-written C's result.
 */
class BenchSmokeIT {
  private static String run(String... command) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(command));
    cmd.set(0, Paths.root().resolve(cmd.get(0)).toString());
    Process p = new ProcessBuilder(cmd).directory(Paths.root().toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage(String.join(" ", command) + " exit status; output:\n" + out).that(p.waitFor()).isEqualTo(0);
    return out;
  }

  @Test
  void kernelsAgreeWithHandWrittenC() throws Exception {
    String out = run("bench/kernels", "--quick");
    assertWithMessage("kernels table").that(out).contains("kernels on 10,000 doubles");
    assertWithMessage("call overhead table").that(out).contains("call overhead of f(double[:] x)");
    assertWithMessage("row-slice table").that(out).containsMatch("pyxc default +[0-9.]+ ns +[0-9.]+ ns");
  }

  @Test
  void prangeKernelsAgreeOnOneAndTwoThreads() throws Exception {
    String out = run("bench/parallel", "--quick");
    assertWithMessage("parallel table").that(out).contains("prange kernels on 10,000 doubles");
    assertWithMessage("parallel table").that(out).containsMatch("2-D stencil +[0-9.]+ ms +[0-9.]+ ms +[0-9.]+x");
  }

  @Test
  void fusedKernelsAgreeWithHandWrittenC() throws Exception {
    String out = run("bench/fused", "--quick");
    assertWithMessage("fused table").that(out).contains("fused kernels on 10,000 items");
    assertWithMessage("fused table").that(out).containsMatch("saxpy +float32 +[0-9.]+ ms +[0-9.]+x +[0-9.]+x");
  }

  @Test
  void modulesCallEachOther() throws Exception {
    String out = run("bench/modules", "--quick");
    assertWithMessage("modules table").that(out).containsMatch("cdef function +[0-9.]+ ns +[0-9.]+ ns");
    assertWithMessage("modules table").that(out).containsMatch("cdef method of a cimported class +[0-9.]+ ns");
  }

  @Test
  void translateComparesSizesAndTimes() throws Exception {
    String out = run("bench/translate", "--quick");
    assertWithMessage("translate table").that(out).containsMatch("seed +16 +[0-9.]+ s");
    assertWithMessage("gcc table").that(out).contains("generated_50");
  }

  @Test
  void compilerThroughputRunsUnderJmh() throws Exception {
    String out = run("bench/compiler", "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "module=seed,generated_50");
    assertWithMessage("throughput table").that(out).containsMatch("generated_50 +451 ");
  }
}
