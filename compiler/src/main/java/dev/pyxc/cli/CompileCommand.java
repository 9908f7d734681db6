package dev.pyxc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

final class CompileCommand implements Subcommand {
  static final CommandLine.Option OUTPUT = CommandLine.Option.value("OUT.c", "output file (default: FILE.c beside the input)", "-o", "--output");
  static final CommandLine.Option DIRECTIVES = CommandLine.Option.value("name=value,...", "set compiler directives, as in Cython", "-X");
  static final CommandLine.Option ANNOTATE = CommandLine.Option.flag("also write FILE.html beside the C: each line shaded by its "
      + "C-API work, expandable to its C, with reference and buffer operations marked (like `cython -a`)", "-a", "--annotate");
  static final CommandLine.Option DUMP_IR = CommandLine.Option.flag("print each function's IR before and after the refcount pass", "--dump-ir");
  static final CommandLine.Option WEXTRA = CommandLine.Option.flag("extra warnings, as Cython's -Wextra (locals maybe read unassigned, "
      + "unused locals; unreachable code is always reported)", "-Wextra");
  static final CommandLine.Option LINE_DIRECTIVES = CommandLine.Option.flag("put #line directives in the C pointing at the .pyx "
      + "lines it was generated for, so gcc's messages, gdb and perf name the source (like `cython --line-directives`)",
      "--line-directives");
  static final CommandLine.Option DEBUG = CommandLine.Option.flag("show Java stack traces for internal errors", "--debug");

  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("compile", List.of("Translate a .pyx module to C (like `cython`)."),
        List.of(OUTPUT, DIRECTIVES, ANNOTATE, DUMP_IR, WEXTRA, LINE_DIRECTIVES, DEBUG),
        List.of(new CommandLine.Operand("FILE.pyx", 1, 1, "the module to compile")));
  }

  @Override
  public int run(CommandLine.Parsed args) throws Exception {
    Path file = Path.of(args.operand(0));
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    try {
      xs = CompileSupport.directives(args.all(DIRECTIVES.key()));
    } catch (CompileSupport.UsageError e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    if (args.flag(WEXTRA.key())) {
      // Cython's -Wextra: these directives on for the whole module; an explicit -X after them still wins.
      List<dev.pyxc.driver.Compiler.DirectiveSetting> extra = new ArrayList<>();
      for (String w : List.of("warn.unused", "warn.unreachable", "warn.maybe_uninitialized")) {
        extra.add(new dev.pyxc.driver.Compiler.DirectiveSetting(w, "True"));
      }
      extra.addAll(xs);
      xs = extra;
    }
    String output = args.value(OUTPUT.key(), null);
    Path out = output != null ? Path.of(output) : defaultOutput(file);
    return CompileSupport.compileTo(file, out, xs, new CompileSupport.Extras(args.flag(DUMP_IR.key()), args.flag(ANNOTATE.key()),
        args.flag(LINE_DIRECTIVES.key())), System.out, System.err);
  }

  static Path defaultOutput(Path pyx) {
    String f = pyx.getFileName().toString();
    String stem = f.endsWith(".pyx") ? f.substring(0, f.length() - 4) : f;
    return pyx.resolveSibling(stem + ".c");
  }
}
