package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyxc cython}: Cython's command line, driven as build systems drive {@code cython}. */
class CythonCommandIT {
  @TempDir
  Path dir;

  @BeforeEach
  void aPackage() throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("__init__.py"), "");
    Files.writeString(pkg.resolve("m.pxd"), "cdef int f(int x)\n");
    Files.writeString(pkg.resolve("m.pyx"), "cdef int f(int x):\n    return x + 1\n\ndef g(x):\n    return f(x)\n");
  }

  /** The depfiles Cython 3.3.0 wrote for this package ({@code python3 cython.py -3 -M pkg/m.pyx}, and with {@code -o out.c}). */
  @Test
  void depfilesAreWhatCythonWrites() throws Exception {
    Cli.Run beside = Cli.run(dir, "cython", "-3", "-M", "pkg/m.pyx");
    assertThat(beside.stderr()).isEmpty();
    assertThat(beside.status()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("pkg/m.c.dep"))).isEqualTo("pkg/m.c: \\\n  pkg/m.pyx \\\n  pkg/m.pxd\n");
    assertThat(Files.readString(dir.resolve("pkg/m.c"))).contains("\"pkg.m\"");
    Cli.Run named = Cli.run(dir, "cython", "-3", "-M", "-o", dir.resolve("out.c").toString(), "pkg/m.pyx");
    assertThat(named.status()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("out.c.dep"))).isEqualTo("out.c: \\\n  pkg/m.pyx \\\n  pkg/m.pxd\n");
  }

  @Test
  void cythonOptionsPyxcDoesNotImplementAreRefusedByName() throws Exception {
    for (String[] args : new String[][] {{"--embed"}, {"--cplus"}, {"-Efoo=1"}, {"--module-name=x.m"}}) {
      String[] cmd = new String[args.length + 2];
      cmd[0] = "cython";
      System.arraycopy(args, 0, cmd, 1, args.length);
      cmd[cmd.length - 1] = "pkg/m.pyx";
      Cli.Run r = Cli.run(dir, cmd);
      assertThat(r.status()).isEqualTo(2);
      String name = args[0].startsWith("-E") ? "-E" : args[0].replaceFirst("=.*", "");
      assertThat(r.stderr()).contains("the Cython option " + name + " (");
      assertThat(r.stderr()).contains("is not supported by pyxc");
      assertThat(Files.exists(dir.resolve("pkg/m.c"))).isFalse();
    }
    Cli.Run two = Cli.run(dir, "cython", "-o", "x.c", "pkg/m.pyx", "pkg/m.pyx");
    assertThat(two.status()).isEqualTo(2);
    assertThat(two.stderr()).contains("-o names the C file of one source; 2 sources were given");
    assertThat(Cli.run(dir, "cython", "--no-such-option", "pkg/m.pyx").stderr()).contains("Unknown option: '--no-such-option'");
  }

  private static final String LINES_PYX = String.join("\n",
      "from cython.parallel import prange",
      "",
      "SCALE = 3",
      "",
      "def f(int x):",
      "    y = x * SCALE",
      "    if y > 5:",
      "        return y + 1",
      "    return y",
      "",
      "",
      "def total(int n):",
      "    cdef long s = 0",
      "    cdef int i",
      "    for i in prange(n, nogil=True):",
      "        s += i",
      "    return s",
      "");

  /**
   * The source lines {@code python3 cython.py -3 --line-directives pkg/lines.pyx} (Cython 3.3.0)
   * names in {@code #line} directives, but line 1: pyxc resolves that cimport-like import of
   * {@code cython.parallel} at compile time, Cython runs code for it at import.
   */
  private static final java.util.Set<Integer> CYTHON_LINES_BUT_THE_IMPORT = java.util.Set.of(3, 5, 6, 7, 8, 9, 12, 13, 15, 16, 17);

  @Test
  void lineDirectivesPointGccAndTheDebuggerAtTheSource() throws Exception {
    Files.writeString(dir.resolve("pkg/lines.pyx"), LINES_PYX);
    Cli.Run r = Cli.run(dir, "cython", "-3", "--line-directives", "pkg/lines.pyx");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.status()).isEqualTo(0);
    Path c = dir.resolve("pkg/lines.c");
    List<String> lines = Files.readAllLines(c);
    java.util.Set<Integer> source = new java.util.TreeSet<>();
    int back = 0;
    for (int i = 0; i < lines.size(); i++) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("#line (\\d+) \"(.*)\"").matcher(lines.get(i));
      if (!m.matches()) continue;
      if (m.group(2).equals("pkg/lines.pyx")) {
        source.add(Integer.parseInt(m.group(1)));
      } else {
        // Back in the C file: the directive gives the real number of the line after it.
        assertThat(m.group(2)).isEqualTo("lines.c");
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(i + 2);
        back++;
      }
    }
    assertThat(source).containsExactlyElementsIn(CYTHON_LINES_BUT_THE_IMPORT);
    assertThat(back).isGreaterThan(0);

    dev.pyxc.build.PythonConfig py = dev.pyxc.build.PythonConfig.query("/usr/bin/python3");
    Path so = dir.resolve("pkg/lines" + py.extSuffix());
    dev.pyxc.build.Gcc.build(py, c, so, List.of("-g", "-O0"));
    // The debug line table: the .pyx at exactly the lines the directives name, the C file elsewhere.
    Process dump = new ProcessBuilder("objdump", "--dwarf=decodedline", so.toString()).redirectErrorStream(true).start();
    java.util.Set<Integer> debugged = new java.util.TreeSet<>();
    int cRows = 0;
    for (String row : new String(dump.getInputStream().readAllBytes()).split("\n")) {
      String[] cols = row.trim().split("\\s+");
      if (cols.length < 3 || !cols[1].matches("\\d+")) continue;
      if (cols[0].equals("lines.pyx")) debugged.add(Integer.parseInt(cols[1]));
      if (cols[0].equals("lines.c")) cRows++;
    }
    assertThat(dump.waitFor()).isEqualTo(0);
    assertThat(debugged).containsExactlyElementsIn(CYTHON_LINES_BUT_THE_IMPORT);
    assertThat(cRows).isGreaterThan(0);
    Process run = new ProcessBuilder("/usr/bin/python3", "-c", "import pkg.lines as m; print(m.f(1), m.f(2), m.total(100))")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(new String(run.getInputStream().readAllBytes())).isEqualTo("3 7 4950\n");
    assertThat(run.waitFor()).isEqualTo(0);

    // Without the option the C is what it always is: no directive at all.
    assertThat(Cli.run(dir, "cython", "-3", "pkg/lines.pyx").status()).isEqualTo(0);
    assertThat(Files.readString(c)).doesNotContain("#line");
  }

  @Test
  void timestampsCompileOnlyWhatChanged() throws Exception {
    assertThat(Cli.run(dir, "cython", "-M", "pkg/m.pyx").status()).isEqualTo(0);
    Path c = dir.resolve("pkg/m.c");
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(dir.resolve("pkg/m.pyx"), FileTime.fromMillis(System.currentTimeMillis() - 120_000));
    Files.setLastModifiedTime(dir.resolve("pkg/m.pxd"), FileTime.fromMillis(System.currentTimeMillis() - 120_000));
    Files.setLastModifiedTime(c, old);
    Cli.Run skipped = Cli.run(dir, "cython", "-t", "-v", "pkg/m.pyx");
    assertThat(skipped.status()).isEqualTo(0);
    assertThat(skipped.stderr()).doesNotContain("Compiling");
    assertThat(Files.getLastModifiedTime(c)).isEqualTo(old);
    // The .pxd the last compile read (its depfile says so) is newer now.
    Files.setLastModifiedTime(dir.resolve("pkg/m.pxd"), FileTime.fromMillis(System.currentTimeMillis()));
    Cli.Run again = Cli.run(dir, "cython", "-t", "-v", "pkg/m.pyx");
    assertThat(again.stderr()).contains("Compiling " + dir.resolve("pkg/m.pyx").toRealPath());
    assertThat(Files.getLastModifiedTime(c)).isGreaterThan(old);
    // -f overrides -t.
    Files.setLastModifiedTime(c, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(Cli.run(dir, "cython", "-t", "-f", "-v", "pkg/m.pyx").stderr()).contains("Compiling");
  }

  @Test
  void fastFailStopsAtTheFirstBadSourceAndWerrorFailsOnWarnings() throws Exception {
    Files.writeString(dir.resolve("bad.pyx"), "def f():\n    return undefined_name\n");
    Files.writeString(dir.resolve("good.pyx"), "def g():\n    return 1\n");
    Cli.Run all = Cli.run(dir, "cython", "bad.pyx", "good.pyx");
    assertThat(all.status()).isEqualTo(1);
    assertThat(all.stderr()).contains("bad.pyx:2:11: undeclared name not builtin: undefined_name");
    assertThat(Files.exists(dir.resolve("good.c"))).isTrue();
    Files.delete(dir.resolve("good.c"));
    assertThat(Cli.run(dir, "cython", "--fast-fail", "bad.pyx", "good.pyx").status()).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("good.c"))).isFalse();
    // Cython 3.3.0 warns "Unreachable code" at 3:8 for this module, and with -Werror fails (status 1).
    Files.writeString(dir.resolve("warned.pyx"), "def h():\n    return 1\n    x = 2\n");
    Cli.Run warned = Cli.run(dir, "cython", "warned.pyx");
    assertThat(warned.status()).isEqualTo(0);
    assertThat(warned.stderr()).contains("warning: warned.pyx:3:8: Unreachable code");
    Cli.Run werror = Cli.run(dir, "cython", "-Werror", "warned.pyx");
    assertThat(werror.status()).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("warned.c"))).isFalse();
  }

  @Test
  void theWorkingDirectoryOptionResolvesSourcesAndOutputs() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Cli.Run r = Cli.run(elsewhere, "cython", "-w", dir.toString(), "-o", "gen/m.c", "pkg/m.pyx");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.status()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("gen/m.c"))).contains("PyInit_m");
  }

  /**
   * Deterministic output, so build caches (ccache, ninja, Bazel-style remote caches) hit: every
   * run case compiled by two compiler processes, in copies at different absolute paths, gives the
   * same C (and headers) byte for byte.
   */
  @Test
  void everyRunCaseCompilesToTheSameCTwiceAnywhere() throws Exception {
    Path cases = dev.pyxc.support.Paths.cases("run");
    List<String> sources;
    try (Stream<Path> s = Files.walk(cases)) {
      sources = s.filter(p -> p.toString().endsWith(".pyx")).map(p -> cases.relativize(p).toString()).sorted().toList();
    }
    List<Path> copies = List.of(dir.resolve("a/run"), dir.resolve("somewhere/much/deeper/run"));
    List<Process> compiles = new ArrayList<>();
    for (Path copy : copies) {
      try (Stream<Path> s = Files.walk(cases)) {
        for (Path p : s.toList()) {
          Path t = copy.resolve(cases.relativize(p).toString());
          if (Files.isDirectory(p)) Files.createDirectories(t);
          else Files.copy(p, t);
        }
      }
      List<String> cmd = new ArrayList<>(List.of("java"));
      // The second JVM gives objects other identity hashes: a set of blocks or registers iterated
      // by identity would then order the C differently (as it did for parallel regions' privates
      // and generator frames' fields).
      if (!copy.equals(copies.get(0))) cmd.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"));
      cmd.addAll(List.of("-jar", dev.pyxc.support.Paths.jar().toString(), "cython"));
      cmd.addAll(sources);
      compiles.add(new ProcessBuilder(cmd).directory(copy.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }
    for (Process p : compiles) assertThat(p.waitFor()).isEqualTo(0);
    List<String> differ = new ArrayList<>();
    int compared = 0;
    try (Stream<Path> s = Files.walk(copies.get(0))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".c") || x.toString().endsWith(".h")).toList()) {
        compared++;
        Path other = copies.get(1).resolve(copies.get(0).relativize(p).toString());
        if (!Files.exists(other) || Files.mismatch(p, other) != -1) differ.add(copies.get(0).relativize(p).toString());
      }
    }
    assertThat(compared).isAtLeast(sources.size());
    assertThat(differ).isEmpty();
  }

  @Test
  void buildInParallelReportsEachModuleAndASummary() throws Exception {
    Path mods = Files.createDirectories(dir.resolve("mods"));
    for (int i = 0; i < 4; i++) Files.writeString(mods.resolve("m" + i + ".pyx"), "def f():\n    return " + i + "\n");
    Files.writeString(mods.resolve("m4.pyx"), "def f():\n    return nope\n");
    Files.writeString(mods.resolve("not-a-name.pyx"), "def f():\n    return 1\n");
    Cli.Run r = Cli.run(dir, "build", "-j", "2", "--python", "/usr/bin/python3", "mods");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.stdout()).contains("pyxc: [1/6] mods/m0.pyx built\n");
    assertThat(r.stdout()).contains("pyxc: [5/6] mods/m4.pyx failed\n");
    assertThat(r.stdout()).contains("pyxc: [6/6] mods/not-a-name.pyx failed\n");
    assertThat(r.stdout()).endsWith("pyxc: 6 modules: 4 built, 0 up to date, 2 failed\n");
    assertThat(r.stderr()).contains("m4.pyx:2:11: undeclared name not builtin: nope");
    assertThat(r.stderr()).contains("module name 'not-a-name' (from not-a-name.pyx) is not a valid Python identifier");
    assertThat(r.stderr()).doesNotContain("internal compiler error");
    Cli.Run again = Cli.run(dir, "build", "-j", "2", "--python", "/usr/bin/python3", "mods/m0.pyx", "mods/m1.pyx");
    assertThat(again.stdout()).isEqualTo("pyxc: [1/2] mods/m0.pyx is up to date\npyxc: [2/2] mods/m1.pyx is up to date\n"
        + "pyxc: 2 modules: 0 built, 2 up to date, 0 failed\n");
  }

  @Test
  void buildIntoABuildDirectoryKeepsThePackageLayout() throws Exception {
    Cli.Run r = Cli.run(dir, "build", "--python", "/usr/bin/python3", "--build-dir", "out", "pkg/m.pyx");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.status()).isEqualTo(0);
    assertThat(Files.exists(dir.resolve("out/pkg/m.c"))).isTrue();
    assertThat(Files.exists(dir.resolve("pkg/m.c"))).isFalse();
    Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import pkg.m; print(pkg.m.g(41), pkg.m.__name__)")
        .directory(dir.resolve("out").toFile()).redirectErrorStream(true).start();
    assertThat(new String(p.getInputStream().readAllBytes()).strip()).isEqualTo("42 pkg.m");
    assertThat(p.waitFor()).isEqualTo(0);
  }
}
