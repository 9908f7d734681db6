package dev.pyxc.cli;

import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code pyxc}: compile, build and test {@code .pyx} modules. Exit status 0 on success, 1 for
 * errors in the input, 2 for bad usage, 3 for an internal compiler error.
 */
public final class Main {
  public static final int OK = 0;
  public static final int INPUT_ERROR = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  static final String VERSION = "pyxc 0.1.0";

  private static final List<Subcommand> COMMANDS =
      List.of(new CompileCommand(), new BuildCommand(), new TestCommand(), new ExplainCommand(), new CompareCommand(),
          new CythonCommand());

  private Main() {}

  private static String usage() {
    StringBuilder sb = new StringBuilder("Usage: pyxc [-hV] COMMAND\n"
        + "A Java compiler for a typed subset of Cython, with reference counting correct by construction.\n"
        + "  -h, --help     show this help and exit\n"
        + "  -V, --version  show the version and exit\n"
        + "Commands:\n");
    for (Subcommand c : COMMANDS) {
      CommandLine.Spec s = c.spec();
      sb.append("  ").append(String.format("%-8s", s.name())).append(' ').append(s.description().get(0)).append('\n');
    }
    return sb.toString();
  }

  public static int execute(String... args) {
    if (args.length == 0) {
      System.err.print(usage());
      return USAGE;
    }
    if (args[0].equals("-h") || args[0].equals("--help")) {
      System.out.print(usage());
      return OK;
    }
    if (args[0].equals("-V") || args[0].equals("--version")) {
      System.out.println(VERSION);
      return OK;
    }
    Subcommand command = COMMANDS.stream().filter(c -> c.spec().name().equals(args[0])).findFirst().orElse(null);
    if (command == null) {
      System.err.println("pyxc: " + (args[0].startsWith("-") ? "Unknown option: '" : "Unknown command: '") + args[0] + "'");
      System.err.print(usage());
      return USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    String refused = command.refusal(rest);
    if (refused != null) {
      System.err.println("pyxc " + command.spec().name() + ": " + refused);
      return USAGE;
    }
    try {
      CommandLine.Parsed parsed = CommandLine.parse(command.spec(), rest);
      if (parsed.help()) {
        System.out.print(CommandLine.usage(command.spec()));
        return OK;
      }
      if (parsed.version()) {
        command.printVersion(System.out, System.err);
        return OK;
      }
      return command.run(parsed);
    } catch (CommandLine.UsageError e) {
      System.err.println("pyxc: " + e.getMessage());
      System.err.print(CommandLine.usage(e.spec));
      return USAGE;
    } catch (InvalidPathException e) {
      System.err.println("pyxc: not a valid path: " + e.getInput());
      return USAGE;
    } catch (StackOverflowError e) {
      System.err.println("pyxc: the input nests too deeply to compile");
      return INPUT_ERROR;
    } catch (OutOfMemoryError e) {
      System.err.println("pyxc: the input is too large to compile in the memory given to the JVM (-Xmx)");
      return INPUT_ERROR;
    } catch (Exception | Error e) {
      System.err.println("pyxc: internal compiler error: " + e);
      System.err.println("This is a bug in pyxc, not in your code; please report it together with the input file.");
      if (rest.contains("--debug")) e.printStackTrace();
      return INTERNAL;
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
