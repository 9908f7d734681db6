package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.support.Paths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The C runtime on its own: {@code runtime-c/tests/test_runtime.c} built with gcc against an embedded interpreter. */
class RuntimeCIT {
  @TempDir
  Path dir;

  private static String run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    if (rc != 0) throw new AssertionError(String.join(" ", cmd) + " exited " + rc + ":\n" + out);
    return out;
  }

  @Test
  void runtimeSelfTestPasses() throws Exception {
    String config = "python3.11-config";
    List<String> cmd = new ArrayList<>(List.of("gcc", "-Wall", "-Wno-unused-function", "-O1"));
    cmd.addAll(Arrays.asList(run(List.of(config, "--includes")).trim().split("\\s+")));
    Path exe = dir.resolve("test_runtime");
    cmd.addAll(List.of(Paths.root().resolve("runtime-c/tests/test_runtime.c").toString(), "-o", exe.toString()));
    cmd.addAll(Arrays.asList(run(List.of(config, "--embed", "--ldflags")).trim().split("\\s+")));
    String build = run(cmd);
    assertWithMessage("gcc warnings").that(build).isEmpty();
    assertWithMessage("runtime self-test").that(run(List.of(exe.toString()))).contains("runtime checks passed");
  }
}
