package dev.pyxc.cli;

import dev.pyxc.diag.CompileError;
import dev.pyxc.driver.Compiler;
import dev.pyxc.explain.SideBySide;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show a function's ownership IR before and after the refcount pass, side by side, "
        + "with the rule behind every inserted inc_ref and dec_ref.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE.pyx", description = "the module")
  Path file;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FUNC",
      description = "the function to show (default: every function; <module> is the top-level code)")
  String function;

  @Option(names = "-X", paramLabel = "name=value,...", description = "set compiler directives, as in Cython")
  List<String> directives = new ArrayList<>();

  @Override
  public Integer call() {
    String name;
    String source;
    List<Compiler.DirectiveSetting> xs;
    try {
      name = CompileSupport.moduleName(file);
      source = CompileSupport.read(file);
      xs = CompileSupport.directives(directives);
    } catch (CompileSupport.UsageError e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    Compiler.Result r;
    try {
      r = Compiler.compile(name, source, file.getFileName().toString(), xs);
    } catch (CompileError e) {
      CompileSupport.report(e, source, System.err);
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
