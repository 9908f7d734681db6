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
  static final CommandLine.Option BUILD_DIR = CommandLine.Option.value("DIR", "write the C, depfile and extension of module "
      + "pkg.mod under DIR/pkg/ rather than beside its source", "-b", "--build-dir");

  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("build", List.of("Compile .pyx modules and build them with gcc into importable extension modules;",
        "a module whose extension is newer than every file its last compile read is not built again."),
        List.of(PYTHON, INCLUDE, LIBRARY_DIR, LIBRARY, FORCE, BUILD_DIR, CompileCommand.DIRECTIVES, CompileCommand.ANNOTATE,
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
    int status = Main.OK;
    for (Path f : files) {
      Path c = buildDir == null ? CompileCommand.defaultOutput(f) : inBuildDir(buildDir, f);
      Path so = c.resolveSibling(CompileSupport.moduleName(f) + py.extSuffix());
      Path depfile = c.resolveSibling(c.getFileName() + ".dep");
      // The same compiler, directives and libraries, or the module is built again.
      String header = "# pyxc " + dev.pyxc.emit.CEmitter.VERSION + " " + String.join(",", args.all(CompileCommand.DIRECTIVES.key()))
          + (args.all(LIBRARY.key()).isEmpty() ? "" : " -l" + String.join(",", args.all(LIBRARY.key())));
      if (!args.flag(FORCE.key()) && upToDate(so, depfile, header)) {
        System.out.println("pyxc: " + f + " is up to date");
        continue;
      }
      int rc;
      CompileSupport.Compiled compiled = new CompileSupport.Compiled();
      try {
        Files.createDirectories(c.toAbsolutePath().getParent());
        rc = CompileSupport.compileTo(f, c, xs, new CompileSupport.Extras(false, args.flag(CompileCommand.ANNOTATE.key())), System.out,
            System.err, includes, compiled);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // Reported against this file; the other modules are still built.
        System.err.println("pyxc: " + f + ": " + CompileSupport.internalErrorText(e));
        rc = CompileSupport.isInternalError(e) ? Main.INTERNAL : Main.INPUT_ERROR;
      }
      if (rc != Main.OK) {
        status = Math.max(status, rc);
        continue;
      }
      try {
        List<String> flags = new ArrayList<>(List.of("-I" + f.toAbsolutePath().getParent()));
        for (String dir : args.all(LIBRARY_DIR.key())) flags.add("-L" + Path.of(dir).toAbsolutePath());
        for (String lib : args.all(LIBRARY.key())) flags.add("-l" + lib);
        Gcc.build(py, c, so, flags);
        List<Path> deps = new ArrayList<>(List.of(f.toAbsolutePath().normalize()));
        deps.addAll(compiled.filesRead);
        CompileSupport.writeAtomically(depfile, header + "\n" + makeRule(c, deps));
      } catch (IOException e) {
        System.err.println("pyxc: " + e.getMessage());
        status = Math.max(status, Main.INPUT_ERROR);
      }
    }
    return status;
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
