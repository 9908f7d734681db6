package dev.pyxc.driver;

import dev.pyxc.ast.Module;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.emit.CEmitter;
import dev.pyxc.emit.CSpan;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.IrPrinter;
import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Terminator;
import dev.pyxc.ir.build.IrBuilder;
import dev.pyxc.lex.HeaderDirective;
import dev.pyxc.lex.Lexer;
import dev.pyxc.lex.Token;
import dev.pyxc.parse.Parser;
import dev.pyxc.refcount.BorrowedViews;
import dev.pyxc.refcount.RefcountPass;
import dev.pyxc.sema.Checker;
import dev.pyxc.sema.Directives;
import dev.pyxc.sema.ModuleInfo;
import dev.pyxc.verify.OwnershipVerifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline, one stage after another: lex, parse, sema, lower, refcount, verify, emit. Each
 * stage is public so tests can run a prefix of it.
 */
public final class Compiler {
  private Compiler() {}

  static {
    // Compiles may run on several threads at once (pyxc test, compare, the test suite): CType's
    // initialisation cycle is completed here, by whichever thread loads the compiler first.
    dev.pyxc.sema.CType.initializeOnThisThread();
  }

  /** A {@code -X name=value} or header directive before it is checked. */
  public record DirectiveSetting(String name, String value) {}

  /**
   * Cython's {@code cimport_from_pyx} option, given as a setting of this name ({@code -X
   * cimport_from_pyx=True}): a module without a {@code .pxd} is cimported from its {@code .pyx}.
   */
  public static final String CIMPORT_FROM_PYX = "cimport_from_pyx";

  private static boolean truthy(String value) {
    return value.equalsIgnoreCase("true") || value.equals("1");
  }

  /**
   * The IR of one function before and after the refcount pass. {@code fn} is the IR after it;
   * {@code reasons} says why each inserted op is there and {@code terminatorsBefore} what each
   * original block ended with before edges were split, which is all {@code pyxc explain} needs to
   * put the two versions side by side.
   */
  public record FunctionDump(String name, String before, FuncIr fn, Map<Op, RefcountPass.Reason> reasons,
      Map<BasicBlock, Terminator> terminatorsBefore) {
    /** The IR after the refcount pass, with the reason of every inserted op. */
    public String after() {
      return IrPrinter.print(fn, reasons);
    }
  }

  /**
   * The C file (in parts: {@link #writeC} streams them, {@link #c} joins them), each function's IR,
   * which C each source line produced, the modules it takes C functions from at import and the
   * files besides the module's own that the compile read ({@code .pxd} files, includes), and the
   * C headers for C outside the module ({@code MODULE.h}, {@code MODULE_api.h}) by suffix.
   */
  public record Result(List<String> cParts, List<FunctionDump> ir, List<CSpan> spans, List<Diagnostic> warnings,
      List<String> cimportedModules, List<java.nio.file.Path> filesRead, Map<String, String> headers) {
    /** The modules this one takes C functions or variables from at import (which must be built too to run it). */
    public static List<String> runtimeCimports(ModuleInfo info) {
      return info.capi().imports().stream().map(ModuleInfo.CapiImport::module).distinct().toList();
    }

    public String c() {
      return String.join("", cParts);
    }

    public void writeC(java.io.Writer out) throws java.io.IOException {
      for (String part : cParts) out.write(part);
    }

    /** The headers of module {@code module} by file name ({@code mod.h}, {@code mod_api.h}, as Cython names them). */
    public Map<String, String> headerFiles(String module) {
      Map<String, String> out = new java.util.TreeMap<>();
      String stem = module.substring(module.lastIndexOf('.') + 1);
      headers.forEach((suffix, text) -> out.put(stem + suffix, text));
      return out;
    }
  }

  /** Raised when the verifier rejects the IR: a bug in pyxc, never in the user's code. */
  public static final class InternalError extends RuntimeException {
    public InternalError(String message) {
      super(message);
    }
  }

  /**
   * Cython's order, which follows its phases: unreachable code first (it is removed early), then
   * flow analysis (unassigned and unused locals), then expression analysis (negative indices);
   * each group in source order.
   */
  private static final java.util.Comparator<Diagnostic> WARNING_ORDER =
      java.util.Comparator.<Diagnostic>comparingInt(Compiler::warningPhase)
          .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::col);

  private static int warningPhase(Diagnostic d) {
    if (d.message().equals("Unreachable code")) return 0;
    return d.message().startsWith("the result of using negative indices") ? 2 : 1;
  }

  public static Module parse(String moduleName, String source, String file) throws CompileError {
    return parse(moduleName, source, file, List.of());
  }

  /** As above; a {@code language_level} among {@code overrides} (from -X) decides what the lexer accepts. */
  public static Module parse(String moduleName, String source, String file, List<DirectiveSetting> overrides)
      throws CompileError {
    return parse(moduleName, source, file, overrides, null);
  }

  /** As above, with {@code include} statements read from beside the module ({@code sourceDir}, null for the working directory). */
  public static Module parse(String moduleName, String source, String file, List<DirectiveSetting> overrides, java.nio.file.Path sourceDir)
      throws CompileError {
    return parse(moduleName, source, file, overrides, sourceDir, java.util.Set.of());
  }

  /**
   * The names {@code from pkg cimport mod} binds to modules ({@code pkg/mod.pxd} exists), which
   * the parser must know to read {@code mod.f} as that module's name.
   */
  private static java.util.Set<String> cimportedSubmodules(Module module, dev.pyxc.sema.DeclarationFiles files) {
    java.util.Set<String> out = new java.util.HashSet<>();
    List<dev.pyxc.ast.Stmt> statements = new ArrayList<>(module.body());
    dev.pyxc.sema.DeclarationFiles.Found own = files.own();
    if (own != null && own.module() != null) {
      // The module's own .pxd cimports for it too: `cimport m` there makes `m.f` a name here.
      for (dev.pyxc.ast.Stmt s : own.module().body()) {
        if (s instanceof dev.pyxc.ast.Stmt.CImport c && c.names().isEmpty() && !c.module().startsWith("cython")) {
          out.add(c.alias() != null ? c.alias() : c.module());
        }
        statements.add(s);
      }
    }
    for (dev.pyxc.ast.Stmt s : statements) {
      if (s instanceof dev.pyxc.ast.Stmt.CImport c && c.names().isEmpty() && !c.module().startsWith("cython")) {
        nestedNamespaces(c.alias() != null ? c.alias() : c.module(), c.module(), files, out, 0);
      }
      if (!(s instanceof dev.pyxc.ast.Stmt.CImport c) || c.names().isEmpty()) continue;
      String base = dev.pyxc.sema.DeclarationFiles.absolute(c.module(), files.moduleName(), files.isPackage());
      if (base == null) continue;
      for (dev.pyxc.ast.Stmt.Alias a : c.names()) {
        if (files.find(base + "." + a.name()) != null || dev.pyxc.sema.DeclarationFiles.bundled(base + "." + a.name())) {
          out.add(a.asName() != null ? a.asName() : a.name());
        }
      }
    }
    return out;
  }

  /** {@code m.sub.f} where m's .pxd itself does {@code cimport sub}: {@code m.sub} is a module's name too. */
  private static void nestedNamespaces(String bound, String dotted, dev.pyxc.sema.DeclarationFiles files, java.util.Set<String> out,
      int depth) {
    dev.pyxc.sema.DeclarationFiles.Found found = depth > 3 ? null : files.find(dotted);
    if (found == null || found.module() == null) return;
    for (dev.pyxc.ast.Stmt s : found.module().body()) {
      if (s instanceof dev.pyxc.ast.Stmt.CImport c && c.names().isEmpty() && !c.module().startsWith("cython")) {
        String inner = bound + "." + (c.alias() != null ? c.alias() : c.module());
        out.add(inner);
        nestedNamespaces(inner, c.module(), files, out, depth + 1);
      }
    }
  }

  private static Module parse(String moduleName, String source, String file, List<DirectiveSetting> overrides,
      java.nio.file.Path sourceDir, java.util.Set<String> cimportedModules) throws CompileError {
    return parse(moduleName, source, file, overrides, sourceDir, cimportedModules, new java.util.HashSet<>());
  }

  /** As above; each file an {@code include} reads is added to {@code included}. */
  private static Module parse(String moduleName, String source, String file, List<DirectiveSetting> overrides,
      java.nio.file.Path sourceDir, java.util.Set<String> cimportedModules, java.util.Set<java.nio.file.Path> included)
      throws CompileError {
    Diagnostics diags = new Diagnostics(file);
    String level = null;
    for (DirectiveSetting d : overrides) if (d.name().equals("language_level")) level = d.value();
    Lexer lexer = new Lexer(source, diags, level);
    List<Token> tokens = lexer.scan();
    if (diags.hasErrors()) throw new CompileError(List.of(diags.errors().get(0)));
    return Parser.parseRecovering(moduleName, tokens, lexer.directives(), file, lexer.languageLevel2(), cimportedModules,
        new Includes(sourceDir, lexer.languageLevel2(), included));
  }

  public static ModuleInfo check(Module module, List<DirectiveSetting> overrides, String file) throws CompileError {
    return check(module, overrides, file, new ArrayList<>());
  }

  /** Checks the module; its warnings (Cython's {@code warn.*} directives) are added to {@code warnings}. */
  public static ModuleInfo check(Module module, List<DirectiveSetting> overrides, String file, List<Diagnostic> warnings)
      throws CompileError {
    return check(module, overrides, file, warnings, DeclarationFileFinder.bundledOnly(module.name()));
  }

  /** As above, the module's own {@code .pxd} and those it cimports read from {@code files}. */
  public static ModuleInfo check(Module module, List<DirectiveSetting> overrides, String file, List<Diagnostic> warnings,
      dev.pyxc.sema.DeclarationFiles files) throws CompileError {
    Diagnostics diags = new Diagnostics(file);
    Directives directives = new Directives();
    for (HeaderDirective d : module.directives()) directives.set(d.name(), d.value(), d.pos(), diags);
    for (DirectiveSetting d : overrides) directives.set(d.name(), d.value(), dev.pyxc.diag.Pos.NONE, diags);
    for (Module.Warning w : module.warnings()) diags.warning(w.pos(), w.message());
    for (Module.Warning e : module.errors()) diags.error(e.pos(), e.message());
    ModuleInfo info = Checker.check(module, directives, diags, files);
    // (distinct: a fused function's specializations each find what its code gives once)
    List<Diagnostic> given = diags.all().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).distinct()
        .sorted(WARNING_ORDER).toList();
    if (diags.hasErrors()) throw new CompileError(diags.errors(), given);
    warnings.addAll(given);
    return info;
  }

  /** Whether the module is read as Cython's language level 2 (a -X override, else its header comment). */
  private static boolean languageLevel2(List<DirectiveSetting> overrides, String source) {
    for (DirectiveSetting d : overrides) if (d.name().equals("language_level")) return d.value().equals("2");
    return false;
  }

  /** Compiles source text to C. {@code file} is the name used in messages and tracebacks. */
  public static Result compile(String moduleName, String source, String file, List<DirectiveSetting> overrides)
      throws CompileError {
    return compile(moduleName, source, file, overrides, true);
  }

  /**
   * As above; {@code details} keeps what only the tools show: each function's IR before and
   * after the refcount pass ({@code --dump-ir}, {@code explain}) and which C each source line
   * produced ({@code -a}). A plain compile keeps neither ({@link Result#ir()} and
   * {@link Result#spans()} are empty), which saves time and, on a large module, most of the
   * memory besides the C itself.
   */
  public static Result compile(String moduleName, String source, String file, List<DirectiveSetting> overrides,
      boolean details) throws CompileError {
    return compile(moduleName, source, file, overrides, details, null);
  }

  /** As above, the module's file being in {@code sourceDir} (where its includes and .pxd files are looked for). */
  public static Result compile(String moduleName, String source, String file, List<DirectiveSetting> overrides,
      boolean details, java.nio.file.Path sourceDir) throws CompileError {
    return compile(moduleName, source, file, overrides, details, sourceDir, List.of());
  }

  /** As above, cimported {@code .pxd} files also looked for in {@code includeDirs} ({@code -I}). */
  public static Result compile(String moduleName, String source, String file, List<DirectiveSetting> overrides,
      boolean details, java.nio.file.Path sourceDir, List<java.nio.file.Path> includeDirs) throws CompileError {
    return compile(moduleName, source, file, overrides, details, sourceDir, includeDirs, dev.pyxc.emit.LineDirectives.NONE);
  }

  /** As above, with {@code #line} directives pointing at the source where {@code directives} asks for them. */
  public static Result compile(String moduleName, String source, String file, List<DirectiveSetting> overrides,
      boolean details, java.nio.file.Path sourceDir, List<java.nio.file.Path> includeDirs,
      dev.pyxc.emit.LineDirectives directives) throws CompileError {
    // Cython's cimport_from_pyx is an option of the compile, not a directive of the module.
    boolean cimportFromPyx = overrides.stream().anyMatch(o -> o.name().equals(CIMPORT_FROM_PYX) && truthy(o.value()));
    overrides = overrides.stream().filter(o -> !o.name().equals(CIMPORT_FROM_PYX)).toList();
    java.util.Set<java.nio.file.Path> included = new java.util.LinkedHashSet<>();
    Module module = parse(moduleName, source, file, overrides, sourceDir, java.util.Set.of(), included);
    List<Diagnostic> warnings = new ArrayList<>();
    DeclarationFileFinder finder = sourceDir == null ? null
        : new DeclarationFileFinder(sourceDir, moduleName, includeDirs, languageLevel2(overrides, source), cimportFromPyx);
    dev.pyxc.sema.DeclarationFiles files = finder == null ? DeclarationFileFinder.bundledOnly(moduleName) : finder;
    java.util.Set<String> submodules = cimportedSubmodules(module, files);
    if (!submodules.isEmpty()) module = parse(moduleName, source, file, overrides, sourceDir, submodules, included);
    ModuleInfo info = check(module, overrides, file, warnings, files);
    ModuleIr ir = IrBuilder.build(info, files.moduleName(), file);
    List<FunctionDump> dumps = new ArrayList<>();
    for (ModuleIr.Function f : ir.functions()) {
      FuncIr fn = f.ir();
      dev.pyxc.refcount.GeneratorFrames.run(fn);
      BorrowedViews.run(fn);
      String before = details ? IrPrinter.print(fn) : null;
      Map<BasicBlock, Terminator> terminators = new IdentityHashMap<>();
      for (BasicBlock b : fn.blocks) terminators.put(b, b.terminator);
      Map<Op, RefcountPass.Reason> reasons = RefcountPass.run(fn);
      List<String> problems = new ArrayList<>(OwnershipVerifier.check(fn));
      problems.addAll(dev.pyxc.verify.GilRegions.check(fn));
      problems.addAll(dev.pyxc.verify.ParallelRegionChecks.check(fn));
      if (!problems.isEmpty()) {
        throw new InternalError("ownership verifier rejected " + fn.qualifiedName + ":\n  " + String.join("\n  ", problems)
            + "\n" + IrPrinter.print(fn, reasons));
      }
      if (details) dumps.add(new FunctionDump(fn.name, before, fn, reasons, terminators));
      if (fn.cdef != null && fn.cdef.propagation() == dev.pyxc.sema.CFunction.Propagation.NONE
          && fn.blocks.stream().anyMatch(b -> b.terminator instanceof Terminator.ReturnError)) {
        // As Cython warns of a noexcept function whose body can raise: the exception is printed and dropped.
        dev.pyxc.diag.Pos at = f.def().pos();
        warnings.add(Diagnostic.detail(at.file() != null ? at.file() : file, at.line(), at.col(),
            "Unraisable exception in function '" + fn.qualifiedName + "'."));
      }
    }
    warnings.sort(WARNING_ORDER);
    CEmitter.Emitted c = CEmitter.emit(ir, details, directives);
    List<java.nio.file.Path> read = new ArrayList<>(included);
    if (finder != null) read.addAll(finder.read());
    return new Result(c.parts(), List.copyOf(dumps), c.spans(), List.copyOf(warnings), Result.runtimeCimports(info),
        List.copyOf(read), c.headers());
  }
}
