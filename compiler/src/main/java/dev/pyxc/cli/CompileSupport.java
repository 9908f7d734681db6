package dev.pyxc.cli;

import dev.pyxc.annotate.AnnotatedHtml;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.CythonErrorFormat;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What the commands share: reading a .pyx, reporting diagnostics, writing output atomically. */
final class CompileSupport {
  private CompileSupport() {}

  /** A usage problem (bad file name, unreadable input): exit status 2. */
  static final class UsageError extends Exception {
    UsageError(String message) {
      super(message);
    }
  }

  static String moduleName(Path pyx) throws UsageError {
    String file = pyx.getFileName().toString();
    if (!file.endsWith(".pyx")) throw new UsageError("input must be a .pyx file: " + pyx);
    String name = file.substring(0, file.length() - 4);
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || !name.chars().allMatch(Character::isJavaIdentifierPart)
        || name.contains("$")) {
      throw new UsageError("module name '" + name + "' (from " + file + ") is not a valid Python identifier");
    }
    return name;
  }

  /**
   * The source text, decoded as Cython decodes it (a PEP 263 coding line, else UTF-8); bytes that
   * do not decode are a positioned CompileError, reported without a source excerpt.
   */
  static String read(Path pyx) throws UsageError, CompileError {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(pyx);
    } catch (IOException e) {
      throw new UsageError("cannot read " + pyx + ": " + e.getMessage());
    }
    return dev.pyxc.lex.SourceDecoding.decode(bytes, pyx.getFileName().toString());
  }

  /**
   * The directories the Python a module is built for imports from, where Cython also looks for
   * cimported {@code .pxd} files: {@code PYXC_SYS_PATH} (set by pyxc's Python package to its
   * interpreter's {@code sys.path}), else that of {@code python3}.
   */
  static List<Path> interpreterPath() throws IOException {
    String given = System.getenv("PYXC_SYS_PATH");
    if (given == null) return dev.pyxc.build.PythonConfig.modulePath(defaultPython());
    List<Path> out = new ArrayList<>();
    for (String p : given.split(java.io.File.pathSeparator)) if (!p.isBlank() && Files.isDirectory(Path.of(p))) out.add(Path.of(p));
    return out;
  }

  /** The interpreter to build for when no --python is given: {@code PYXC_PYTHON} (set by pyxc's Python package), else python3. */
  static String defaultPython() {
    String given = System.getenv("PYXC_PYTHON");
    return given == null || given.isBlank() ? "python3" : given;
  }

  static List<Compiler.DirectiveSetting> directives(List<String> xs) throws UsageError {
    List<Compiler.DirectiveSetting> out = new ArrayList<>();
    for (String x : xs) {
      for (String item : x.split(",")) {
        if (item.isBlank()) continue;
        int eq = item.indexOf('=');
        if (eq <= 0) throw new UsageError("-X expects name=value, got '" + item + "'");
        String name = item.substring(0, eq).strip();
        if (!dev.pyxc.sema.Directives.isKnown(name) && !name.equals(Compiler.CIMPORT_FROM_PYX)) throw new UsageError("unknown directive '" + name + "' in -X");
        out.add(new Compiler.DirectiveSetting(name, item.substring(eq + 1).strip()));
      }
    }
    return out;
  }

  /** Prints each diagnostic in Cython's frame; {@code source} is null when the file did not decode. */
  static void report(CompileError e, String source, PrintStream err) {
    report(e, source, null, err);
  }

  /**
   * As above; a diagnostic in an included file ({@code include "x.pxi"}, named relative to the
   * module's directory {@code sourceDir}) shows that file's lines.
   */
  static void report(CompileError e, String source, java.nio.file.Path pyx, PrintStream err) {
    String main = pyx == null ? null : pyx.getFileName().toString();
    for (Diagnostic w : e.warnings()) err.print(CythonErrorFormat.formatWarning(w));
    for (Diagnostic d : e.diagnostics()) {
      String text = source;
      if (d.file().startsWith("<pyxc>/")) {
        text = bundledText(d.file().substring("<pyxc>/".length()));
      } else if (pyx != null && !d.file().equals(main)) {
        try {
          text = new String(Files.readAllBytes(pyx.toAbsolutePath().getParent().resolve(d.file())), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException missing) {
          text = ""; // (no excerpt rather than another file's lines)
        }
      }
      err.print(text == null ? CythonErrorFormat.formatUnprintable(d)
          : CythonErrorFormat.format(d, text.replace("\r\n", "\n").lines().toList()));
    }
  }

  /** The text of one of pyxc's own declaration files ({@code <pyxc>/cpython/array.pxd}), or "" when there is none. */
  private static String bundledText(String path) {
    for (String dir : new String[] {"/dev/pyxc/pxd-modules/", "/dev/pyxc/pxd/"}) {
      try (java.io.InputStream in = CompileSupport.class.getResourceAsStream(dir + path)) {
        if (in != null) return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException unreadable) {
        return "";
      }
    }
    return "";
  }

  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> NEW_FILE =
      java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

  private static final AtomicLong TEMP_COUNTER = new AtomicLong();

  /** Writes {@code text} to {@code target} through a temporary file, so readers never see half a file. */
  static void writeAtomically(Path target, String text) throws IOException {
    writeAtomically(target, w -> w.write(text));
  }

  /** What writes a file's content. */
  interface Content {
    void writeTo(java.io.Writer w) throws IOException;
  }

  /** As above, the content streamed by {@code content}. */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    // Named by process and a counter, created exclusively: Files.createTempFile would draw its name
    // from SecureRandom, whose set-up is about a twentieth of a whole compile.
    Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + TEMP_COUNTER.incrementAndGet() + ".tmp");
    Files.deleteIfExists(tmp);  // only a dead process with our pid can have left it
    try {
      try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(w);
      }
      // The output keeps the permissions of the file it replaces, or gets those of a new file.
      Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** What to write besides the C, and whether the C has {@code #line} directives pointing at the source. */
  record Extras(boolean dumpIr, boolean annotate, boolean lineDirectives) {
    static final Extras NONE = new Extras(false, false, false);
  }

  /** {@code FILE.html} beside {@code FILE.c}, as {@code cython -a} places it. */
  static Path annotationPath(Path c) {
    String f = c.getFileName().toString();
    return c.resolveSibling((f.endsWith(".c") ? f.substring(0, f.length() - 2) : f) + ".html");
  }

  /**
   * Compiles one file, writing {@code out}. On failure prints diagnostics, removes a stale
   * {@code out} (so no old C passes for the new source) and returns the exit status.
   */
  static int compileTo(Path pyx, Path out, List<Compiler.DirectiveSetting> xs, Extras extras, PrintStream stdout,
      PrintStream err) throws IOException {
    return compileTo(pyx, out, xs, extras, stdout, err, List.of(), new Compiled());
  }

  /** What a successful compile tells beyond its C: the modules it takes C functions from, the files it read. */
  static final class Compiled {
    final List<String> cimported = new ArrayList<>();
    final List<Path> filesRead = new ArrayList<>();
    int warnings;
  }

  /**
   * As above, cimported {@code .pxd} files also looked for in {@code includeDirs}; on success
   * {@code compiled} gets what the compile tells beyond its C.
   */
  static int compileTo(Path pyx, Path out, List<Compiler.DirectiveSetting> xs, Extras extras, PrintStream stdout,
      PrintStream err, List<Path> includeDirs, Compiled compiled) throws IOException {
    String name;
    String source;
    try {
      name = moduleName(pyx);
      source = read(pyx);
    } catch (UsageError e) {
      err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    } catch (CompileError e) {
      report(e, null, err);
      deleteOutputs(out, extras);
      return Main.INPUT_ERROR;
    }
    if (out.toAbsolutePath().normalize().equals(pyx.toAbsolutePath().normalize())) {
      err.println("pyxc: refusing to overwrite the input file " + pyx);
      return Main.USAGE;
    }
    try {
      Compiler.Result r = Compiler.compile(name, source, pyx.getFileName().toString(), xs, extras.dumpIr() || extras.annotate(),
          pyx.toAbsolutePath().getParent(), includeDirs, !extras.lineDirectives() ? dev.pyxc.emit.LineDirectives.NONE
              : new dev.pyxc.emit.LineDirectives(dev.pyxc.driver.DeclarationFileFinder.packageRelativePath(pyx), out.getFileName().toString()));
      compiled.cimported.addAll(r.cimportedModules());
      compiled.filesRead.addAll(r.filesRead());
      List<Diagnostic> shown = r.warnings().stream().filter(w -> w.severity() == Diagnostic.Severity.WARNING).toList();
      for (Diagnostic w : shown) err.print(CythonErrorFormat.formatWarning(w));
      compiled.warnings = shown.size();
      if (extras.dumpIr()) {
        for (Compiler.FunctionDump d : r.ir()) {
          stdout.print("# before refcount pass\n" + d.before() + "\n# after refcount pass\n" + d.after() + "\n");
        }
      }
      writeAtomically(out, r::writeC);
      for (java.util.Map.Entry<String, String> h : r.headerFiles(name).entrySet()) {
        writeAtomically(out.resolveSibling(h.getKey()), h.getValue());
      }
      if (extras.annotate()) {
        writeAtomically(annotationPath(out), AnnotatedHtml.render(pyx.getFileName().toString(), source, r.spans(),
            "pyxc " + dev.pyxc.emit.CEmitter.VERSION));
      }
      return Main.OK;
    } catch (CompileError e) {
      report(e, source, pyx, err);
      deleteOutputs(out, extras);
      return Main.INPUT_ERROR;
    } catch (Compiler.InternalError e) {
      deleteOutputs(out, extras);
      throw e;
    }
  }

  /**
   * One line for a compile that failed inside pyxc while working on one file of several: an
   * internal compiler error, or a file too large or too deep for the JVM's memory (Main reports
   * those two the same way for a single file).
   */
  static String internalErrorText(Throwable e) {
    if (e instanceof StackOverflowError) return "the input nests too deeply to compile";
    if (e instanceof OutOfMemoryError) return "the input is too large to compile in the memory given to the JVM (-Xmx)";
    return "internal compiler error: " + e.toString().lines().findFirst().orElse("") + "; this is a bug in pyxc, please report it with the input file";
  }

  /** Whether {@link #internalErrorText} describes a bug in pyxc (exit status 3) rather than a limit (1). */
  static boolean isInternalError(Throwable e) {
    return !(e instanceof StackOverflowError || e instanceof OutOfMemoryError);
  }

  private static void deleteOutputs(Path out, Extras extras) throws IOException {
    Files.deleteIfExists(out);
    if (extras.annotate()) Files.deleteIfExists(annotationPath(out));
  }
}
