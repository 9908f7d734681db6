package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every memoryview run case (and the walrus ones, which hold views, the extension-type ones,
 * whose instances own object and view attributes, and the closure and generator ones, whose scopes
 * and frames own values of every kind) under valgrind's memcheck:
 * built with {@code -g}, their doctests run with {@code PYTHONMALLOC=malloc} so each Python
 * allocation is one valgrind sees, and no buffer acquisition may be left behind. The modules are
 * run in two valgrind processes at once, each importing half of them, so the interpreter (and
 * numpy, which some cases use) starts under valgrind twice rather than once per case. And the seed
 * example built as a user builds it.
 */
class ValgrindIT {
  private static final List<String> VIEW_CASES = List.of("memview", "views_assign", "views_attrs",
      "views_directives", "views_index", "views_kernels", "views_lifetime", "views_nd", "walrus", "classes", "closures", "generators");
  private static final int SHARDS = 2;

  @TempDir
  Path dir;

  @Test
  void memoryviewCasesAreCleanUnderValgrind() throws Exception {
    PythonConfig py = PythonConfig.query("/usr/bin/python3");
    List<Path> cases = new ArrayList<>();
    for (String d : VIEW_CASES) cases.addAll(PyxFiles.under(Paths.cases("run").resolve(d)));
    assertWithMessage("view cases").that(cases.size()).isAtLeast(100);
    ModuleTester.writeDoctestRunner(dir);
    ExecutorService pool = Executors.newFixedThreadPool(SHARDS);
    try {
      List<Future<String>> built = new ArrayList<>();
      java.util.Set<String> taken = stdlibModules();
      java.util.Map<String, Long> stems = cases.stream()
          .collect(java.util.stream.Collectors.groupingBy(ValgrindIT::stem, java.util.stream.Collectors.counting()));
      for (int i = 0; i < cases.size(); i++) {
        Path pyx = cases.get(i);
        // A case keeps its own name (doctests show it, in an extension type's name) unless another
        // case or a standard module has it.
        String stem = stem(pyx);
        String name = stems.get(stem) == 1 && !taken.contains(stem) ? stem : "v" + i + "_" + stem;
        built.add(pool.submit(() -> build(py, pyx, name)));
      }
      List<List<String>> shards = new ArrayList<>();
      for (int s = 0; s < SHARDS; s++) shards.add(new ArrayList<>());
      for (int i = 0; i < built.size(); i++) shards.get(i % SHARDS).add(built.get(i).get());
      List<Future<String>> runs = new ArrayList<>();
      for (List<String> shard : shards) runs.add(pool.submit(() -> underValgrind(shard)));
      for (int s = 0; s < SHARDS; s++) {
        String out = runs.get(s).get();
        assertWithMessage("valgrind output:\n%s", out).that(out).contains("ERROR SUMMARY: 0 errors");
        for (String name : shards.get(s)) {
          assertWithMessage("valgrind output:\n%s", out).that(out).contains("\nok " + name + "\n");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String stem(Path pyx) {
    return pyx.getFileName().toString().replace(".pyx", "");
  }

  /** The standard library's top-level module names, which a case module must not shadow. */
  private static java.util.Set<String> stdlibModules() throws Exception {
    Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import sys; print(chr(10).join(sys.stdlib_module_names))")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertWithMessage("stdlib module names").that(p.waitFor()).isEqualTo(0);
    return java.util.Set.of(out.strip().split("\n"));
  }

  /** Compiles and builds one case as module {@code name}; returns the name. */
  private String build(PythonConfig py, Path pyx, String name) throws Exception {
    String c = Compiler.compile(name, Files.readString(pyx), pyx.getFileName().toString(), List.of(), false).c();
    Path cfile = dir.resolve(name + ".c");
    Files.writeString(cfile, c);
    Gcc.build(py, cfile, dir.resolve(name + py.extSuffix()), List.of("-g", "-O1", "-DPYXC_TRACK_OWNERS"));
    return name;
  }

  /** The seed module driven through an array and a memoryview 2000 times each, then its buffer resized. */
  @Test
  void seedIsCleanUnderValgrind() throws Exception {
    PythonConfig py = PythonConfig.query("/usr/bin/python3");
    Path pyx = Paths.root().resolve("examples/seed.pyx");
    Path c = dir.resolve("seed.c");
    Files.writeString(c, Compiler.compile("seed", Files.readString(pyx), "seed.pyx", List.of()).c());
    Gcc.build(py, c, dir.resolve("seed" + py.extSuffix()), List.of("-g"));
    String out = underValgrind("drive_seed", """
        import array, seed
        a = array.array('d', [1.0, 2.0, 3.0])
        b = bytearray(16); m = memoryview(b).cast('d')
        for _ in range(2000):
            seed.f(a); seed.f(m)
        m.release(); b.extend(b'x'); print('ok', len(b))
        """);
    assertWithMessage("valgrind output:\n%s", out).that(out).startsWith("exit status 0\n");
    assertWithMessage("valgrind output:\n%s", out).that(out).contains("ok 17");
    assertWithMessage("valgrind output:\n%s", out).that(out).contains("ERROR SUMMARY: 0 errors");
  }

  /** The harness can fail: a read of freed memory (through ctypes) is reported and fails the run. */
  @Test
  void aReadOfFreedMemoryIsReported() throws Exception {
    String out = underValgrind("use_after_free", """
        import ctypes
        libc = ctypes.CDLL(None)
        libc.malloc.restype = ctypes.c_void_p
        p = libc.malloc(64)
        libc.free(ctypes.c_void_p(p))
        print('read', ctypes.string_at(p, 8) is not None)
        """);
    assertWithMessage("valgrind output:\n%s", out).that(out).startsWith("exit status 9\n");
    assertWithMessage("valgrind output:\n%s", out).that(out).contains("Invalid read");
  }

  private String underValgrind(List<String> modules) throws Exception {
    StringBuilder script = new StringBuilder("import importlib, sys\nimport doctest_runner as r\nstatus = 0\n");
    script.append("for name in ").append(modules.stream().map(m -> "'" + m + "'").toList()).append(":\n");
    script.append("""
            mod = importlib.import_module(name)
            at_import = r.live_buffers(mod) or 0
            failed, attempted, _ = r.run_doctests(mod)
            if failed or attempted == 0 or r.buffers_left(mod, at_import):
                print('FAIL', name, failed, attempted); status = 1
            else:
                print('ok', name)
        sys.exit(status)
        """);
    return underValgrind("drive_" + modules.get(0), script.toString());
  }

  /** Runs a Python script under memcheck; returns "exit status N" and everything printed. */
  private String underValgrind(String name, String script) throws Exception {
    Path driver = dir.resolve(name + ".py");
    Files.writeString(driver, script);
    // Python's own suppressions, and ours for what lies wholly in libraries outside the module
    // and its runtime (tests/valgrind/loader.supp, each entry saying why).
    ProcessBuilder pb = new ProcessBuilder("valgrind", "--error-exitcode=9",
        "--suppressions=/usr/lib/valgrind/python3.supp", "--suppressions=" + Paths.root().resolve("tests/valgrind/loader.supp"),
        "/usr/bin/python3", driver.getFileName().toString())
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PYTHONMALLOC", "malloc");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    return "exit status " + rc + "\n" + out;
  }
}
