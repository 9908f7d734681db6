package dev.pyxc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles a generated C file into an extension module for one interpreter. Extra flags (for
 * sanitizer builds) come from {@code PYXC_CFLAGS}.
 */
public final class Gcc {
  private Gcc() {}

  public static List<String> command(PythonConfig py, Path c, Path so) {
    return command(py, c, so, List.of());
  }

  public static List<String> command(PythonConfig py, Path c, Path so, List<String> extraFlags) {
    List<String> cmd = new ArrayList<>(List.of(py.cc(), "-O2", "-g0", "-fPIC", "-shared", "-fwrapv", "-fno-strict-aliasing",
        "-Wall", "-Wno-unused-label", "-Wno-unused-function", "-Wno-unused-variable",
        "-I" + py.includeDir()));
    String extra = System.getenv("PYXC_CFLAGS");
    if (extra != null && !extra.isBlank()) cmd.addAll(Arrays.asList(extra.trim().split("\\s+")));
    cmd.addAll(extraFlags);
    cmd.addAll(List.of(c.toString(), "-o", so.toString(), "-lm"));
    return cmd;
  }

  /** Builds {@code c} into {@code so}; the module file appears only when gcc succeeded. */
  public static void build(PythonConfig py, Path c, Path so) throws IOException {
    build(py, c, so, List.of());
  }

  public static void build(PythonConfig py, Path c, Path so, List<String> extraFlags) throws IOException {
    Path tmp = so.resolveSibling(so.getFileName() + ".tmp");
    ProcessBuilder pb = new ProcessBuilder(command(py, c, tmp, extraFlags));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc;
    try {
      rc = p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    if (rc != 0) {
      Files.deleteIfExists(tmp);
      throw new IOException("gcc failed on " + c + ":\n" + out);
    }
    Files.move(tmp, so, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
