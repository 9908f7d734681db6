package dev.pyxc.cli;

/** One {@code pyxc} subcommand: what it accepts, and what it does with a parsed command line. */
interface Subcommand {
  CommandLine.Spec spec();

  /** Runs the command; returns its exit status ({@link Main#OK} and so on). */
  int run(CommandLine.Parsed args) throws Exception;
}
