package dev.pyxc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pyxc}: compile, build and test {@code .pyx} modules. Exit status 0 on success, 1 for
 * errors in the input, 2 for bad usage, 3 for an internal compiler error.
 */
@Command(name = "pyxc", mixinStandardHelpOptions = true, version = "pyxc 0.1.0",
    description = "A Java compiler for a typed subset of Cython, with reference counting correct by construction.",
    subcommands = {CompileCommand.class, BuildCommand.class, TestCommand.class, ExplainCommand.class, CompareCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_ERROR = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> INTERNAL);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      boolean debug = java.util.Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--debug");
      System.err.println("pyxc: internal compiler error: " + ex);
      System.err.println("This is a bug in pyxc, not in your code; please report it together with the input file.");
      if (debug) ex.printStackTrace();
      return INTERNAL;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      System.err.println("pyxc: " + ex.getMessage());
      ex.getCommandLine().usage(System.err);
      return USAGE;
    });
    try {
      return cl.execute(args);
    } catch (StackOverflowError e) {
      System.err.println("pyxc: the input nests too deeply to compile");
      return INPUT_ERROR;
    } catch (OutOfMemoryError e) {
      System.err.println("pyxc: the input is too large to compile in the memory given to the JVM (-Xmx)");
      return INPUT_ERROR;
    }
  }

  /**
   * Runs on a thread with a large stack: sema and lowering recurse over expression trees, and
   * a long chain like {@code x+x+...+x} is a deep tree.
   */
  public static void main(String[] args) throws InterruptedException {
    int[] status = {INTERNAL};
    Thread t = new Thread(null, () -> status[0] = execute(args), "pyxc", 1L << 30);
    t.start();
    t.join();
    System.exit(status[0]);
  }
}
