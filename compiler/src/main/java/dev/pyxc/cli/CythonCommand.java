package dev.pyxc.cli;

import dev.pyxc.driver.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pyxc cython ARGS...}: Cython's own command line ({@code cython [options] sources}) for
 * what pyxc compiles, so a build system that runs {@code cython} (meson, a Makefile, a
 * {@code setup.py} that shells out) can run pyxc instead. Options Cython has and pyxc does not
 * implement are refused by name, never ignored.
 */
final class CythonCommand implements Subcommand {
  static final CommandLine.Option OUTPUT = CommandLine.Option.value("OUTPUT_FILE", "name of the generated C file (one source only)",
      "-o", "--output-file");
  static final CommandLine.Option INCLUDE = CommandLine.Option.value("INCLUDE_PATH", "search for .pxd and include files in this "
      + "directory too (repeatable)", "-I", "--include-dir");
  static final CommandLine.Option WORKING = CommandLine.Option.value("WORKING_PATH", "the directory sources, outputs and include "
      + "paths are relative to", "-w", "--working");
  static final CommandLine.Option TIMESTAMPS = CommandLine.Option.flag("only compile sources newer than their C (or than a file "
      + "their depfile lists)", "-t", "--timestamps");
  static final CommandLine.Option FORCE = CommandLine.Option.flag("compile every source (overrides -t)", "-f", "--force");
  static final CommandLine.Option VERBOSE = CommandLine.Option.flag("print the name of each source compiled", "-v", "--verbose");
  static final CommandLine.Option ANNOTATE = CommandLine.Option.flag("also write the annotated FILE.html", "-a", "--annotate");
  static final CommandLine.Option LEVEL2 = CommandLine.Option.flag("Python 2 semantics (language_level=2)", "-2");
  static final CommandLine.Option LEVEL3 = CommandLine.Option.flag("Python 3 semantics (the default)", "-3");
  static final CommandLine.Option LEVEL3STR = CommandLine.Option.flag("the same as -3, as in Cython 3", "--3str");
  static final CommandLine.Option FAST_FAIL = CommandLine.Option.flag("stop at the first source that fails to compile", "--fast-fail");
  static final CommandLine.Option WERROR = CommandLine.Option.flag("treat warnings as errors", "-Werror", "--warning-errors");
  static final CommandLine.Option WEXTRA = CommandLine.Option.flag("extra warnings (see pyxc compile -Wextra)", "-Wextra", "--warning-extra");
  static final CommandLine.Option DIRECTIVE = CommandLine.Option.value("NAME=VALUE,...", "override a compiler directive", "-X",
      "--directive");
  static final CommandLine.Option DEPFILE = CommandLine.Option.flag("write OUTPUT_FILE.dep, the files each compile read, in make's "
      + "format", "-M", "--depfile");

  /** Cython's options pyxc does not implement, each with what it does, for the error that names it. */
  private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
      Map.entry("-l", "write error messages to a listing file"), Map.entry("--create-listing", "write error messages to a listing file"),
      Map.entry("-p", "embed source positions in docstrings"), Map.entry("--embed-positions", "embed source positions in docstrings"),
      Map.entry("--cleanup", "release interned objects at exit"), Map.entry("--cache", "Cython's compilation cache"),
      Map.entry("--gdb", "debug information for cygdb"), Map.entry("--gdb-outdir", "debug information for cygdb"),
      Map.entry("-D", "strip docstrings"), Map.entry("--no-docstrings", "strip docstrings"),
      Map.entry("--annotate-fullc", "the annotated HTML of the whole C file"),
      Map.entry("--annotate-coverage", "coverage data in the annotated HTML"),
      Map.entry("-+", "C++ output"), Map.entry("--cplus", "C++ output"),
      Map.entry("--embed", "a main() that embeds the interpreter"), Map.entry("--embed-modules", "a main() that embeds the interpreter"),
      Map.entry("--lenient", "compile-time errors turned into run-time errors"),
      Map.entry("--capi-reexport-cincludes", "cincluded headers in generated headers"),
      Map.entry("-E", "a compile-time environment for DEF"), Map.entry("--compile-time-env", "a compile-time environment for DEF"),
      Map.entry("--module-name", "a module name other than the one the source's package gives"),
      Map.entry("--shared", "utility code from a shared module"), Map.entry("--generate-shared", "a shared utility module"));

  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("cython", List.of("Cython's command line (`cython [options] sources`) for what pyxc compiles: each "
        + "source is translated to C as `cython` would; a build system that runs `cython` can run `pyxc cython` instead. Cython "
        + "options pyxc does not implement are refused by name."),
        List.of(OUTPUT, INCLUDE, WORKING, TIMESTAMPS, FORCE, VERBOSE, ANNOTATE, LEVEL2, LEVEL3, LEVEL3STR, FAST_FAIL, WERROR, WEXTRA,
            DIRECTIVE, DEPFILE, CompileCommand.LINE_DIRECTIVES, CompileCommand.DEBUG),
        List.of(new CommandLine.Operand("sources", 1, -1, "the .pyx files to compile")));
  }

  /**
   * The Cython version whose command line this is, which build systems read (meson enables
   * depfiles by it): on standard output, where Cython 3 writes it, and on standard error, where
   * Cython 0.29 wrote it and meson 1.0 (Debian 12's) still looks.
   */
  @Override
  public void printVersion(java.io.PrintStream out, java.io.PrintStream err) {
    String line = "Cython version " + CYTHON_VERSION + " (" + Main.VERSION + ")";
    out.println(line);
    err.println(line);
  }

  static final String CYTHON_VERSION = dev.pyxc.sema.CythonNames.CYTHON_VERSION;

  @Override
  public String refusal(List<String> args) {
    for (String a : args) {
      if (a.equals("--")) return null;
      String name = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (!a.startsWith("--") && a.length() > 2 && a.startsWith("-E")) name = "-E";
      if (UNSUPPORTED.containsKey(name)) return "the Cython option " + name + " (" + UNSUPPORTED.get(name) + ") is not supported by pyxc";
    }
    return null;
  }

  @Override
  public int run(CommandLine.Parsed args) throws Exception {
    Path base = Path.of(args.value(WORKING.key(), ".")).toAbsolutePath().normalize();
    List<Compiler.DirectiveSetting> xs = new ArrayList<>();
    if (args.flag(LEVEL2.key())) xs.add(new Compiler.DirectiveSetting("language_level", "2"));
    if (args.flag(LEVEL3.key()) || args.flag(LEVEL3STR.key())) xs.add(new Compiler.DirectiveSetting("language_level", "3"));
    if (args.flag(WEXTRA.key())) {
      for (String w : List.of("warn.unused", "warn.unreachable", "warn.maybe_uninitialized")) xs.add(new Compiler.DirectiveSetting(w, "True"));
    }
    List<Path> includes = new ArrayList<>();
    try {
      xs.addAll(CompileSupport.directives(args.all(DIRECTIVE.key())));
      for (String i : args.all(INCLUDE.key())) includes.add(base.resolve(i));
      includes.addAll(CompileSupport.interpreterPath());
    } catch (CompileSupport.UsageError | IOException e) {
      System.err.println("pyxc cython: " + e.getMessage());
      return Main.USAGE;
    }
    String output = args.value(OUTPUT.key(), null);
    if (output != null && args.operands().size() > 1) {
      System.err.println("pyxc cython: -o names the C file of one source; " + args.operands().size() + " sources were given");
      return Main.USAGE;
    }
    int status = Main.OK;
    for (String source : args.operands()) {
      Path pyx = base.resolve(source).normalize();
      if (!Files.isRegularFile(pyx)) {
        System.err.println("pyxc cython: no such file: " + source);
        status = Math.max(status, Main.USAGE);
        if (args.flag(FAST_FAIL.key())) break;
        continue;
      }
      Path c = output != null ? base.resolve(output).normalize() : CompileCommand.defaultOutput(pyx);
      Path depfile = c.resolveSibling(c.getFileName() + ".dep");
      if (args.flag(TIMESTAMPS.key()) && !args.flag(FORCE.key()) && upToDate(c, pyx, depfile)) continue;
      if (args.flag(VERBOSE.key())) System.err.println("Compiling " + pyx);
      CompileSupport.Compiled compiled = new CompileSupport.Compiled();
      Files.createDirectories(c.getParent());
      int rc = CompileSupport.compileTo(pyx, c, xs, new CompileSupport.Extras(false, args.flag(ANNOTATE.key()),
          args.flag(CompileCommand.LINE_DIRECTIVES.key())), System.out,
          System.err, includes, compiled);
      if (rc == Main.OK && args.flag(WERROR.key()) && compiled.warnings > 0) {
        System.err.println("pyxc cython: " + source + ": warnings are errors (-Werror)");
        Files.deleteIfExists(c);
        rc = Main.INPUT_ERROR;
      }
      if (rc == Main.OK && args.flag(DEPFILE.key())) {
        List<Path> deps = new ArrayList<>(List.of(pyx));
        deps.addAll(compiled.filesRead);
        CompileSupport.writeAtomically(depfile, depfileRule(c, deps));
      }
      status = Math.max(status, rc);
      if (rc != Main.OK && args.flag(FAST_FAIL.key())) break;
    }
    return status;
  }

  /**
   * {@code OUT.c: \ SOURCE \ DEP...}, as {@code cython -M} writes it: each path relative to the
   * current directory where it lies below it (as Cython writes them), spaces escaped.
   */
  static String depfileRule(Path c, List<Path> deps) {
    Path cwd = Path.of("").toAbsolutePath();
    StringBuilder sb = new StringBuilder(shown(cwd, c)).append(":");
    for (Path d : deps) sb.append(" \\\n  ").append(shown(cwd, d.toAbsolutePath().normalize()));
    return sb.append('\n').toString();
  }

  private static String shown(Path cwd, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace(" ", "\\ ");
  }

  /** Whether {@code c} is newer than its source and than every file its depfile (if any) lists. */
  private static boolean upToDate(Path c, Path pyx, Path depfile) {
    try {
      if (!Files.exists(c)) return false;
      long made = Files.getLastModifiedTime(c).toMillis();
      List<Path> inputs = new ArrayList<>(List.of(pyx));
      if (Files.exists(depfile)) inputs.addAll(BuildCommand.depfileInputs(Files.readString(depfile)));
      for (Path p : inputs) {
        if (!Files.exists(p) || Files.getLastModifiedTime(p).toMillis() > made) return false;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
