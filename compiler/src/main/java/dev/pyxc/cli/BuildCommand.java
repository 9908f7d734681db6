package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

final class BuildCommand implements Subcommand {
  static final CommandLine.Option PYTHON = CommandLine.Option.value("PY", "interpreter to build for (default: $PYXC_PYTHON, else python3)", "--python");
  static final CommandLine.Option INCLUDE = CommandLine.Option.value("DIR", "also look for cimported .pxd files in DIR (before the interpreter's sys.path)", "-I",
      "--include-dir");
  static final CommandLine.Option LIBRARY_DIR = CommandLine.Option.value("DIR", "also look for libraries in DIR when linking", "-L",
      "--library-dir");
  static final CommandLine.Option LIBRARY = CommandLine.Option.value("LIB", "link the modules with library LIB (as setup.py's libraries=)", "-l",
      "--library");
  static final CommandLine.Option FORCE = CommandLine.Option.flag("build every module, also those up to date", "-f", "--force");
  static final CommandLine.Option JOBS = CommandLine.Option.value("N", "modules compiled and built at once (default: the number "
      + "of cores)", "-j", "--jobs");
  static final CommandLine.Option BUILD_DIR = CommandLine.Option.value("DIR", "write the C, depfile and extension of module "
      + "pkg.mod under DIR/pkg/ rather than beside its source", "-b", "--build-dir");

  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("build", List.of("Compile .pyx modules and build them with gcc into importable extension modules;",
        "a module whose extension is newer than every file its last compile read is not built again."),
        List.of(PYTHON, INCLUDE, LIBRARY_DIR, LIBRARY, FORCE, JOBS, BUILD_DIR, CompileCommand.DIRECTIVES, CompileCommand.ANNOTATE,
            CompileCommand.DEBUG),
        List.of(new CommandLine.Operand("PATH", 1, -1, ".pyx files or directories containing them")));
  }

  @Override
  public int run(CommandLine.Parsed args) throws Exception {
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    PythonConfig py;
    List<Path> files = new ArrayList<>();
    List<Path> includes = new ArrayList<>(args.all(INCLUDE.key()).stream().map(Path::of).toList());
    try {
      xs = CompileSupport.directives(args.all(CompileCommand.DIRECTIVES.key()));
      for (String p : args.operands()) {
        for (Path f : TestCommand.pyxFiles(Path.of(p))) if (f.toString().endsWith(".pyx")) files.add(f);
      }
      py = PythonConfig.query(args.value(PYTHON.key(), CompileSupport.defaultPython()));
      // After the -I directories, as Cython: the interpreter's own (an installed package's .pxd).
      includes.addAll(py.modulePath());
    } catch (CompileSupport.UsageError | IOException e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    Path buildDir = args.value(BUILD_DIR.key(), null) == null ? null : Path.of(args.value(BUILD_DIR.key(), null));
    int jobs;
    try {
      jobs = CommandLine.intValue(spec(), args, JOBS.key(), Runtime.getRuntime().availableProcessors());
    } catch (CommandLine.UsageError e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    Module build = new Module(args, py, xs, includes, buildDir);
    // Each module is compiled and built on its own thread (a big stack, as Main's: sema recurses
    // over deep expressions); its report is printed whole when it is done, with a progress count.
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, jobs),
        r -> new Thread(null, r, "pyxc-build", 1L << 30));
    List<java.util.concurrent.Future<Module.Report>> reports = new ArrayList<>();
    for (Path f : files) reports.add(pool.submit(() -> build.build(f)));
    pool.shutdown();
    int status = Main.OK;
    int built = 0;
    int current = 0;
    int failed = 0;
    for (int i = 0; i < reports.size(); i++) {
      Module.Report r;
      try {
        r = reports.get(i).get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof Exception x ? x : new RuntimeException(e.getCause());
      }
      System.err.print(r.diagnostics());
      String progress = files.size() > 1 ? "[" + (i + 1) + "/" + files.size() + "] " : "";
      switch (r.status()) {
        case UP_TO_DATE -> {
          current++;
          System.out.println("pyxc: " + progress + r.pyx() + " is up to date");
        }
        case BUILT -> {
          built++;
          if (files.size() > 1) System.out.println("pyxc: " + progress + r.pyx() + " built");
        }
        case FAILED -> {
          failed++;
          if (files.size() > 1) System.out.println("pyxc: " + progress + r.pyx() + " failed");
        }
      }
      status = Math.max(status, r.exitStatus());
    }
    if (files.size() > 1) {
      System.out.println("pyxc: " + files.size() + " modules: " + built + " built, " + current + " up to date, " + failed + " failed");
    }
    return status;
  }

  /** The build of one module with the command's settings: compiled, built with gcc, its depfile written. */
  private record Module(CommandLine.Parsed args, PythonConfig py, List<dev.pyxc.driver.Compiler.DirectiveSetting> xs,
      List<Path> includes, Path buildDir) {
    enum Outcome { BUILT, UP_TO_DATE, FAILED }

    /** What happened to a module: the outcome, the exit status it makes, what the compiler and gcc said. */
    record Report(Path pyx, Outcome status, int exitStatus, String diagnostics) {}

    Report build(Path f) throws Exception {
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
      java.io.PrintStream err = new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8);
      int rc;
      try {
        rc = build(f, err);
      } catch (CompileSupport.UsageError e) {
        // A file that cannot be a module (its name is no identifier): reported against it, the others still built.
        err.println("pyxc: " + e.getMessage());
        rc = Main.USAGE;
      }
      String said = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
      return rc < 0 ? new Report(f, Outcome.UP_TO_DATE, Main.OK, said)
          : new Report(f, rc == Main.OK ? Outcome.BUILT : Outcome.FAILED, rc, said);
    }

    /** Builds {@code f}; its exit status, or -1 when it was up to date. */
    private int build(Path f, java.io.PrintStream err) throws Exception {
      Path c = buildDir == null ? CompileCommand.defaultOutput(f) : inBuildDir(buildDir, f);
      Path so = c.resolveSibling(CompileSupport.moduleName(f) + py.extSuffix());
      Path depfile = c.resolveSibling(c.getFileName() + ".dep");
      // The same compiler, directives and libraries, or the module is built again.
      String header = "# pyxc " + dev.pyxc.emit.CEmitter.VERSION + " " + String.join(",", args.all(CompileCommand.DIRECTIVES.key()))
          + (args.all(LIBRARY.key()).isEmpty() ? "" : " -l" + String.join(",", args.all(LIBRARY.key())));
      if (!args.flag(FORCE.key()) && upToDate(so, depfile, header)) return -1;
      int rc;
      CompileSupport.Compiled compiled = new CompileSupport.Compiled();
      try {
        Files.createDirectories(c.toAbsolutePath().getParent());
        rc = CompileSupport.compileTo(f, c, xs, new CompileSupport.Extras(false, args.flag(CompileCommand.ANNOTATE.key()), false), System.out,
            err, includes, compiled);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // Reported against this file; the other modules are still built.
        err.println("pyxc: " + f + ": " + CompileSupport.internalErrorText(e));
        return CompileSupport.isInternalError(e) ? Main.INTERNAL : Main.INPUT_ERROR;
      }
      if (rc != Main.OK) return rc;
      try {
        List<String> flags = new ArrayList<>(List.of("-I" + f.toAbsolutePath().getParent()));
        for (String dir : args.all(LIBRARY_DIR.key())) flags.add("-L" + Path.of(dir).toAbsolutePath());
        for (String lib : args.all(LIBRARY.key())) flags.add("-l" + lib);
        Gcc.build(py, c, so, flags);
        List<Path> deps = new ArrayList<>(List.of(f.toAbsolutePath().normalize()));
        deps.addAll(compiled.filesRead);
        CompileSupport.writeAtomically(depfile, header + "\n" + makeRule(c, deps));
        return Main.OK;
      } catch (IOException e) {
        err.println("pyxc: " + e.getMessage());
        return Main.INPUT_ERROR;
      }
    }
  }

  /**
   * Where the C of module {@code pyx} goes under {@code buildDir}: {@code pkg/mod.c} for module
   * {@code pkg.mod} (a package's own {@code __init__.pyx} as {@code pkg/__init__.c}), so that the
   * extension beside it has the place in {@code buildDir} it has in the source tree.
   */
  static Path inBuildDir(Path buildDir, Path pyx) throws CompileSupport.UsageError {
    String stem = CompileSupport.moduleName(pyx);
    String full = new dev.pyxc.driver.DeclarationFileFinder(pyx.toAbsolutePath().getParent(), stem, List.of(), false).moduleName();
    Path at = buildDir;
    for (String part : full.split("\\.")) at = at.resolve(part);
    return stem.equals("__init__") && !full.equals(stem) ? at.resolve("__init__.c") : at.resolveSibling(at.getFileName() + ".c");
  }

  /** {@code FILE.c: FILE.pyx FILE.pxd ...}, as {@code cython -M} writes it (spaces in names escaped). */
  static String makeRule(Path c, List<Path> deps) {
    StringBuilder sb = new StringBuilder(escape(c.getFileName().toString())).append(':');
    for (Path d : deps) sb.append(" \\\n  ").append(escape(d.toString()));
    return sb.append('\n').toString();
  }

  private static String escape(String path) {
    return path.replace(" ", "\\ ");
  }

  /** The files a make rule ({@code TARGET: DEP \\ DEP ...}, as a depfile holds it) depends on; spaces may be escaped. */
  static List<Path> depfileInputs(String rule) {
    int colon = rule.indexOf(": ");
    if (colon < 0) colon = rule.indexOf(":\n");
    if (colon < 0) return List.of();
    String rest = rule.substring(colon + 1).replace("\\\n", " ");
    List<Path> deps = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      if (ch == '\\' && i + 1 < rest.length() && rest.charAt(i + 1) == ' ') {
        cur.append(' ');
        i++;
      } else if (Character.isWhitespace(ch)) {
        if (cur.length() > 0) deps.add(Path.of(cur.toString()));
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    if (cur.length() > 0) deps.add(Path.of(cur.toString()));
    return deps;
  }

  /**
   * Whether the extension exists and is newer than every file its depfile lists (all still there),
   * the depfile written by a compile with the same {@code header} (compiler version, directives).
   */
  static boolean upToDate(Path so, Path depfile, String header) {
    try {
      if (!Files.exists(so) || !Files.exists(depfile)) return false;
      long built = Files.getLastModifiedTime(so).toMillis();
      String rule = Files.readString(depfile);
      if (!rule.startsWith(header + "\n")) return false;
      rule = rule.substring(header.length() + 1);
      List<String> deps = new ArrayList<>(depfileInputs(rule).stream().map(Path::toString).toList());
      if (deps.isEmpty()) return false;
      // A rebuilt compiler (same version, new code) builds every module again.
      Path compiler = Path.of(BuildCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(compiler)) deps.add(compiler.toString());
      for (String d : deps) {
        Path p = Path.of(d);
        if (!Files.exists(p) || Files.getLastModifiedTime(p).toMillis() >= built) return false;
      }
      return true;
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return false;
    }
  }
}
