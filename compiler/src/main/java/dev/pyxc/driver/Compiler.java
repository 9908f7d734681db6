package dev.pyxc.driver;

import dev.pyxc.ast.Module;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.emit.CEmitter;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.IrPrinter;
import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.build.IrBuilder;
import dev.pyxc.lex.HeaderDirective;
import dev.pyxc.lex.Lexer;
import dev.pyxc.lex.Token;
import dev.pyxc.parse.Parser;
import dev.pyxc.refcount.RefcountPass;
import dev.pyxc.sema.Checker;
import dev.pyxc.sema.Directives;
import dev.pyxc.sema.ModuleInfo;
import dev.pyxc.verify.OwnershipVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipeline, one stage after another: lex, parse, sema, lower, refcount, verify, emit. Each
 * stage is public so tests can run a prefix of it.
 */
public final class Compiler {
  private Compiler() {}

  /** A {@code -X name=value} or header directive before it is checked. */
  public record DirectiveSetting(String name, String value) {}

  /** The IR of one function before and after the refcount pass. */
  public record FunctionDump(String name, String before, String after) {}

  public record Result(String c, List<FunctionDump> ir) {}

  /** Raised when the verifier rejects the IR: a bug in pyxc, never in the user's code. */
  public static final class InternalError extends RuntimeException {
    public InternalError(String message) {
      super(message);
    }
  }

  public static Module parse(String moduleName, String source, String file) throws CompileError {
    Diagnostics diags = new Diagnostics(file);
    Lexer lexer = new Lexer(source, diags);
    List<Token> tokens = lexer.scan();
    if (diags.hasErrors()) throw new CompileError(List.of(diags.errors().get(0)));
    return Parser.parse(moduleName, tokens, lexer.directives(), file);
  }

  public static ModuleInfo check(Module module, List<DirectiveSetting> overrides, String file) throws CompileError {
    Diagnostics diags = new Diagnostics(file);
    Directives directives = new Directives();
    for (HeaderDirective d : module.directives()) directives.set(d.name(), d.value(), d.pos(), diags);
    for (DirectiveSetting d : overrides) directives.set(d.name(), d.value(), dev.pyxc.diag.Pos.NONE, diags);
    ModuleInfo info = Checker.check(module, directives, diags);
    if (diags.hasErrors()) throw new CompileError(diags.errors());
    return info;
  }

  /** Compiles source text to C. {@code file} is the name used in messages and tracebacks. */
  public static Result compile(String moduleName, String source, String file, List<DirectiveSetting> overrides)
      throws CompileError {
    Module module = parse(moduleName, source, file);
    ModuleInfo info = check(module, overrides, file);
    ModuleIr ir = IrBuilder.build(info, moduleName, file);
    List<FunctionDump> dumps = new ArrayList<>();
    for (ModuleIr.Function f : ir.functions()) {
      FuncIr fn = f.ir();
      String before = IrPrinter.print(fn);
      Map<Op, RefcountPass.Reason> reasons = RefcountPass.run(fn);
      List<String> problems = OwnershipVerifier.check(fn);
      if (!problems.isEmpty()) {
        throw new InternalError("ownership verifier rejected " + fn.qualifiedName + ":\n  " + String.join("\n  ", problems)
            + "\n" + IrPrinter.print(fn, reasons));
      }
      dumps.add(new FunctionDump(fn.name, before, IrPrinter.print(fn, reasons)));
    }
    return new Result(CEmitter.emit(ir), List.copyOf(dumps));
  }
}
