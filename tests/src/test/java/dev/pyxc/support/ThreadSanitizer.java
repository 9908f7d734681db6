package dev.pyxc.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds checked by ThreadSanitizer, and the environment they run in. gcc's OpenMP runtime
 * (libgomp) synchronises its thread pool with futexes ThreadSanitizer cannot see, so every region
 * after the first would be reported as racing with the code around it. The module runs instead on
 * LLVM's OpenMP runtime (libomp, which implements the same GOMP entry points gcc's code calls),
 * preloaded, with its Archer tool, which tells ThreadSanitizer what OpenMP synchronises: a region's
 * start and end, its barriers, reductions and lastprivate copies.
 */
public final class ThreadSanitizer {
  private ThreadSanitizer() {}

  public static final String LIBOMP = "/usr/lib/llvm-14/lib/libomp.so.5";
  public static final String ARCHER = "/usr/lib/llvm-14/lib/libarcher.so";

  /** Optimised a little, as TSan's documentation advises, with line numbers for its reports. */
  public static List<String> cflags() {
    return List.of("-O1", "-g", "-fsanitize=thread");
  }

  /** The environment to run in; {@code exitcode=66} makes a run with any report fail. */
  public static Map<String, String> runEnvironment() throws Exception {
    Process p = new ProcessBuilder("gcc", "-print-file-name=libtsan.so").redirectErrorStream(true).start();
    String libtsan = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    p.waitFor();
    Path suppressions = Paths.root().resolve("tests/tsan/libomp.supp");
    return Map.of(
        "LD_PRELOAD", libtsan + " " + LIBOMP,
        "OMP_TOOL_LIBRARIES", ARCHER,
        "PYTHONMALLOC", "malloc",
        "TSAN_OPTIONS", "suppressions=" + suppressions + " exitcode=66 history_size=4");
  }
}
