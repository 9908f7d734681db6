package dev.pyxc.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Build settings of one Python interpreter, read from its own {@code sysconfig} (so building
 * for {@code python3-dbg} picks its headers and {@code d} suffix).
 */
public record PythonConfig(String executable, Path includeDir, String extSuffix, String cc, boolean debugBuild) {
  private static final String QUERY = String.join("\n",
      "import sysconfig, sys",
      "v = sysconfig.get_config_var",
      "print(sysconfig.get_paths()['include'])",
      "print(v('EXT_SUFFIX'))",
      "print((v('CC') or 'gcc').split()[0])",
      "print(int(hasattr(sys, 'gettotalrefcount')))",
      "print(sys.executable)");

  private static final java.util.Map<String, Path> NUMPY_INCLUDES = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * numpy's C headers for this interpreter ({@code numpy.get_include()}), asked once per
   * interpreter: a module that cimports numpy is built against the numpy it will import.
   */
  public Path numpyInclude() throws IOException {
    Path known = NUMPY_INCLUDES.get(executable);
    if (known != null) return known;
    Ran r = run(executable, "import numpy; print(numpy.get_include())");
    if (r.status() != 0) {
      throw new IOException("the module cimports numpy, which " + executable + " cannot import: install numpy for it"
          + " (apt-get install python3-numpy, or pip install numpy)\n" + r.out().strip());
    }
    Path include = Path.of(r.out().strip().lines().reduce((a, b) -> b).orElse(""));
    NUMPY_INCLUDES.put(executable, include);
    return include;
  }

  private static final java.util.Map<String, List<Path>> MODULE_PATHS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The directories this interpreter imports from ({@code sys.path}), asked once per interpreter:
   * where Cython also finds the {@code .pxd} files a module cimports from an installed package
   * ({@code scipy.linalg.cython_blas}).
   */
  public List<Path> modulePath() throws IOException {
    return modulePath(executable);
  }

  /** As {@link #modulePath()}, for the interpreter {@code executable} names, without asking it anything else. */
  public static List<Path> modulePath(String executable) throws IOException {
    List<Path> known = MODULE_PATHS.get(executable);
    if (known != null) return known;
    Ran r = run(executable, "import sys\nfor p in sys.path:\n    print(p)");
    if (r.status() != 0) throw new IOException("Python interpreter '" + executable + "' failed: " + r.out().strip());
    String out = r.out();
    // (the current directory, '', is the module's own: looked in already)
    List<Path> dirs = out.lines().filter(l -> !l.isBlank()).map(Path::of).filter(java.nio.file.Files::isDirectory).toList();
    MODULE_PATHS.put(executable, dirs);
    return dirs;
  }

  public static PythonConfig query(String executable) throws IOException {
    Ran r;
    try {
      r = run(executable, QUERY);
    } catch (IOException e) {
      throw new IOException("cannot run Python interpreter '" + executable + "': " + e.getMessage());
    }
    String out = r.out();
    if (r.status() != 0) throw new IOException("Python interpreter '" + executable + "' failed: " + out.strip());
    List<String> lines = out.lines().toList();
    if (lines.size() < 5) throw new IOException("unexpected sysconfig output from '" + executable + "': " + out);
    // Later runs use the interpreter's own path: a version manager's shim (pyenv's costs about
    // 0.3 s a start) would otherwise be paid on every test module.
    String resolved = lines.get(4).isBlank() ? executable : lines.get(4);
    return new PythonConfig(resolved, Path.of(lines.get(0)), lines.get(1), lines.get(2), lines.get(3).equals("1"));
  }

  /** What running a script with the interpreter gave: its exit status and everything it printed. */
  private record Ran(int status, String out) {}

  private static Ran run(String executable, String script) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(executable, "-c", script);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return new Ran(p.waitFor(), out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }
}
