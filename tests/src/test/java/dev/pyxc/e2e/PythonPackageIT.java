package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.support.Paths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pyxc where Python users build code, each with the real tool: the package in {@code python/}
 * installed by pip into a fresh virtual environment of Debian's {@code /usr/bin/python3}, its
 * {@code pyxc} command, a setuptools project using {@code pyxc.build.cythonize} installed by pip,
 * {@code pyxc.pyximport}, the {@code %%pyxc} magic in IPython, and meson (and a meson-python
 * package installed by pip) with {@code pyxc cython} as its Cython. The projects are the samples
 * {@code docs/integration.md} shows ({@code docs/integration/}), run as they are.
 */
class PythonPackageIT {
  private static final Path SAMPLES = Paths.root().resolve("docs/integration");

  @TempDir
  static Path work;

  private static Path venv;
  private static final java.util.concurrent.atomic.AtomicInteger COPIES = new java.util.concurrent.atomic.AtomicInteger();

  /** What a command printed (both streams) and its exit status. */
  record Ran(int status, String output) {}

  @BeforeAll
  static void installThePackage() throws Exception {
    venv = work.resolve("venv");
    // System site packages: setuptools, wheel and IPython come from Debian (no package index is reached).
    check(run(work, Map.of(), "/usr/bin/python3", "-m", "venv", "--system-site-packages", venv.toString()));
    check(run(work, Map.of(), python(), "-m", "pip", "install", "--no-build-isolation", "--no-index", "--quiet",
        Paths.root().resolve("python").toString()));
  }

  private static String python() {
    return venv.resolve("bin/python").toString();
  }

  private static Ran check(Ran r) {
    assertWithMessage("%s", r.output()).that(r.status()).isEqualTo(0);
    return r;
  }

  /** Runs a command in {@code dir} with HOME (pyximport's build directory, the start-up archive's cache) in the work directory. */
  static Ran run(Path dir, Map<String, String> env, String... cmd) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("HOME", work.resolve("home").toString());
    pb.environment().remove("PYTHONPATH");
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Ran(p.waitFor(), out);
  }

  private static Path copyOf(String sample) throws IOException {
    Path from = SAMPLES.resolve(sample);
    Path to = work.resolve("projects-" + COPIES.incrementAndGet()).resolve(sample);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    return to;
  }

  @Test
  void theCommandRunsTheCompilerAndSaysWhatItNeeds() throws Exception {
    String pyxc = venv.resolve("bin/pyxc").toString();
    assertThat(check(run(work, Map.of(), pyxc, "--version")).output()).isEqualTo("pyxc 0.1.0\n");
    // Both streams: Cython 3 writes it to stdout, meson 1.0 reads stderr (Cython 0.29's).
    assertThat(check(run(work, Map.of(), pyxc, "cython", "-V")).output())
        .isEqualTo("Cython version 3.3.0 (pyxc 0.1.0)\nCython version 3.3.0 (pyxc 0.1.0)\n");
    // No Java anywhere it looks: a clear message, not a traceback.
    Ran none = run(work, Map.of("PATH", "/nonexistent", "JAVA_HOME", "/nonexistent", "PYXC_JAVA", ""), pyxc, "--version");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.output()).contains("pyxc needs Java 17 or newer, and found no java");
    assertThat(none.output()).doesNotContain("Traceback");
  }

  @Test
  void aSetuptoolsProjectBuildsWithPipAndImports() throws Exception {
    Path project = copyOf("setuptools");
    check(run(project, Map.of(), python(), "-m", "pip", "install", "--no-build-isolation", "--no-index", "--quiet", "."));
    Ran used = check(run(work, Map.of(), python(), "-c",
        "import stats.moments as m, array; xs = array.array('d', [1.0, 2.0, 6.0]); print(m.mean(xs), m.variance(xs), m.__file__)"));
    assertThat(used.output()).startsWith("3.0 4.666666666666667 ");
    assertThat(used.output()).contains("site-packages/stats/moments.");
  }

  @Test
  void cythonizeCompilesAgainOnlyWhatChanged() throws Exception {
    Path project = copyOf("setuptools");
    Path pxd = project.resolve("stats/moments.pxd");
    Ran first = check(run(project, Map.of(), python(), "setup.py", "build_ext", "--inplace"));
    assertThat(first.output()).contains("[1/1] Compiling stats/moments.pyx with pyxc");
    Ran again = check(run(project, Map.of(), python(), "setup.py", "build_ext", "--inplace"));
    assertThat(again.output()).doesNotContain("Compiling stats/moments.pyx");
    // The .pxd is read by the compile: a newer one compiles the module again.
    Files.setLastModifiedTime(pxd, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    Ran afterPxd = check(run(project, Map.of(), python(), "setup.py", "build_ext", "--inplace"));
    assertThat(afterPxd.output()).contains("[1/1] Compiling stats/moments.pyx with pyxc");
    assertThat(check(run(project, Map.of(), python(), "-c", "import stats.moments as m, array; print(m.mean(array.array('d', [2.0, 4.0])))"))
        .output()).isEqualTo("3.0\n");
  }

  @Test
  void cythonizeReportsACompileErrorAndRefusesWhatItDoesNotDo() throws Exception {
    Path project = copyOf("setuptools");
    Path pyx = project.resolve("stats/moments.pyx");
    Files.writeString(pyx, Files.readString(pyx).replace("return mean_of(xs)", "return mean_off(xs)"));
    Ran failed = run(project, Map.of(), python(), "setup.py", "build_ext", "--inplace");
    assertThat(failed.status()).isNotEqualTo(0);
    assertThat(failed.output()).contains("pyxc could not compile stats/moments.pyx");
    assertThat(failed.output()).contains("moments.pyx:15:11: undeclared name not builtin: mean_off");
    Ran refused = run(project, Map.of(), python(), "-c", "from pyxc.build import cythonize; cythonize('stats/*.pyx', cache=True)");
    assertThat(refused.output()).contains("cythonize(cache=...) (Cython's compilation cache) is not supported by pyxc");
  }

  @Test
  void pyximportBuildsOnImportRebuildsAfterAnEditAndReportsErrors() throws Exception {
    Path project = copyOf("pyximport");
    Path pyx = project.resolve("primes.pyx");
    assertThat(check(run(project, Map.of(), python(), "show_primes.py")).output()).isEqualTo("[2, 3, 5, 7, 11, 13, 17, 19]\n");
    Files.writeString(pyx, Files.readString(pyx).replace("found.append(i)", "found.append(-i)"));
    assertThat(check(run(project, Map.of(), python(), "show_primes.py")).output())
        .isEqualTo("[-2, -3, -5, -7, -11, -13, -17, -19]\n");
    Files.writeString(pyx, Files.readString(pyx).replace("cdef int i, j", "cdef int i, j, i"));
    Ran broken = run(project, Map.of(), python(), "show_primes.py");
    assertThat(broken.status()).isNotEqualTo(0);
    assertThat(broken.output()).contains("pyxc.pyximport.PyxImportError: Building module primes failed:");
    assertThat(broken.output()).contains("primes.pyx:7:19: 'i' redeclared");
  }

  @Test
  void theCellMagicCompilesACellAndBindsItsNames() throws Exception {
    Path project = copyOf("ipython");
    // The session's cells as IPython runs a notebook's: one run_cell each; the last value printed.
    String driver = String.join("\n",
        "import re, sys",
        "from IPython.core.interactiveshell import InteractiveShell",
        "ip = InteractiveShell.instance()",
        "text = open('session.py').read()",
        "cells = [c.strip() for c in re.split(r'^# In\\[\\d+\\]:$', text, flags=re.M) if c.strip()]",
        "for cell in cells:",
        "    r = ip.run_cell(cell)",
        "    if not r.success:",
        "        sys.exit('cell failed: %r' % (r.error_in_exec or r.error_before_exec))",
        "print(repr(r.result))");
    Ran ran = check(run(project, Map.of(), python(), "-c", driver));
    assertThat(ran.output()).endsWith("32.0\n");
  }

  @Test
  void theCellMagicShowsTheAnnotatedPageAndReportsCompileErrors() throws Exception {
    String driver = String.join("\n",
        "from IPython.core.interactiveshell import InteractiveShell",
        "ip = InteractiveShell.instance()",
        "ip.run_line_magic('load_ext', 'pyxc')",
        "page = ip.run_cell_magic('pyxc', '-a', 'def twice(int x):\\n    return 2 * x\\n')",
        "print(type(page).__name__, 'id=\"summary\"' in page.data, ip.user_ns['twice'](21))",
        "bad = ip.run_cell_magic('pyxc', '', 'def f():\\n    return nope\\n')",
        "print(bad, 'nope' in ip.user_ns)");
    Ran ran = run(work, Map.of(), python(), "-c", driver);
    assertWithMessage("%s", ran.output()).that(ran.status()).isEqualTo(0);
    assertThat(ran.output()).contains("HTML True 42\n");
    assertThat(ran.output()).contains(":2:11: undeclared name not builtin: nope");
    assertThat(ran.output()).endsWith("None False\n");
  }

  @Test
  void theCellMagicRunsTheCellsDoctestsWithReferenceCountsChecked() throws Exception {
    String cell = "def twice(int x):\\n    \"\"\"\\n    >>> twice(21)\\n    42\\n    \"\"\"\\n    return 2 * x\\n";
    String driver = String.join("\n",
        "from IPython.core.interactiveshell import InteractiveShell",
        "ip = InteractiveShell.instance()",
        "ip.run_line_magic('load_ext', 'pyxc')",
        "ip.run_cell_magic('pyxc', '--refcheck', '" + cell + "')",
        "print('bound', ip.user_ns['twice'](4))");
    Ran ran = run(work, Map.of(), python(), "-c", driver);
    assertWithMessage("%s", ran.output()).that(ran.status()).isEqualTo(0);
    assertThat(ran.output()).contains("python3.11-dbg] ");
    assertThat(ran.output()).contains("1 doctest examples passed, reference counts balanced\n");
    assertThat(ran.output()).endsWith("bound 8\n");
  }

  /** The venv's bin first on PATH: meson finds {@code pyxc} (named in the native file) there, as in an activated environment. */
  private static Map<String, String> activated() {
    return Map.of("PATH", venv.resolve("bin") + ":" + System.getenv("PATH"));
  }

  @Test
  void mesonBuildsAnExtensionWithPyxcAsItsCython() throws Exception {
    Path project = copyOf("meson");
    check(run(project, activated(), "meson", "setup", "build", "--native-file", "pyxc-native.ini"));
    Ran built = check(run(project, activated(), "ninja", "-C", "build", "-v"));
    assertThat(built.output()).contains("pyxc cython -M --fast-fail -3");
    String use = "import fastsum, array; print(fastsum.fastsum(array.array('d', [0.5, 1.5, 2.0])))";
    assertThat(check(run(project.resolve("build"), Map.of(), "/usr/bin/python3", "-c", use)).output()).isEqualTo("4.0\n");
    // ninja compiles again after an edit (and only then).
    assertThat(check(run(project, activated(), "ninja", "-C", "build")).output()).contains("no work to do");
    Path pyx = project.resolve("fastsum.pyx");
    Files.writeString(pyx, Files.readString(pyx).replace("return s", "return -s"));
    check(run(project, activated(), "ninja", "-C", "build"));
    assertThat(check(run(project.resolve("build"), Map.of(), "/usr/bin/python3", "-c", use)).output()).isEqualTo("-4.0\n");
  }

  @Test
  void aMesonPythonPackageInstallsWithPip() throws Exception {
    Path project = copyOf("meson");
    check(run(project, activated(), python(), "-m", "pip", "install", "--no-build-isolation", "--no-index", "--quiet",
        "--config-settings=setup-args=--native-file=" + project.resolve("pyxc-native.ini"), "."));
    Ran used = check(run(work, Map.of(), python(), "-c",
        "import fastsum, array; print(fastsum.fastsum(array.array('d', [0.5, 1.5, 2.0])), fastsum.__file__)"));
    assertThat(used.output()).startsWith("4.0 ");
    assertThat(used.output()).contains("/site-packages/fastsum.");
  }

  /** Every sample docs/integration.md shows is the file the tests run, as it is. */
  @Test
  void theGuideShowsTheSamplesTheTestsRun() throws Exception {
    String guide = Files.readString(Paths.root().resolve("docs/integration.md"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<!-- file: (\\S+) -->\n```[a-z]*\n(.*?)```").matcher(guide);
    List<String> shown = new ArrayList<>();
    Map<String, String> differ = new HashMap<>();
    while (m.find()) {
      shown.add(m.group(1));
      String file = Files.readString(Paths.root().resolve(m.group(1)));
      if (!file.equals(m.group(2))) differ.put(m.group(1), m.group(2));
    }
    assertThat(differ).isEmpty();
    assertThat(shown).containsAtLeast("docs/integration/setuptools/setup.py", "docs/integration/pyximport/show_primes.py",
        "docs/integration/ipython/session.py", "docs/integration/meson/meson.build", "docs/integration/meson/pyxc-native.ini",
        "docs/integration/meson/pyproject.toml");
  }
}
