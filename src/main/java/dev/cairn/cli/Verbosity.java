package dev.cairn.cli;

import picocli.CommandLine;

/** The {@code --verbose} flag shared by every subcommand. */
final class Verbosity {

  @CommandLine.Option(names = "--verbose", description = "Show stack traces and timings.")
  boolean verbose;

  static boolean isVerbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) return true;
    }
    return false;
  }
}
