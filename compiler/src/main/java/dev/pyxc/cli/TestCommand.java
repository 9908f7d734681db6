package dev.pyxc.cli;

import dev.pyxc.build.PythonConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "test", description = "Build .pyx modules (files or directories) and run their docstring doctests.",
    mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = ".pyx files or directories containing them")
  List<Path> paths;

  @Option(names = "--python", paramLabel = "PY", description = "interpreter to test with (default: python3)")
  String python = "python3";

  @Option(names = "--refcheck", description = "also run under a debug interpreter and check that reference counts balance")
  boolean refcheck;

  @Option(names = "-X", paramLabel = "name=value,...", description = "set compiler directives, as in Cython")
  List<String> directives = new ArrayList<>();

  @Option(names = "--debug", description = "show Java stack traces for internal errors")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    List<Path> files = new ArrayList<>();
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    List<PythonConfig> pythons;
    try {
      xs = CompileSupport.directives(directives);
      for (Path p : paths) files.addAll(pyxFiles(p));
      pythons = ModuleTester.interpreters(python, refcheck);
    } catch (CompileSupport.UsageError | IOException e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    int failed = 0;
    try (ModuleTester tester = new ModuleTester(pythons, refcheck, xs)) {
      for (Path f : files) {
        ModuleTester.Outcome o = tester.test(f);
        System.out.print(o.log());
        if (!o.passed()) failed++;
      }
    }
    System.out.println((files.size() - failed) + " of " + files.size() + " modules passed");
    return failed == 0 ? Main.OK : Main.INPUT_ERROR;
  }

  static List<Path> pyxFiles(Path p) throws CompileSupport.UsageError, IOException {
    if (Files.isDirectory(p)) {
      try (Stream<Path> s = Files.walk(p)) {
        return s.filter(x -> x.toString().endsWith(".pyx")).sorted().toList();
      }
    }
    if (!Files.exists(p)) throw new CompileSupport.UsageError("no such file or directory: " + p);
    return List.of(p);
  }
}
