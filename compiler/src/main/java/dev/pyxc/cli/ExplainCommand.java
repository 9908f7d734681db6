package dev.pyxc.cli;

import dev.pyxc.diag.CompileError;
import dev.pyxc.driver.Compiler;
import dev.pyxc.explain.SideBySide;
import java.nio.file.Path;
import java.util.List;

final class ExplainCommand implements Subcommand {
  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("explain", List.of("Show a function's ownership IR before and after the refcount pass, side by side, "
        + "with the rule behind every inserted inc_ref and dec_ref."),
        List.of(CompileCommand.DIRECTIVES),
        List.of(new CommandLine.Operand("FILE.pyx", 1, 1, "the module"),
            new CommandLine.Operand("FUNC", 0, 1, "the function to show (default: every function; <module> is the top-level code)")));
  }

  @Override
  public int run(CommandLine.Parsed args) {
    Path file = Path.of(args.operand(0));
    String function = args.operand(1);
    String name;
    String source;
    List<Compiler.DirectiveSetting> xs;
    try {
      name = CompileSupport.moduleName(file);
      source = CompileSupport.read(file);
      xs = CompileSupport.directives(args.all(CompileCommand.DIRECTIVES.key()));
    } catch (CompileSupport.UsageError e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    } catch (CompileError e) {
      CompileSupport.report(e, null, System.err);
      return Main.INPUT_ERROR;
    }
    Compiler.Result r;
    try {
      r = Compiler.compile(name, source, file.getFileName().toString(), xs, true, file.toAbsolutePath().getParent());
    } catch (CompileError e) {
      CompileSupport.report(e, source, file, System.err);
      return Main.INPUT_ERROR;
    }
    List<Compiler.FunctionDump> shown = r.ir().stream().filter(d -> function == null || d.name().equals(function)).toList();
    if (shown.isEmpty()) {
      System.err.println("pyxc: " + file + " has no function '" + function + "'; it has: "
          + String.join(", ", r.ir().stream().map(Compiler.FunctionDump::name).toList()));
      return Main.USAGE;
    }
    List<String> lines = source.replace("\r\n", "\n").lines().toList();
    StringBuilder out = new StringBuilder();
    for (Compiler.FunctionDump d : shown) {
      if (out.length() > 0) out.append('\n');
      out.append(SideBySide.render(d, lines));
    }
    System.out.print(out);
    return Main.OK;
  }
}
