package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses, Cython's error frame, and no half-written output. */
class CliIT {
  @TempDir
  Path dir;

  @Test
  void syntaxErrorPrintsCythonFrameAndExitsOne() throws Exception {
    // Same file and expected frame as recorded from Cython 3.3.0 (see DESIGN.md).
    Files.writeString(dir.resolve("syn.pyx"), "def f(x):\n    return x +\n");
    Cli.Run r = Cli.run(dir, "compile", "syn.pyx");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo("\nError compiling Cython file:\n" + "-".repeat(60) + "\n...\n"
        + "def f(x):\n    return x +\n              ^\n" + "-".repeat(60) + "\nsyn.pyx:2:14: Expected an identifier or literal\n");
    assertThat(Files.exists(dir.resolve("syn.c"))).isFalse();
  }

  @Test
  void typeErrorsAreAllReportedInOneRun() throws Exception {
    // Cython 3.3.0 reports both: typ.pyx:2:17 and typ.pyx:3:11.
    Files.writeString(dir.resolve("typ.pyx"), "def f(x):\n    cdef int y = z\n    return q\n");
    Cli.Run r = Cli.run(dir, "compile", "typ.pyx");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).contains("typ.pyx:2:17: undeclared name not builtin: z\n");
    assertThat(r.stderr()).contains("typ.pyx:3:11: undeclared name not builtin: q\n");
  }

  @Test
  void failedCompileRemovesStaleOutput() throws Exception {
    Path c = dir.resolve("m.c");
    Files.writeString(dir.resolve("m.pyx"), "def f(x):\n    return x\n");
    assertThat(Cli.run(dir, "compile", "m.pyx").status()).isEqualTo(0);
    assertThat(Files.readString(c)).contains("PyInit_m");
    Files.writeString(dir.resolve("m.pyx"), "def f(x):\n    return (x\n");
    assertThat(Cli.run(dir, "compile", "m.pyx").status()).isEqualTo(1);
    assertThat(Files.exists(c)).isFalse();
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
    }
  }

  @Test
  void annotateWritesThePageAndAFailedCompileRemovesIt() throws Exception {
    Path pyx = dir.resolve("an.pyx");
    Files.writeString(pyx, "def f(x):\n    return x + 1\n");
    Cli.Run ok = Cli.run(dir, "compile", "-a", "an.pyx");
    assertThat(ok.status()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("an.html"))).contains("<span class=\"num\">+2</span>");
    Files.writeString(pyx, "def f(x):\n    return x +\n");
    assertThat(Cli.run(dir, "compile", "-a", "an.pyx").status()).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("an.c"))).isFalse();
    assertThat(Files.exists(dir.resolve("an.html"))).isFalse();
  }

  @Test
  void explainAndCompareUsageErrorsExitTwo() throws Exception {
    Files.writeString(dir.resolve("ex.pyx"), "def f(x):\n    return x\n");
    Cli.Run r = Cli.run(dir, "explain", "ex.pyx", "g");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.stderr()).contains("ex.pyx has no function 'g'; it has: f");
    assertThat(Cli.run(dir, "explain", "missing.pyx").status()).isEqualTo(2);
    Cli.Run both = Cli.run(dir, "compare", "--record", "a", "--check", "b", "ex.pyx");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.stderr()).contains("--record and --check exclude each other");
    Cli.Run noCython = Cli.run(dir, "compare", "--cython", "no-such-cython", "ex.pyx");
    assertThat(noCython.status()).isEqualTo(2);
    assertThat(noCython.stderr()).contains("no Cython at no-such-cython");
    Cli.Run noGolden = Cli.run(dir, "compare", "--check", dir.resolve("goldens").toString(), "ex.pyx");
    assertThat(noGolden.status()).isEqualTo(1);
    assertThat(noGolden.stdout()).contains("no golden");
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertThat(Cli.run(dir, "compile").status()).isEqualTo(2);
    assertThat(Cli.run(dir, "compile", "missing.pyx").status()).isEqualTo(2);
    Files.writeString(dir.resolve("bad-name.pyx"), "def f():\n    pass\n");
    Cli.Run r = Cli.run(dir, "compile", "bad-name.pyx");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.stderr()).contains("not a valid Python identifier");
    Files.writeString(dir.resolve("ok.pyx"), "def f():\n    pass\n");
    r = Cli.run(dir, "compile", "-X", "nosuchdirective=True", "ok.pyx");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.stderr()).contains("unknown directive 'nosuchdirective'");
  }

  @Test
  void neverOverwritesItsInput() throws Exception {
    Path pyx = dir.resolve("same.pyx");
    Files.writeString(pyx, "def f():\n    pass\n");
    Cli.Run r = Cli.run(dir, "compile", "-o", "same.pyx", "same.pyx");
    assertThat(r.status()).isEqualTo(2);
    assertThat(Files.readString(pyx)).isEqualTo("def f():\n    pass\n");
  }

  @Test
  void dumpIrShowsBothStagesAndTheInsertedIncref() throws Exception {
    Files.writeString(dir.resolve("w.pyx"), "def f(x):\n    (y := x)\n    return y\n");
    Cli.Run r = Cli.run(dir, "compile", "--dump-ir", "w.pyx");
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.stdout()).contains("# before refcount pass");
    assertThat(r.stdout()).contains("# after refcount pass");
    assertThat(r.stdout()).contains("inc_ref x  # borrowed value stolen by assignment to y: take a reference");
  }

  @Test
  void buildWritesAnImportableModule() throws Exception {
    Files.writeString(dir.resolve("bm.pyx"), "def f(long x):\n    return x * 2\n");
    Cli.Run r = Cli.run(dir, "build", "bm.pyx");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.status()).isEqualTo(0);
    Process p = new ProcessBuilder("python3", "-c", "import bm; print(bm.f(21))").directory(dir.toFile()).start();
    assertThat(new String(p.getInputStream().readAllBytes()).strip()).isEqualTo("42");
    assertThat(p.waitFor()).isEqualTo(0);
  }

  @Test
  void buildFindsAnInstalledPackagesPxdThroughTheInterpretersPath() throws Exception {
    // An "installed" package: a .pxd on the interpreter's sys.path (scipy's cython_blas is one).
    Path site = Files.createDirectories(dir.resolve("site/shapes"));
    Files.writeString(site.resolve("__init__.py"), "");
    Files.writeString(site.resolve("geometry.pxd"), "cdef inline int area(int w, int h):\n    return w * h\n");
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve("uses.pyx"), "from shapes.geometry cimport area\ndef f():\n    return area(6, 7)\n");
    Cli.Run without = Cli.run(work, java.util.List.of(), java.util.Map.of(), "build", "--python", "/usr/bin/python3", "uses.pyx");
    assertThat(without.status()).isEqualTo(1);
    assertThat(without.stderr()).contains("'shapes/geometry.pxd' not found");
    java.util.Map<String, String> path = java.util.Map.of("PYTHONPATH", dir.resolve("site").toString());
    Cli.Run with = Cli.run(work, java.util.List.of(), path, "build", "--python", "/usr/bin/python3", "uses.pyx");
    assertThat(with.stderr()).isEmpty();
    assertThat(with.status()).isEqualTo(0);
    Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import uses; print(uses.f())").directory(work.toFile()).start();
    assertThat(new String(p.getInputStream().readAllBytes()).strip()).isEqualTo("42");
    assertThat(p.waitFor()).isEqualTo(0);
  }

  /**
   * A capsule of {@code __pyx_capi__} is named by its function's signature as Cython spells it
   * (a .pxd's ctypedef by Cython's C typedef of it, a complex by Cython's typedef): a module pyxc
   * builds calls one Debian's cython3 built, and the other way round (statsmodels calls scipy's
   * Cython-built BLAS so).
   */
  @Test
  void modulesBuiltByPyxcAndByCythonCimportEachOther() throws Exception {
    String pxd = "ctypedef double d\nctypedef double complex z\nctypedef int visit(d *x)\n"
        + "cdef d dot(int n, d *x, d *y)\ncdef z scaled(z a, d b)\ncdef int apply(visit *f, d *x)\n"
        + "cdef long long big(long long x)\n";
    String pyx = "cdef d dot(int n, d *x, d *y):\n    cdef int i\n    cdef d s = 0\n    for i in range(n):\n        s += x[i] * y[i]\n"
        + "    return s\ncdef z scaled(z a, d b):\n    return a * b\ncdef int apply(visit *f, d *x):\n    return f(x)\n"
        + "cdef long long big(long long x):\n    return x * 1000000\n";
    String uses = "from %s cimport d, dot, scaled, apply, big\ncdef int first(d *x):\n    return <int>x[0]\n"
        + "def f():\n    cdef d x[2]\n    x[0] = 3\n    x[1] = 4\n    return dot(2, x, x), scaled(1 + 2j, 2), apply(first, x), big(5)\n";
    for (String name : java.util.List.of("ckernels", "pkernels")) {
      Files.writeString(dir.resolve(name + ".pxd"), pxd);
      Files.writeString(dir.resolve(name + ".pyx"), pyx);
    }
    Files.writeString(dir.resolve("puses.pyx"), String.format(uses, "ckernels"));
    Files.writeString(dir.resolve("cuses.pyx"), String.format(uses, "pkernels"));
    for (String name : java.util.List.of("ckernels", "cuses")) cythonBuild(name);
    for (String name : java.util.List.of("pkernels", "puses")) {
      Cli.Run r = Cli.run(dir, "build", "--python", "/usr/bin/python3", name + ".pyx");
      assertThat(r.stderr()).isEmpty();
      assertThat(r.status()).isEqualTo(0);
    }
    Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import puses, cuses; print(puses.f()); print(cuses.f())")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    assertThat(out).isEqualTo("(25.0, (2+4j), 3, 5000000)\n(25.0, (2+4j), 3, 5000000)");
    assertThat(p.waitFor()).isEqualTo(0);
  }

  /** {@code -L DIR -l LIB} link a static library after the module's C, as setup.py's libraries= does (numpy's npymath). */
  @Test
  void buildLinksTheLibrariesItIsGiven() throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Files.writeString(lib.resolve("triple.c"), "int triple(int x) { return 3 * x; }\n");
    for (List<String> cmd : List.of(List.of("gcc", "-c", "-fPIC", "triple.c", "-o", "triple.o"), List.of("ar", "rcs", "libtriple.a", "triple.o"))) {
      Process p = new ProcessBuilder(cmd).directory(lib.toFile()).redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes());
      assertWithMessage(log).that(p.waitFor()).isEqualTo(0);
    }
    Files.writeString(dir.resolve("linked.pyx"), "cdef extern from *:\n    int triple(int x)\n\ndef f(int x):\n    return triple(x)\n");
    Cli.Run without = Cli.run(dir, "build", "--python", "/usr/bin/python3", "linked.pyx");
    Process bare = new ProcessBuilder("/usr/bin/python3", "-c", "import linked").directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(new String(bare.getInputStream().readAllBytes())).contains("undefined symbol: triple");
    assertThat(bare.waitFor()).isNotEqualTo(0);
    assertThat(without.status()).isEqualTo(0);
    Cli.Run with = Cli.run(dir, "build", "--python", "/usr/bin/python3", "-L", "lib", "-l", "triple", "linked.pyx");
    assertThat(with.stderr()).isEmpty();
    assertThat(with.status()).isEqualTo(0);
    assertThat(with.stdout()).doesNotContain("up to date"); // a library given is a reason to build again
    Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import linked; print(linked.f(14))").directory(dir.toFile()).start();
    assertThat(new String(p.getInputStream().readAllBytes()).strip()).isEqualTo("42");
    assertThat(p.waitFor()).isEqualTo(0);
  }

  /** Debian's cython3 and gcc, as a setup.py would build {@code name.pyx} for /usr/bin/python3. */
  private void cythonBuild(String name) throws Exception {
    Process cy = new ProcessBuilder("cython3", "-3", name + ".pyx").directory(dir.toFile()).redirectErrorStream(true).start();
    String log = new String(cy.getInputStream().readAllBytes());
    assertWithMessage(log).that(cy.waitFor()).isEqualTo(0);
    Process cfg = new ProcessBuilder("/usr/bin/python3", "-c",
        "import sysconfig; print(sysconfig.get_paths()['include']); print(sysconfig.get_config_var('EXT_SUFFIX'))").start();
    String[] conf = new String(cfg.getInputStream().readAllBytes()).strip().split("\n");
    assertThat(cfg.waitFor()).isEqualTo(0);
    Process cc = new ProcessBuilder("gcc", "-O0", "-w", "-shared", "-fPIC", "-I" + conf[0], name + ".c", "-o", name + conf[1])
        .directory(dir.toFile()).redirectErrorStream(true).start();
    log = new String(cc.getInputStream().readAllBytes());
    assertWithMessage(log).that(cc.waitFor()).isEqualTo(0);
  }

  @Test
  void buildOfAPackageRebuildsOnlyWhatAChangedPxdReaches() throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("__init__.py"), "");
    Files.writeString(pkg.resolve("a.pxd"), "cdef int twice(int x)\n");
    Files.writeString(pkg.resolve("a.pyx"), "cdef int twice(int x):\n    return 2 * x\n");
    Files.writeString(pkg.resolve("b.pyx"), "from pkg.a cimport twice\ndef f(int x):\n    return twice(x) + 1\n");
    Files.writeString(pkg.resolve("c.pyx"), "def g():\n    return __name__\n");
    Cli.Run first = Cli.run(dir, "build", "pkg");
    assertThat(first.stderr()).isEmpty();
    assertThat(first.status()).isEqualTo(0);
    Process p = new ProcessBuilder("python3", "-c", "import pkg.b, pkg.c; print(pkg.b.f(20), pkg.c.g())").directory(dir.toFile()).start();
    assertThat(new String(p.getInputStream().readAllBytes()).strip()).isEqualTo("41 pkg.c");
    assertThat(p.waitFor()).isEqualTo(0);

    Cli.Run again = Cli.run(dir, "build", "pkg");
    assertThat(again.stdout()).contains("pkg/a.pyx is up to date");
    assertThat(again.stdout()).contains("pkg/b.pyx is up to date");
    assertThat(again.stdout()).contains("pkg/c.pyx is up to date");

    // A changed .pxd: the modules that read it are built again, the other is not.
    Files.writeString(pkg.resolve("a.pxd"), "cdef int twice(int x)\ncdef int thrice(int x)\n");
    Files.writeString(pkg.resolve("a.pyx"), "cdef int twice(int x):\n    return 2 * x\ncdef int thrice(int x):\n    return 3 * x\n");
    Files.setLastModifiedTime(pkg.resolve("a.pxd"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Files.setLastModifiedTime(pkg.resolve("a.pyx"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Cli.Run third = Cli.run(dir, "build", "pkg");
    assertThat(third.status()).isEqualTo(0);
    assertThat(third.stdout()).doesNotContain("pkg/a.pyx is up to date");
    assertThat(third.stdout()).doesNotContain("pkg/b.pyx is up to date");
    assertThat(third.stdout()).contains("pkg/c.pyx is up to date");
    assertThat(Files.readString(pkg.resolve("b.c.dep"))).contains("a.pxd");
  }

  @Test
  void deepNestingIsAPositionedErrorAndLongChainsCompile() throws Exception {
    Files.writeString(dir.resolve("deep.pyx"), "def f(x):\n    return " + "(".repeat(1000) + "x" + ")".repeat(1000) + "\n");
    Cli.Run r = Cli.run(dir, "compile", "deep.pyx");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).contains("deep.pyx:2:211: too many nested parentheses");
    assertThat(r.stderr()).doesNotContain("Exception");
    Files.writeString(dir.resolve("chain.pyx"), "def f(x):\n    return " + "x + ".repeat(5000) + "x\n");
    r = Cli.run(dir, "compile", "chain.pyx");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.status()).isEqualTo(0);
  }

  @Test
  void unreadableInputIsAUsageErrorNotACrash() throws Exception {
    // A directory named like a module cannot be read: that is a usage error, not a crash.
    Files.createDirectory(dir.resolve("d.pyx"));
    Cli.Run r = Cli.run(dir, "compile", "d.pyx");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.stderr()).doesNotContain("Exception");
  }

  @Test
  void undecodableSourceGetsCythonsDecodingErrorAndNoOutput() throws Exception {
    // The frame and message Cython 3.3.0 prints for these bytes: no excerpt, 1-based column.
    Files.write(dir.resolve("bad.pyx"), "def f():\n    return \"\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Cli.Run r = Cli.run(dir, "compile", "bad.pyx");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.stderr()).isEqualTo("\nError compiling Cython file:\n" + "-".repeat(60) + "\n[unprintable code]\n" + "-".repeat(60)
        + "\nbad.pyx:2:13: Decoding error, missing or incorrect coding=<encoding-name> at top of source "
        + "(cannot decode with encoding 'utf-8': invalid continuation byte)\n");
    assertThat(Files.exists(dir.resolve("bad.c"))).isFalse();
  }

  @Test
  void aLatin1ModuleCompilesWithItsCodingDeclaration() throws Exception {
    // Python reads the same bytes as the text below, so the doctest's expectations are Python's.
    String text = "# -*- coding: latin-1 -*-\ndef f():\n    \"\"\"\n    >>> f() == '\\xe9t\\xe9'\n    True\n"
        + "    >>> len(f())\n    3\n    \"\"\"\n    return '\u00e9t\u00e9'\n";
    Files.write(dir.resolve("lat.pyx"), text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Cli.Run r = Cli.run(dir, "test", "lat.pyx");
    assertThat(r.stdout()).contains("1 of 1 modules passed");
    assertThat(r.status()).isEqualTo(0);
  }

  @Test
  void oneModuleThatBreaksTheCompilerDoesNotStopTheBatch() throws Exception {
    // In a 64 MiB heap the big module exhausts the compiler's memory; the other is still built and tested.
    Files.writeString(dir.resolve("big.pyx"), "def f():\n    return [" + "1,".repeat(1_500_000) + "]\n");
    Files.writeString(dir.resolve("good.pyx"), "def g(x):\n    \"\"\"\n    >>> g(2)\n    3\n    \"\"\"\n    return x + 1\n");
    Cli.Run test = Cli.run(dir, java.util.List.of("-Xmx64m"), "test", ".");
    assertThat(test.stdout()).contains("FAIL ./big.pyx (the input is too large to compile in the memory given to the JVM (-Xmx))");
    assertThat(test.stdout()).contains("ok   ./good.pyx");
    assertThat(test.stdout()).contains("1 of 2 modules passed");
    assertThat(test.status()).isEqualTo(1);
    // One at a time: with both in one 64 MiB heap at once, the big one's allocations can starve the other's.
    Cli.Run build = Cli.run(dir, java.util.List.of("-Xmx64m"), "build", "-j", "1", "big.pyx", "good.pyx");
    assertThat(build.stderr()).contains("pyxc: big.pyx: the input is too large to compile");
    assertThat(build.status()).isEqualTo(1);
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("good.cpython")).toList()).hasSize(1);
    }
    assertThat(Files.exists(dir.resolve("big.c"))).isFalse();
  }
}
