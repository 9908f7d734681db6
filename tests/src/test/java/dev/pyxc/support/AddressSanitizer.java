package dev.pyxc.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Builds checked by AddressSanitizer and UBSan: the gcc flags (every error fatal) and the
 * environment a module built so runs in, with the ASan runtime preloaded into the interpreter and
 * every Python allocation a {@code malloc} ASan sees.
 */
public final class AddressSanitizer {
  private AddressSanitizer() {}

  /** The flags of a sanitized build at optimisation level {@code optimisation} ({@code -O0} or {@code -O1}). */
  public static List<String> cflags(String optimisation) {
    return List.of(optimisation, "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer");
  }

  /**
   * The environment to run in. {@code malloc} returns NULL for a size it cannot give, as C says
   * (cases check for it), rather than ASan aborting; leaks are the refcount check's business.
   */
  public static Map<String, String> runEnvironment() throws Exception {
    Process p = new ProcessBuilder("gcc", "-print-file-name=libasan.so").redirectErrorStream(true).start();
    String libasan = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return Map.of("PYTHONMALLOC", "malloc", "LD_PRELOAD", libasan, "ASAN_OPTIONS", "detect_leaks=0:allocator_may_return_null=1");
  }
}
