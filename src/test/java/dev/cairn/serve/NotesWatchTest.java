package dev.cairn.serve;

import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} watches the folders of daily notes read in place too (issue 14). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NotesWatchTest {
  @TempDir Path tmp;

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final StringWriter messages = new StringWriter();
  DevServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  private String awaitPage(String path, Predicate<HttpResponse<String>> until) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> last;
    do {
      last =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (until.test(last)) return last.body();
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no matching response for " + path + "; server said:\n" + messages);
  }

  @Test
  void rebuildsWhenANoteChangesOrAppears() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Files.writeString(
        p.resolve("content/site.yaml"),
        """
        title: Test portfolio
        notes:
          - folder: ../vault
            goals:
              guitar: { changes: chord-changes }
        """);
    Path vault = Files.createDirectories(tmp.resolve("vault/2026"));
    Files.writeString(vault.resolve("2026-09-20.md"), "chord-changes:: 31\n");
    server =
        DevServer.start(
            new ServeOptions(
                p,
                InetAddress.getLoopbackAddress(),
                0,
                false,
                false,
                Optional.of(LocalDate.of(2026, 9, 28))),
            new PrintWriter(messages, true));
    awaitPage(
        "/logs/notes-guitar-2026-09-20/", r -> r.statusCode() == 200 && r.body().contains("31"));
    Files.writeString(vault.resolve("2026-09-20.md"), "chord-changes:: 37\n");
    awaitPage("/logs/notes-guitar-2026-09-20/", r -> r.body().contains("37"));
    Files.writeString(vault.resolve("2026-09-21.md"), "#chord-changes:41\n");
    awaitPage(
        "/logs/notes-guitar-2026-09-21/", r -> r.statusCode() == 200 && r.body().contains("41"));
  }
}
