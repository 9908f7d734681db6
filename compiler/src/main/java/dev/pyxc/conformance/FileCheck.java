package dev.pyxc.conformance;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.build.SourceTree;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import dev.pyxc.lex.SourceDecoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Takes one file of Cython's suite through pyxc as runtests.py takes it through Cython: compile
 * (at language level 2 unless the file sets one, as runtests.py does), then for {@code run}
 * mode build with gcc and run the doctests, for {@code error} mode compare the diagnostics with
 * the {@code _ERRORS} block. Whatever happens becomes one {@link Outcome}; nothing escapes.
 */
final class FileCheck {
  /** A doctest run longer than this is a failure (a hang in compiled code). */
  private static final long RUN_SECONDS = 120;
  private static final int MAX_BLOCKER_ROUNDS = 40;
  private static final Pattern SETS_LANGUAGE_LEVEL = Pattern.compile("(?m)^#\\s*cython\\s*:.*\\blanguage_level\\b");

  private final PythonConfig python;
  private final Path runner;
  private final Path work;
  private final CythonBugs bugs;
  /** The checkout's root, holding the {@code Cython} package some tests import (as under runtests.py); or null. */
  private final Path cythonPackageRoot;

  FileCheck(PythonConfig python, Path runner, Path work, CythonBugs bugs, Path cythonPackageRoot) {
    this.python = python;
    this.runner = runner;
    this.work = work;
    this.bugs = bugs;
    this.cythonPackageRoot = cythonPackageRoot;
  }

  Outcome check(SuiteFile f) {
    try {
      Outcome o = f.path().toString().endsWith(".srctree") ? checkTree(f) : checkOrThrow(f);
      // runtests.py does not run these, so their expectations may not hold even for Cython; pyxc
      // still tries them, and one that passes counts as passing.
      if (o.status() != Status.PASS && o.status() != Status.NOT_SUPPORTED && bugs.excludes(f)) {
        return o.withStatus(Status.CYTHON_DEFECT, "listed in Cython's tests/bugs.txt, not run by runtests.py [observed: "
            + o.status().word + ": " + o.reason() + "]");
      }
      return o;
    } catch (IOException e) {
      return new Outcome(f.name(), Status.INTERNAL_ERROR, f.tags(), "I/O: " + e.getMessage(), List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(f.name(), Status.INTERNAL_ERROR, f.tags(), "interrupted", List.of());
    }
  }

  private Outcome checkOrThrow(SuiteFile f) throws IOException, InterruptedException {
    byte[] bytes = Files.readAllBytes(f.path());
    String fileName = f.path().getFileName().toString();
    String text;
    try {
      text = SourceDecoding.decode(bytes, fileName);
    } catch (CompileError e) {
      text = null;
      if (!f.mode().equals("error")) {
        return new Outcome(f.name(), Status.COMPILE_ERROR, f.tags(), first(e.diagnostics()), List.of());
      }
    }
    // runtests.py splits off the expected block from the bytes read as ISO-8859-1, so a test of
    // an undecodable file still has one.
    ExpectedDiagnostics expected = ExpectedDiagnostics.split(text == null ? new String(bytes, StandardCharsets.ISO_8859_1) : text);
    String source = f.mode().equals("error") ? expected.source() : text;
    List<Compiler.DirectiveSetting> directives =
        source != null && SETS_LANGUAGE_LEVEL.matcher(source).find() ? List.of() : List.of(new Compiler.DirectiveSetting("language_level", "2"));

    Compiled compiled = source == null ? null : compile(f.module(), f.path(), source, directives);
    List<String> blockers = new ArrayList<>();
    if (f.cppOnly()) blockers.add("C++ (tag cpp)");
    if (compiled != null) blockers.addAll(compiled.blockers());
    Outcome base = new Outcome(f.name(), Status.PASS, f.tags(), "", blockers);

    if (f.mode().equals("error")) return compareErrors(base, f, expected, compiled, text == null ? bytes : null, fileName);
    if (!blockers.isEmpty()) return base.withStatus(Status.NOT_SUPPORTED, String.join(", ", blockers));
    if (compiled.internalError() != null) return base.withStatus(Status.INTERNAL_ERROR, compiled.internalError());
    if (compiled.c() == null) return base.withStatus(Status.COMPILE_ERROR, first(compiled.errors()));
    if (f.mode().equals("compile")) return base;
    return buildAndRun(base, f, compiled);
  }

  /**
   * A {@code .srctree}: its modules compiled by pyxc (blocked as a {@code .pyx} is) and built where
   * its setup.py builds them, then its commands run, as runtests.py runs the tree with Cython.
   */
  private Outcome checkTree(SuiteFile f) throws IOException, InterruptedException {
    Outcome base = new Outcome(f.name(), Status.PASS, f.tags(), "", List.of());
    if (f.cppOnly()) return base.withStatus(Status.NOT_SUPPORTED, "C++ (tag cpp)").withBlockers(List.of("C++ (tag cpp)"));
    SourceTree tree = SourceTree.read(f.path());
    Path dir = Files.createDirectories(work.resolve(f.name().replace('/', '_').replace(".srctree", "")));
    Set<String> blockers = new LinkedHashSet<>();
    String[] stop = new String[2]; // the status word and reason of a build that failed
    SourceTree.Builder builder = (root, sources, expectedToFail) -> {
      for (Path pyx : sources) {
        String module = pyx.getFileName().toString().replaceFirst("\\.pyx$", "");
        Compiled c = compile(module, pyx, Files.readString(pyx), SourceTree.compilerOptions(root), SourceTree.includePath(root));
        if (expectedToFail) return c.c() == null && c.blockers().isEmpty() ? "failed as expected" : null;
        blockers.addAll(c.blockers());
        if (!c.blockers().isEmpty()) {
          stop[0] = "blocked";
          return "blocked";
        }
        if (c.internalError() != null || c.c() == null) {
          stop[0] = c.internalError() != null ? "internal" : "compile";
          stop[1] = root.relativize(pyx) + ": " + (c.internalError() != null ? c.internalError() : first(c.errors()));
          return stop[1];
        }
        Path cfile = pyx.resolveSibling(module + ".c");
        try (java.io.Writer w = Files.newBufferedWriter(cfile, StandardCharsets.UTF_8)) {
          c.c().writeC(w);
        }
        for (java.util.Map.Entry<String, String> h : c.c().headerFiles(module).entrySet()) {
          Files.writeString(pyx.resolveSibling(h.getKey()), h.getValue());
        }
        String full = new dev.pyxc.driver.DeclarationFileFinder(pyx.getParent(), module, List.of(), false).moduleName();
        try {
          List<String> flags = new java.util.ArrayList<>(List.of("-I" + pyx.getParent(), "-I" + root));
          SourceTree.extraCSources(root, pyx).forEach(x -> flags.add(x.toString()));
          Gcc.build(python, cfile, SourceTree.inplaceModule(root, pyx, full, python.extSuffix()), flags);
        } catch (IOException e) {
          stop[0] = "internal";
          stop[1] = "the C of " + root.relativize(pyx) + " does not build: "
              + e.getMessage().lines().filter(l -> l.contains("error")).findFirst().orElse(e.getMessage()).strip();
          return stop[1];
        }
      }
      return null;
    };
    java.util.Map<String, String> env = cythonPackageRoot == null ? java.util.Map.of()
        : java.util.Map.of("PYTHONPATH", cythonPackageRoot.toString());
    String failed = tree.run(dir, python, builder, env, RUN_SECONDS);
    base = base.withBlockers(List.copyOf(blockers));
    if (!blockers.isEmpty()) return base.withStatus(Status.NOT_SUPPORTED, String.join(", ", blockers));
    if (failed == null) return base;
    if ("internal".equals(stop[0])) return base.withStatus(Status.INTERNAL_ERROR, stop[1]);
    if ("compile".equals(stop[0])) return base.withStatus(Status.COMPILE_ERROR, stop[1]);
    String construct = failed.endsWith("not supported by pyxc") ? failed.substring(0, failed.length() - " is not supported by pyxc".length()) : null;
    if (construct != null && !failed.contains("\n")) {
      return base.withBlockers(List.of(construct)).withStatus(Status.NOT_SUPPORTED, construct);
    }
    return base.withStatus(Status.DIFFERENCE, tail(failed));
  }

  /** What one compile gave: C, or errors (and the warnings given before them), or an internal error, and the blockers of every round. */
  private record Compiled(Compiler.Result c, List<Diagnostic> errors, List<Diagnostic> warnings, String internalError, List<String> blockers) {}

  /**
   * Compiles; while the errors name unsupported constructs, takes their statements out and
   * compiles again, so every blocker is counted. The outcome is the first round's.
   */
  private static Compiled compile(String module, Path path, String source, List<Compiler.DirectiveSetting> directives) {
    return compile(module, path, source, directives, List.of());
  }

  /** As above, cimported .pxd files also looked for in {@code includes}. */
  private static Compiled compile(String module, Path path, String source, List<Compiler.DirectiveSetting> directives,
      List<Path> includes) {
    String fileName = path.getFileName().toString();
    Set<String> blockers = new LinkedHashSet<>();
    Compiled first = null;
    String current = source;
    for (int round = 0; round < MAX_BLOCKER_ROUNDS; round++) {
      Compiled c;
      try {
        Compiler.Result r = Compiler.compile(module, current, fileName, directives, false, path.toAbsolutePath().getParent(),
            java.util.stream.Stream.concat(java.util.stream.Stream.of(path.toAbsolutePath().getParent()), includes.stream()).toList());
        c = new Compiled(r, List.of(), r.warnings(), null, List.of());
      } catch (CompileError e) {
        c = new Compiled(null, e.diagnostics(), e.warnings(), null, List.of());
      } catch (RuntimeException | AssertionError | StackOverflowError e) {
        String what = e.toString().lines().findFirst().orElse("");
        c = new Compiled(null, List.of(), List.of(), "internal compiler error: " + what, List.of());
      }
      if (first == null) first = c;
      List<Integer> lines = new ArrayList<>();
      for (Diagnostic d : c.errors()) {
        String construct = Blockers.construct(d, path.getParent());
        if (construct != null) {
          blockers.add(construct);
          // One in a .pxd or included file counts; only the module's own statements can be taken out.
          if (d.file().equals(fileName)) lines.add(d.line());
        }
      }
      if (lines.isEmpty()) break;
      current = Blockers.without(current, lines);
    }
    return new Compiled(first.c(), first.errors(), first.warnings(), first.internalError(), List.copyOf(blockers));
  }

  private Outcome compareErrors(Outcome base, SuiteFile f, ExpectedDiagnostics expected, Compiled compiled, byte[] undecodable,
      String fileName) {
    List<String> got;
    if (undecodable != null) {
      try {
        SourceDecoding.decode(undecodable, fileName);
        got = List.of();
      } catch (CompileError e) {
        got = items(e.diagnostics());
      }
    } else if (compiled.internalError() != null) {
      return base.withStatus(Status.INTERNAL_ERROR, compiled.internalError());
    } else {
      List<Diagnostic> reported = new ArrayList<>(compiled.errors());
      // With the werror tag, runtests.py makes Cython's warnings errors.
      if (f.tags().contains("werror")) reported.addAll(compiled.warnings());
      got = items(reported);
    }
    // With the warnings tag runtests.py also compares the warnings.
    List<String> gotWarnings = f.tags().contains("warnings") && compiled != null ? items(compiled.warnings()) : List.of();
    boolean warningsMatch = !f.tags().contains("warnings") || f.tags().contains("werror") || gotWarnings.equals(expected.warnings());
    if (got.equals(expected.errors()) && warningsMatch) return base.withStatus(Status.PASS, "");
    if (got.equals(expected.errors())) {
      return base.withStatus(Status.DIFFERENCE, "warnings: expected " + String.join(" | ", expected.warnings()) + " got "
          + (gotWarnings.isEmpty() ? "(nothing)" : String.join(" | ", gotWarnings)));
    }
    if (!base.blockers().isEmpty()) return base.withStatus(Status.NOT_SUPPORTED, String.join(", ", base.blockers()));
    if (got.isEmpty()) return base.withStatus(Status.DIFFERENCE, "no error reported; expected " + String.join(" | ", expected.errors()));
    for (int i = 0; i < Math.max(got.size(), expected.errors().size()); i++) {
      String e = i < expected.errors().size() ? expected.errors().get(i) : "(nothing)";
      String g = i < got.size() ? got.get(i) : "(nothing)";
      if (!e.equals(g)) return base.withStatus(Status.DIFFERENCE, "error " + (i + 1) + ": expected " + e + " got " + g);
    }
    throw new AssertionError("lists differ but no item does");
  }

  private static List<String> items(List<Diagnostic> ds) {
    List<ExpectedDiagnostics.Item> out = new ArrayList<>();
    for (Diagnostic d : ds) out.add(new ExpectedDiagnostics.Item(d.line(), d.col(), d.message().strip()));
    return ExpectedDiagnostics.sorted(out);
  }

  private Outcome buildAndRun(Outcome base, SuiteFile f, Compiled compiled) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(work.resolve(f.name().replace('/', '_').replace(".pyx", "")));
    Path c = dir.resolve(f.module() + ".c");
    try (java.io.Writer w = Files.newBufferedWriter(c, StandardCharsets.UTF_8)) {
      compiled.c().writeC(w);
    }
    try {
      Gcc.build(python, c, dir.resolve(f.module() + python.extSuffix()), List.of("-I" + f.path().toAbsolutePath().getParent()));
    } catch (IOException e) {
      String firstError = e.getMessage().lines().filter(l -> l.contains("error")).findFirst().orElse(e.getMessage());
      return base.withStatus(Status.INTERNAL_ERROR, "the C does not build: " + firstError.strip());
    }
    ProcessBuilder pb = new ProcessBuilder(python.executable(), runner.toString(), dir.toString(), f.module())
        .directory(dir.toFile()).redirectErrorStream(true);
    // Tests import Cython's pure-Python helpers (Cython.TestUtils), which runtests.py has importable.
    if (cythonPackageRoot != null) pb.environment().put("PYTHONPATH", cythonPackageRoot.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
    Thread watchdog = new Thread(() -> {
      try {
        if (!p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
          killed.set(true);
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
      }
    });
    watchdog.setDaemon(true);
    watchdog.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int exit = p.waitFor();
    if (killed.get()) return base.withStatus(Status.DIFFERENCE, "doctests did not finish in " + RUN_SECONDS + " s");
    String last = printed.lines().reduce((a, b) -> b).orElse("");
    if (last.startsWith("PASS")) return base.withStatus(Status.PASS, last.substring(4).strip() + " tests");
    if (last.startsWith("FAIL ")) return base.withStatus(Status.DIFFERENCE, last.substring(5));
    return base.withStatus(Status.DIFFERENCE, "the test process died (exit " + exit + "): " + tail(printed));
  }

  private static String tail(String printed) {
    List<String> lines = printed.lines().toList();
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }

  private static String first(List<Diagnostic> ds) {
    if (ds.isEmpty()) return "(no message)";
    Diagnostic d = ds.get(0);
    return d.line() + ":" + d.col() + ": " + d.message();
  }
}
