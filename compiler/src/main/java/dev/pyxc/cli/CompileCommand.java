package dev.pyxc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compile", description = "Translate a .pyx module to C (like `cython`).", mixinStandardHelpOptions = true)
final class CompileCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.pyx", description = "the module to compile")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.c", description = "output file (default: FILE.c beside the input)")
  Path output;

  @Option(names = "-X", paramLabel = "name=value,...", description = "set compiler directives, as in Cython")
  List<String> directives = new ArrayList<>();

  @Option(names = {"-a", "--annotate"}, description = "also write FILE.html beside the C: each line shaded by its C-API work, "
      + "expandable to its C, with reference and buffer operations marked (like `cython -a`)")
  boolean annotate;

  @Option(names = "--dump-ir", description = "print each function's IR before and after the refcount pass")
  boolean dumpIr;

  @Option(names = "-Wextra", description = "extra warnings, as Cython's -Wextra (locals maybe read unassigned, unused locals; unreachable code is always reported)")
  boolean warnExtra;

  @Option(names = "--debug", description = "show Java stack traces for internal errors")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    try {
      xs = CompileSupport.directives(directives);
    } catch (CompileSupport.UsageError e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    if (warnExtra) {
      // Cython's -Wextra: these directives on for the whole module; an explicit -X after them still wins.
      List<dev.pyxc.driver.Compiler.DirectiveSetting> extra = new ArrayList<>();
      for (String w : List.of("warn.unused", "warn.unreachable", "warn.maybe_uninitialized")) {
        extra.add(new dev.pyxc.driver.Compiler.DirectiveSetting(w, "True"));
      }
      extra.addAll(xs);
      xs = extra;
    }
    Path out = output != null ? output : defaultOutput(file);
    return CompileSupport.compileTo(file, out, xs, new CompileSupport.Extras(dumpIr, annotate), System.out, System.err);
  }

  static Path defaultOutput(Path pyx) {
    String f = pyx.getFileName().toString();
    String stem = f.endsWith(".pyx") ? f.substring(0, f.length() - 4) : f;
    return pyx.resolveSibling(stem + ".c");
  }
}
