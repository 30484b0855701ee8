package dev.cairn.cli;

import dev.cairn.pipeline.Version;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code cairn} command. */
@Command(
    name = "cairn",
    mixinStandardHelpOptions = true,
    versionProvider = CairnCommand.VersionProvider.class,
    description =
        "Builds a progress portfolio — goals and practice logs in Markdown — into a static site.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      NewCommand.class,
      ImportCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:content errors (printed as path:line:column: message)",
      "2:usage errors"
    })
public final class CairnCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    Optional<TunedJvm.Child> tuned = TunedJvm.child(args, ClassArchive.cacheDir());
    if (tuned.isPresent()) {
      try {
        System.exit(tuned.get().run());
      } catch (IOException | InterruptedException e) {
        // could not start the tuned JVM: run here instead
      }
    }
    TunedJvm.followParent();
    System.setProperty("java.awt.headless", "true");
    try {
      System.exit(newCommandLine().execute(args));
    } catch (OutOfMemoryError e) {
      // The new site is only swapped in at the end: the one in the output folder is unchanged.
      long mb = Runtime.getRuntime().maxMemory() / (1 << 20);
      System.err.println(
          "cairn: out of memory (this Java may use "
              + mb
              + " MB); the site in the output"
              + " folder is unchanged. For a very large portfolio, run with CAIRN_JVM_TUNING=off and a larger"
              + " heap, e.g. java -Xmx4g -jar cairn.jar "
              + String.join(" ", args));
      System.exit(1);
    }
  }

  /** The configured command line, also used by tests to capture output and exit codes. */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new CairnCommand());
    cl.setExecutionExceptionHandler(CairnCommand::onUnexpected);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true));
    return cl;
  }

  private static int onUnexpected(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    err.println(
        "cairn: internal error: "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    if (Verbosity.isVerbose(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("Run again with --verbose to see the details, and please report it.");
    }
    err.flush();
    return 1;
  }

  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "cairn " + Version.current(),
        "Java "
            + Runtime.version()
            + " ("
            + System.getProperty("java.vendor", "unknown vendor")
            + ") at "
            + System.getProperty("java.home", "an unknown location")
      };
    }
  }
}
