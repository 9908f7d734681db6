package dev.pyxc.cli;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

final class BuildCommand implements Subcommand {
  static final CommandLine.Option PYTHON = CommandLine.Option.value("PY", "interpreter to build for (default: python3)", "--python");

  @Override
  public CommandLine.Spec spec() {
    return new CommandLine.Spec("build", List.of("Compile .pyx modules and build them with gcc into importable extension modules."),
        List.of(PYTHON, CompileCommand.DIRECTIVES, CompileCommand.DEBUG),
        List.of(new CommandLine.Operand("FILE.pyx", 1, -1, "modules to build")));
  }

  @Override
  public int run(CommandLine.Parsed args) throws Exception {
    List<dev.pyxc.driver.Compiler.DirectiveSetting> xs;
    PythonConfig py;
    try {
      xs = CompileSupport.directives(args.all(CompileCommand.DIRECTIVES.key()));
      py = PythonConfig.query(args.value(PYTHON.key(), "python3"));
    } catch (CompileSupport.UsageError | IOException e) {
      System.err.println("pyxc: " + e.getMessage());
      return Main.USAGE;
    }
    int status = Main.OK;
    for (String name : args.operands()) {
      Path f = Path.of(name);
      Path c = CompileCommand.defaultOutput(f);
      int rc;
      try {
        rc = CompileSupport.compileTo(f, c, xs, CompileSupport.Extras.NONE, System.out, System.err);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // Reported against this file; the other modules are still built.
        System.err.println("pyxc: " + f + ": " + CompileSupport.internalErrorText(e));
        rc = CompileSupport.isInternalError(e) ? Main.INTERNAL : Main.INPUT_ERROR;
      }
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
