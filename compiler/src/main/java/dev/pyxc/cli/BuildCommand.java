package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", description = "Compile .pyx modules and build them with gcc into importable extension modules.",
    mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.pyx", arity = "1..*", description = "modules to build")
  List<Path> files;

  @Option(names = "--python", paramLabel = "PY", description = "interpreter to build for (default: python3)")
  String python = "python3";

  @Option(names = "-X", paramLabel = "name=value,...", description = "set compiler directives, as in Cython")
  List<String> directives = new ArrayList<>();

  @Option(names = "--debug", description = "show Java stack traces for internal errors")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    PythonConfig py;
    try {
      xs = CompileSupport.directives(directives);
      py = PythonConfig.query(python);
    } catch (CompileSupport.UsageError | IOException e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    int status = Main.OK;
    for (Path f : files) {
      Path c = CompileCommand.defaultOutput(f);
      int rc = CompileSupport.compileTo(f, c, xs, CompileSupport.Extras.NONE, System.out, System.err);
      if (rc != Main.OK) {
        status = Math.max(status, rc);
        continue;
      }
      Path so = c.resolveSibling(CompileSupport.moduleName(f) + py.extSuffix());
      try {
        Gcc.build(py, c, so);
      } catch (IOException e) {
        System.err.println("pyxc: " + e.getMessage());
        status = Math.max(status, Main.INPUT_ERROR);
      }
    }
    return status;
  }
}
