package dev.pyxc.cli;

import java.util.List;

/** One {@code pyxc} subcommand: what it accepts, and what it does with a parsed command line. */
interface Subcommand {
  CommandLine.Spec spec();

  /** Runs the command; returns its exit status ({@link Main#OK} and so on). */
  int run(CommandLine.Parsed args) throws Exception;

  /** What {@code -V}/{@code --version} prints. */
  default void printVersion(java.io.PrintStream out, java.io.PrintStream err) {
    out.println(Main.VERSION);
  }

  /** Why the arguments are refused before they are parsed (an option the command knows it does not implement), or null. */
  default String refusal(List<String> args) {
    return null;
  }
}
