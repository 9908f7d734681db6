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

  public static List<String> command(PythonConfig py, Path c, Path so) throws IOException {
    return command(py, c, so, List.of());
  }

  public static List<String> command(PythonConfig py, Path c, Path so, List<String> extraFlags) throws IOException {
    List<String> cmd = new ArrayList<>(compiler(py));
    List<String> flags = flags(py, withLibraries(py, c, extraFlags));
    // Libraries after the module's C, or a static one (numpy's npymath) would resolve nothing of it.
    cmd.addAll(flags.stream().filter(f -> !f.startsWith("-l")).toList());
    cmd.addAll(List.of(c.toString(), "-o", so.toString()));
    cmd.addAll(flags.stream().filter(f -> f.startsWith("-l")).toList());
    cmd.add("-lm");
    return cmd;
  }

  /**
   * The C compiler: {@code $CC} when set (words split at spaces, as distutils reads it, so
   * {@code CC="ccache gcc"} or {@code CC="distcc gcc"} works), else the interpreter's own.
   */
  private static List<String> compiler(PythonConfig py) {
    String cc = System.getenv("CC");
    return cc == null || cc.isBlank() ? List.of(py.cc()) : Arrays.asList(cc.trim().split("\\s+"));
  }

  /** Marks the C of a module with prange loops (see CEmitter): such a module is built with OpenMP. */
  public static final String OPENMP_MARK = "/* pyxc: uses OpenMP */";

  /** Marks the C of a module that includes numpy's headers (`cimport numpy`): built with numpy's include directory. */
  public static final String NUMPY_MARK = "/* pyxc: uses numpy */";

  /**
   * {@code flags} plus {@code -fopenmp} when the C file uses OpenMP and numpy's include directory
   * (of the interpreter built for) when it includes numpy's headers.
   */
  static List<String> withLibraries(PythonConfig py, Path c, List<String> flags) throws IOException {
    List<String> marks;
    try (java.io.BufferedReader in = Files.newBufferedReader(c, StandardCharsets.UTF_8)) {
      marks = in.lines().limit(40).filter(l -> l.equals(OPENMP_MARK) || l.equals(NUMPY_MARK)).toList();
    } catch (java.io.UncheckedIOException e) {
      marks = List.of();
    }
    if (marks.isEmpty()) return flags;
    List<String> out = new ArrayList<>(flags);
    if (marks.contains(OPENMP_MARK)) out.add("-fopenmp");
    if (marks.contains(NUMPY_MARK)) out.add("-I" + py.numpyInclude());
    return out;
  }

  /** The compiler flags of a build, without its input and output files. */
  private static List<String> flags(PythonConfig py, List<String> extraFlags) {
    List<String> flags = new ArrayList<>(List.of("-O2", "-g0", "-fPIC", "-shared", "-fwrapv", "-fno-strict-aliasing",
        "-Wall", "-Wno-unused-label", "-Wno-unused-function", "-Wno-unused-variable",
        "-I" + py.includeDir()));
    String extra = System.getenv("PYXC_CFLAGS");
    if (extra != null && !extra.isBlank()) flags.addAll(Arrays.asList(extra.trim().split("\\s+")));
    flags.addAll(extraFlags);
    return flags;
  }

  /** Builds {@code c} into {@code so}; the module file appears only when gcc succeeded. */
  public static void build(PythonConfig py, Path c, Path so) throws IOException {
    build(py, c, so, List.of());
  }

  public static void build(PythonConfig py, Path c, Path so, List<String> extraFlags) throws IOException {
    build(py, c, so, extraFlags, false);
  }

  /**
   * As {@link #build(PythonConfig, Path, Path, List)}; a {@code shared} build (one another test
   * run makes the same: `pyxc test`'s and `pyxc compare`'s) goes through the build cache
   * {@code PYXC_GCC_CACHE} names, any other does not pay for a key that would never be found.
   */
  public static void build(PythonConfig py, Path c, Path so, List<String> extraFlags, boolean shared) throws IOException {
    Path tmp = so.resolveSibling(so.getFileName() + ".tmp");
    BuildCache cache = shared ? BuildCache.fromEnvironment() : null;
    String key = cache == null ? null : cache.key(py.cc(), flags(py, withLibraries(py, c, extraFlags)), c);
    if (key != null && cache.fetch(key, tmp)) {
      Files.move(tmp, so, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Run run = run(command(py, c, tmp, extraFlags), null);
    if (run.status() != 0) {
      Files.deleteIfExists(tmp);
      String hint = run.output().contains("omp.h") || run.output().contains("-lgomp")
          ? "\nThe module's prange loops need OpenMP: install gcc's OpenMP runtime (apt-get install libgomp1, or your compiler's)." : "";
      throw new IOException("gcc failed on " + c + ":\n" + run.output() + hint);
    }
    if (key != null) cache.store(key, tmp);
    Files.move(tmp, so, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  record Run(int status, byte[] stdout, String output) {}

  /** Runs a command to its end (in {@code dir} unless null): its exit status, its standard output, and both streams as text. */
  static Run run(List<String> cmd, Path dir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (dir != null) pb.directory(dir.toFile());
    Path err = Files.createTempFile("pyxc-gcc", ".err");
    try {
      pb.redirectError(err.toFile());
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      int rc;
      try {
        rc = p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
      return new Run(rc, out, new String(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
