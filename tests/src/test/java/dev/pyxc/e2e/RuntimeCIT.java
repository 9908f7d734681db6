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

  private record Ran(int status, String output) {}

  /** Runs a command to its end, whatever its status. */
  private static Ran runAny(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Ran(p.waitFor(), out);
  }

  /** Runs a command that must succeed; its output. */
  private static String run(List<String> cmd) throws Exception {
    Ran r = runAny(cmd);
    if (r.status() != 0) throw new AssertionError(String.join(" ", cmd) + " exited " + r.status() + ":\n" + r.output());
    return r.output();
  }

  /** Builds {@code source} into {@code exe} with gcc and the embedded interpreter's flags; gcc's output. */
  private String build(String source, Path exe, String... flags) throws Exception {
    String config = "python3.11-config";
    List<String> cmd = new ArrayList<>(List.of("gcc", "-Wall", "-Wno-unused-function", "-O1"));
    cmd.addAll(List.of(flags));
    cmd.addAll(Arrays.asList(run(List.of(config, "--includes")).trim().split("\\s+")));
    cmd.addAll(List.of(Paths.root().resolve(source).toString(), "-o", exe.toString()));
    cmd.addAll(Arrays.asList(run(List.of(config, "--embed", "--ldflags")).trim().split("\\s+")));
    cmd.add("-lpthread");
    return run(cmd);
  }

  /** Runs a ThreadSanitizer build; again without address randomisation if this kernel's layout defeats TSan. */
  private static Ran runTsan(Path exe) throws Exception {
    Ran r = runAny(List.of(exe.toString()));
    if (r.output().contains("unexpected memory mapping")) {
      r = runAny(List.of("setarch", run(List.of("uname", "-m")).strip(), "-R", exe.toString()));
    }
    return r;
  }

  @Test
  void runtimeSelfTestPasses() throws Exception {
    Path exe = dir.resolve("test_runtime");
    assertWithMessage("gcc warnings").that(build("runtime-c/tests/test_runtime.c", exe)).isEmpty();
    assertWithMessage("runtime self-test").that(run(List.of(exe.toString()))).contains("runtime checks passed");
  }

  /**
   * Threads acquiring and releasing the same buffer owner at once, under ThreadSanitizer: no
   * race, and the count ends where it started. The negative control updates the count with
   * plain loads and stores, and ThreadSanitizer must report it.
   */
  @Test
  void ownerCountIsThreadSafeUnderThreadSanitizer() throws Exception {
    Path exe = dir.resolve("test_owner_threads");
    assertWithMessage("gcc warnings").that(build("runtime-c/tests/test_owner_threads.c", exe, "-fsanitize=thread", "-g")).isEmpty();
    Ran r = runTsan(exe);
    assertWithMessage("stress run output:\n" + r.output()).that(r.status()).isEqualTo(0);
    assertWithMessage("stress run").that(r.output()).contains("owner stress passed");
    assertWithMessage("stress run").that(r.output()).doesNotContain("ThreadSanitizer");

    Path racy = dir.resolve("test_owner_threads_racy");
    build("runtime-c/tests/test_owner_threads.c", racy, "-fsanitize=thread", "-g", "-DPYXC_TEST_RACY");
    Ran control = runTsan(racy);
    assertWithMessage("negative control: plain updates of the count are a data race")
        .that(control.output()).contains("WARNING: ThreadSanitizer: data race");
  }
}
