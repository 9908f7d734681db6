package dev.pyxc.cli;

import dev.pyxc.build.PythonConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

final class TestCommand implements Subcommand {
  static final CommandLine.Option PYTHON = CommandLine.Option.value("PY", "interpreter to test with (default: $PYXC_PYTHON, else python3)", "--python");
  static final CommandLine.Option REFCHECK = CommandLine.Option.flag(
      "also run under a debug interpreter and check that reference counts balance", "--refcheck");

  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("test", List.of("Build .pyx modules (files or directories) and run their docstring doctests;",
        "run .srctree tests (Cython's format for several files) with pyxc in Cython's place."),
        List.of(PYTHON, REFCHECK, CompileCommand.DIRECTIVES, CompileCommand.DEBUG),
        List.of(new CommandLine.Operand("PATH", 1, -1, ".pyx and .srctree files, or directories containing them")));
  }

  @Override
  public int run(CommandLine.Parsed args) throws Exception {
    List<Path> files = new ArrayList<>();
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    List<PythonConfig> pythons;
    boolean refcheck = args.flag(REFCHECK.key());
    try {
      xs = CompileSupport.directives(args.all(CompileCommand.DIRECTIVES.key()));
      for (String p : args.operands()) files.addAll(pyxFiles(Path.of(p)));
      pythons = ModuleTester.interpreters(args.value(PYTHON.key(), CompileSupport.defaultPython()), refcheck);
    } catch (CompileSupport.UsageError | IOException e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    int failed = 0;
    boolean internal = false;
    try (ModuleTester tester = new ModuleTester(pythons, refcheck, xs)) {
      TreeTester trees = new TreeTester(pythons, xs, tester.workDir());
      for (Path f : files) {
        ModuleTester.Outcome o = f.toString().endsWith(".srctree") ? trees.test(f) : tester.test(f);
        System.out.print(o.log());
        if (!o.passed()) failed++;
        internal |= o.internalError();
      }
    }
    System.out.println((files.size() - failed) + " of " + files.size() + " modules passed");
    return internal ? Main.INTERNAL : failed == 0 ? Main.OK : Main.INPUT_ERROR;
  }

  static List<Path> pyxFiles(Path p) throws CompileSupport.UsageError, IOException {
    if (Files.isDirectory(p)) {
      try (Stream<Path> s = Files.walk(p)) {
        return s.filter(x -> x.toString().endsWith(".pyx") || x.toString().endsWith(".srctree")).sorted().toList();
      }
    }
    if (!Files.exists(p)) throw new CompileSupport.UsageError("no such file or directory: " + p);
    return List.of(p);
  }
}
