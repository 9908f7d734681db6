package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.compare.KnownDifferences;
import dev.pyxc.compare.Outcomes;
import dev.pyxc.driver.Compiler;
import dev.pyxc.driver.DeclarationFileFinder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles a module, builds it for each interpreter and runs its doctests there (with the
 * reference-count check under a debug interpreter). Used by {@code pyxc test} and by the test
 * suite, so both check exactly the same thing.
 */
public final class ModuleTester implements AutoCloseable {
  /** The outcome for one module: passed, whether the compiler itself failed, and everything printed on the way. */
  public record Outcome(boolean passed, boolean internalError, String log) {}

  private final List<PythonConfig> pythons;
  private final boolean refcheck;
  private final List<Compiler.DirectiveSetting> directives;
  private final Path work;
  /** Runs the doctest runner and {@code outcomes.py}, both written into {@link #work}. */
  private final ModuleServers servers;
  /** Extra gcc flags for a build and the environment its module runs in (sanitizer builds). */
  private record Build(List<String> cflags, java.util.Map<String, String> env) {}

  private static final Build PLAIN = new Build(List.of(), java.util.Map.of());
  private Build releaseBuild = PLAIN;
  private Build debugBuild = PLAIN;
  private java.util.function.Function<Path, Path> goldenOf;

  public ModuleTester(List<PythonConfig> pythons, boolean refcheck, List<Compiler.DirectiveSetting> directives)
      throws IOException {
    this.pythons = List.copyOf(pythons);
    this.refcheck = refcheck;
    this.directives = List.copyOf(directives);
    this.work = Files.createTempDirectory("pyxc-test");
    writeDoctestRunner(work);
    this.servers = new ModuleServers(work);
  }

  /** Writes the doctest runner ({@code doctest_runner.py}) into {@code dir}; returns its path. */
  public static Path writeDoctestRunner(Path dir) throws IOException {
    Path runner = dir.resolve("doctest_runner.py");
    try (InputStream in = ModuleTester.class.getResourceAsStream("doctest_runner.py")) {
      Files.write(runner, in.readAllBytes());
    }
    return runner;
  }

  /** The temporary directory the tester builds in (removed by {@link #close}). */
  public Path workDir() {
    return work;
  }

  /** Builds with extra gcc flags and runs with extra environment (sanitizer builds). */
  public ModuleTester withBuild(List<String> cflags, java.util.Map<String, String> env) {
    withReleaseBuild(cflags, env);
    debugBuild = releaseBuild;
    return this;
  }

  /** As {@link #withBuild}, for the release interpreter's build only. */
  public ModuleTester withReleaseBuild(List<String> cflags, java.util.Map<String, String> env) {
    releaseBuild = new Build(List.copyOf(cflags), java.util.Map.copyOf(env));
    return this;
  }

  /**
   * Also checks each module's release build against the outcomes recorded from Cython: the golden
   * {@code goldenOf} gives for its source (see {@code pyxc compare --check}, which judges the same
   * way). A missing golden or an unexplained difference fails the module. With the reference
   * counts checked, that run replaces the release build's doctest run (the debug build's checks
   * the docstrings' expectations): each build runs its module's examples once.
   */
  public ModuleTester withGoldens(java.util.function.Function<Path, Path> goldenOf) throws IOException {
    this.goldenOf = goldenOf;
    OutcomeJudge.writeScript(work);
    return this;
  }

  /** The release interpreter, plus a debug one when reference counts are to be checked. */
  public static List<PythonConfig> interpreters(String python, boolean refcheck) throws IOException {
    List<PythonConfig> out = new ArrayList<>();
    out.add(PythonConfig.query(python));
    if (refcheck) out.add(debugPython(out.get(0)));
    return out;
  }

  public Outcome test(Path pyx) throws IOException, InterruptedException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(buf, true, StandardCharsets.UTF_8);
    try {
      return new Outcome(run(pyx, log), false, buf.toString(StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // One module's compiler failure is reported against it; the batch goes on with the others.
      log.println("FAIL " + pyx + " (" + CompileSupport.internalErrorText(e) + ")");
      return new Outcome(false, CompileSupport.isInternalError(e), buf.toString(StandardCharsets.UTF_8));
    }
  }

  /** A module to build: its source, its full name and the C compiled from it. */
  private record Built(Path pyx, String fullName, Path c) {}

  private boolean run(Path f, PrintStream log) throws IOException, InterruptedException {
    String name;
    try {
      name = CompileSupport.moduleName(f);
    } catch (CompileSupport.UsageError e) {
      log.println("FAIL " + f + ": " + e.getMessage());
      return false;
    }
    Path dir = Files.createDirectories(work.resolve(name + "-" + Integer.toHexString(f.toAbsolutePath().hashCode())));
    DeclarationFileFinder finder = new DeclarationFileFinder(f.toAbsolutePath().getParent(), name, List.of(), false);
    // The module, then each module it takes C functions from (and theirs), built where their packages put them.
    List<Built> modules = new ArrayList<>();
    java.util.Deque<Built> todo = new java.util.ArrayDeque<>(List.of(new Built(f, finder.moduleName(), null)));
    java.util.Set<String> seen = new java.util.HashSet<>(List.of(finder.moduleName()));
    while (!todo.isEmpty()) {
      Built m = todo.removeFirst();
      // A package's own module (pkg/__init__.pyx) goes in the package's directory as __init__.
      boolean init = m.pyx().getFileName().toString().equals("__init__.pyx");
      Path c = placed(dir, m.pyx(), m.fullName() + (init ? ".__init__" : ""), ".c");
      CompileSupport.Compiled compiled = new CompileSupport.Compiled();
      if (CompileSupport.compileTo(m.pyx(), c, directives, CompileSupport.Extras.NONE, log, log, List.of(), compiled) != Main.OK) {
        log.println("FAIL " + f + " (compile" + (m.pyx().equals(f) ? "" : " of the cimported " + m.pyx()) + ")");
        return false;
      }
      modules.add(new Built(m.pyx(), m.fullName(), c));
      for (String dep : compiled.cimported) {
        if (!seen.add(dep)) continue;
        Path pyx = finder.implementation(dep);
        if (pyx == null) {
          log.println("FAIL " + f + ": no .pyx found for the cimported module " + dep);
          return false;
        }
        todo.add(new Built(pyx, dep, null));
      }
    }
    for (PythonConfig py : pythons) {
      Build build = py.debugBuild() ? debugBuild : releaseBuild;
      for (Built m : modules) {
        Path so = m.c().resolveSibling(m.pyx().getFileName().toString().replaceFirst("\\.pyx$", "") + py.extSuffix());
        try {
          List<String> flags = testBuildFlags(m.pyx());
          // The debug build is there for its reference counts, which gcc's optimiser does not change;
          // -O0 halves its build. The release build keeps -O2, the level users build at.
          if (py.debugBuild()) flags.add("-O0");
          flags.addAll(build.cflags());
          Gcc.build(py, m.c(), so, flags, build.cflags().isEmpty());
        } catch (IOException e) {
          log.println("FAIL " + f + " (gcc for " + py.executable() + ")\n" + e.getMessage());
          return false;
        }
      }
      if (goldenOf != null && !py.debugBuild() && doctestsUnderDebug()) {
        // Every example runs here once, judged against Cython's outcomes; the debug interpreter's
        // run checks the docstrings' own expectations (and the reference counts).
        if (!matchesGolden(f, py, build.env(), dir, finder.moduleName(), log)) return false;
        continue;
      }
      List<String> args = new ArrayList<>(List.of(dir.toString(), finder.moduleName()));
      if (py.debugBuild() && refcheck) args.add("--refcheck");
      ModuleServers.Run run = servers.run(py, build.env(), "doctest_runner", args, Path.of("").toAbsolutePath());
      String out = run.output();
      if (run.status() != 0) {
        log.println("FAIL " + f + " (" + py.executable() + ")\n" + out);
        return false;
      }
      log.println("ok   " + f + " [" + py.executable() + "] " + out.strip().lines().reduce((a, b) -> b).orElse(""));
      // Judged against the goldens under the first interpreter (the release one, or the only one).
      if (goldenOf != null && py == pythons.get(0) && !matchesGolden(f, py, build.env(), dir, finder.moduleName(), log)) return false;
    }
    return true;
  }

  /** Whether a debug interpreter's run checks the doctests (and reference counts) after the release one. */
  private boolean doctestsUnderDebug() {
    return refcheck && pythons.stream().anyMatch(PythonConfig::debugBuild);
  }

  private boolean matchesGolden(Path f, PythonConfig py, java.util.Map<String, String> env, Path dir, String name, PrintStream log)
      throws IOException, InterruptedException {
    Path golden = goldenOf.apply(f);
    if (!Files.isRegularFile(golden)) {
      log.println("FAIL " + f + ": no golden " + golden + " (record one with pyxc compare --record)");
      return false;
    }
    ModuleServers.Run run = servers.run(py, env, "outcomes", List.of(dir.toString(), name), dir);
    Outcomes actual = Outcomes.parse(OutcomeJudge.record(run.status(), run.output()));
    OutcomeJudge.Verdict v = OutcomeJudge.judge(f, Outcomes.parse(Files.readString(golden)), "golden", "the recorded Cython",
        actual, KnownDifferences.read(golden), false);
    log.print(v.text());
    return v.status() != OutcomeJudge.Status.DIFFERENT;
  }

  /**
   * Where module {@code fullName} goes under {@code dir}: {@code pkg/mod.EXT} for {@code pkg.mod},
   * each package directory with the {@code __init__.py} its source has (an empty one if none).
   */
  private static Path placed(Path dir, Path pyx, String fullName, String ext) throws IOException {
    String[] parts = fullName.split("\\.");
    Path at = dir;
    Path source = pyx.toAbsolutePath().getParent();
    for (int i = parts.length - 2; i >= 0; i--) source = source.getParent();
    for (int i = 0; i < parts.length - 1; i++) {
      source = source.resolve(parts[i]);
      at = Files.createDirectories(at.resolve(parts[i]));
      Path init = at.resolve("__init__.py");
      if (Files.exists(init)) continue;
      Path original = source.resolve("__init__.py");
      if (Files.isRegularFile(original)) Files.copy(original, init);
      else Files.writeString(init, "");
    }
    return at.resolve(parts[parts.length - 1] + ext);
  }

  /**
   * The gcc flags of a module built to be tested. Test builds count live buffer owners; the runner
   * checks none is left after the doctests. Headers a `cdef extern from "x.h"` names are found
   * beside the .pyx, as in a build of it.
   */
  static List<String> testBuildFlags(Path pyx) {
    return new ArrayList<>(List.of("-DPYXC_TRACK_OWNERS", "-I" + pyx.toAbsolutePath().getParent()));
  }

  private static PythonConfig debugPython(PythonConfig release) throws IOException {
    if (release.debugBuild()) return release;
    for (String candidate : List.of("python3.11-dbg", "python3-dbg")) {
      try {
        PythonConfig py = PythonConfig.query(candidate);
        if (py.debugBuild()) return py;
      } catch (IOException ignored) {
        // try the next name
      }
    }
    throw new IOException("--refcheck needs a debug interpreter: install python3-dbg (apt-get install python3-dbg)");
  }

  @Override
  public void close() throws IOException {
    servers.close();
    try (Stream<Path> s = Files.walk(work)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
