package dev.cairn.cli;

import dev.cairn.serve.DevServer;
import dev.cairn.serve.ServeOptions;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cairn serve}: a local preview that rebuilds on every save and reloads the browser. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Preview the site locally: build into a temporary folder, serve it, rebuild on every change "
          + "to content/ or themes/, and reload open pages. Build errors show in the page and here.",
      "By default this is the owner's view: private goals and logs are shown, marked private. "
          + "Use --public-preview to see exactly what build publishes."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin SourceOptions source;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "1313",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}). Anything but loopback exposes "
              + "the preview, private content included, to the network.")
  String bind;

  @Option(names = "--drafts", description = "Include logs marked draft: true.")
  boolean drafts;

  @Option(
      names = "--public-preview",
      description = "Leave private goals and logs out, as build does.")
  boolean publicPreview;

  @Option(names = "--open", description = "Open the preview in the default browser.")
  boolean open;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("cairn: --port must be between 0 and 65535");
      err.flush();
      return 2;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      err.println("cairn: --bind " + bind + " is not an address of this machine");
      err.flush();
      return 2;
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "warning: listening on "
              + address.getHostAddress()
              + ", not loopback: anyone who can reach "
              + "this machine can read the preview"
              + (publicPreview ? "" : ", private content included")
              + ", and the Host check against DNS rebinding is off.");
    }
    ServeOptions options =
        new ServeOptions(
            source.dir(), address, port, drafts, !publicPreview, Optional.ofNullable(source.today));
    DevServer server;
    try {
      server = DevServer.start(options, err);
    } catch (BindException e) {
      err.println(
          "cairn: cannot listen on "
              + bind
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); try another --port");
      err.flush();
      return 2;
    } catch (IOException e) {
      err.println("cairn: cannot start the preview: " + e.getMessage());
      if (verbosity.verbose) e.printStackTrace(err);
      err.flush();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cairn-serve-shutdown"));
    out.println(
        "Serving "
            + source.dir()
            + " at "
            + server.url()
            + (publicPreview
                ? " (public preview: what build publishes)"
                : " (owner's preview: private goals and logs shown, marked private)"));
    out.println("Watching content/ and themes/. Press Ctrl+C to stop.");
    out.flush();
    if (open) openBrowser(server.url());
    server.awaitClose();
    return 0;
  }

  /** Best effort: a headless machine or a missing launcher just means no browser opens. */
  private static void openBrowser(String url) {
    try {
      if (!GraphicsEnvironment.isHeadless()
          && Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(URI.create(url));
        return;
      }
      // Charts need java.awt.headless, which hides Desktop; ask the platform's launcher instead.
      String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
      List<String> command =
          os.contains("mac")
              ? List.of("open", url)
              : os.contains("win")
                  ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                  : List.of("xdg-open", url);
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException | RuntimeException e) {
      // no browser to open: the URL is printed above
    }
  }
}
