package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DevServerTest {

  static final LocalDate TODAY = LocalDate.of(2026, 9, 28);
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path tmp;

  final StringWriter messages = new StringWriter();
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  DevServer server;
  Path portfolio;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  DevServer start(boolean includePrivate) throws IOException {
    portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    return startOn(portfolio, includePrivate);
  }

  DevServer startOn(Path dir, boolean includePrivate) throws IOException {
    server =
        DevServer.start(
            new ServeOptions(
                dir,
                InetAddress.getLoopbackAddress(),
                0,
                false,
                includePrivate,
                Optional.of(TODAY)),
            new PrintWriter(messages, true));
    return server;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** Fetches until the body passes, or fails after {@link #WAIT}. */
  HttpResponse<String> awaitPage(String path, Predicate<HttpResponse<String>> until)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    HttpResponse<String> last;
    do {
      last = get(path);
      if (until.test(last)) return last;
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "no matching response for "
            + path
            + " in "
            + WAIT
            + "; last: "
            + last.statusCode()
            + "\n"
            + last.body()
            + "\nserver said:\n"
            + messages);
  }

  void edit(String relative, String text) throws IOException {
    Files.writeString(portfolio.resolve(relative), text, StandardCharsets.UTF_8);
  }

  static final String GOOD_LOG =
      """
      ---
      goal: guitar
      win: G to C
      metrics: { changes: 14, minutes: 20 }
      challenge: open chords
      ---
      """;

  @Test
  void servesThePagesWithTheReloadScriptButLeavesTheFilesAlone() throws Exception {
    start(true);
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertEquals(
        "text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals("no-store", index.headers().firstValue("Cache-Control").orElseThrow());
    Document page = Jsoup.parse(index.body());
    assertEquals("Test portfolio", page.title());
    Element script = page.body().children().last();
    assertEquals("script", script.tagName(), "the script comes right before </body>");
    assertTrue(script.data().contains("new EventSource(\"/__cairn/events\")"), script.data());
    assertNotNull(page.selectFirst("main"), "the page itself is intact");

    String onDisk = Files.readString(server.siteRoot().orElseThrow().resolve("index.html"));
    assertFalse(
        onDisk.contains("EventSource"),
        "the script is added while serving, not written to the site");
    assertFalse(messages.toString().contains("error"), messages.toString());
  }

  @Test
  void ownersPreviewShowsPrivateLogsWithABadge() throws Exception {
    start(true);
    HttpResponse<String> log = get("/logs/2026-09-24-guitar/");
    assertEquals(200, log.statusCode());
    Document page = Jsoup.parse(log.body());
    assertTrue(page.text().contains("SECRET-PRIVATE-LOG"));
    assertNotNull(page.selectFirst(".badge-private"));
    assertFalse(get("/").body().contains("SECRET-DRAFT-LOG"), "drafts stay out without --drafts");
  }

  @Test
  void publicPreviewShowsWhatBuildPublishes() throws Exception {
    start(false);
    assertEquals(404, get("/logs/2026-09-24-guitar/").statusCode());
    for (String path : new String[] {"/", "/goals/guitar/", "/data/portfolio.json", "/feed.xml"}) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertFalse(r.body().contains("SECRET-PRIVATE"), path);
      assertFalse(r.body().contains("badge-private"), path);
    }
  }

  @Test
  void servesAnEditedLogAfterTheRebuild() throws Exception {
    start(true);
    assertTrue(get("/logs/2026-09-08-guitar/").body().contains("G to C"));
    edit(
        "content/logs/2026-09-08-guitar.md",
        GOOD_LOG.replace("win: G to C", "win: G to C without looking"));
    awaitPage("/logs/2026-09-08-guitar/", r -> r.body().contains("G to C without looking"));
  }

  @Test
  void picksUpLogsInFoldersCreatedWhileRunning() throws Exception {
    start(true);
    Path folder = portfolio.resolve("content/logs/2026/09/deeper");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("2026-09-26-guitar.md"),
        """
        ---
        goal: guitar
        win: Played a whole song
        metrics: { changes: 25 }
        ---
        """);
    awaitPage(
        "/logs/2026-09-26-guitar/",
        r -> r.statusCode() == 200 && r.body().contains("Played a whole song"));
    // a later edit inside the new folder is seen too: the folder was registered when it appeared
    Files.writeString(
        folder.resolve("2026-09-26-guitar.md"),
        """
        ---
        goal: guitar
        win: Played two whole songs
        metrics: { changes: 25 }
        ---
        """);
    awaitPage("/logs/2026-09-26-guitar/", r -> r.body().contains("Played two whole songs"));
  }

  @Test
  void seesAnAtomicSaveByRename() throws Exception {
    start(true);
    Path temp = portfolio.resolve("content/logs/.2026-09-08-guitar.md.tmp");
    Files.writeString(temp, GOOD_LOG.replace("win: G to C", "win: Saved by rename"));
    Files.move(
        temp,
        portfolio.resolve("content/logs/2026-09-08-guitar.md"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    awaitPage("/logs/2026-09-08-guitar/", r -> r.body().contains("Saved by rename"));
  }

  @Test
  void sendsAReloadEventAfterAnEdit() throws Exception {
    start(true);
    EventStream events = events();
    HttpResponse<InputStream> stream = events.response();
    BlockingQueue<String> lines = events.lines();
    assertEquals(200, stream.statusCode());
    assertEquals(
        "text/event-stream; charset=utf-8",
        stream.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("event: build", nextEvent(lines));
    assertEquals("data: 1", lines.poll(10, TimeUnit.SECONDS));

    edit(
        "content/logs/2026-09-08-guitar.md",
        GOOD_LOG.replace("win: G to C", "win: Heard by the page"));
    assertEquals("event: reload", nextEvent(lines));
    String data = lines.poll(10, TimeUnit.SECONDS);
    assertNotNull(data);
    assertTrue(Long.parseLong(data.substring("data: ".length())) >= 2, data);
    stream.body().close();
  }

  @Test
  void theWarmUpBuildAfterStartIsNotAnnounced() throws Exception {
    start(true);
    BlockingQueue<String> lines = events().lines();
    assertEquals("event: build", nextEvent(lines));
    assertEquals("data: 1", lines.poll(10, TimeUnit.SECONDS));
    // The first build fills site-a; the warm-up then fills site-b and serves the same site from
    // there,
    // under the same build number: open pages stay as they are.
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!server.state().root().orElseThrow().endsWith("site-b") && System.nanoTime() < deadline)
      Thread.sleep(20);
    assertTrue(server.state().root().orElseThrow().endsWith("site-b"), server.state().toString());
    assertEquals(1, server.state().build());
    Thread.sleep(300);
    assertTrue(
        lines.stream().noneMatch(l -> l.startsWith("event:")),
        "no event for the warm-up build: " + lines);
    assertTrue(get("/logs/2026-09-08-guitar/").body().contains("var b=\"1\""));
    assertEquals(
        1,
        messages.toString().split("Built in", -1).length - 1,
        "only the first build reports: " + messages);

    edit(
        "content/logs/2026-09-08-guitar.md",
        GOOD_LOG.replace("win: G to C", "win: Heard by the page"));
    assertEquals("event: reload", nextEvent(lines));
    assertEquals("data: 2", lines.poll(10, TimeUnit.SECONDS));
    assertTrue(get("/logs/2026-09-08-guitar/").body().contains("Heard by the page"));
  }

  /** An open event stream, and its lines as they arrive. */
  private record EventStream(HttpResponse<InputStream> response, BlockingQueue<String> lines) {}

  private EventStream events() throws Exception {
    HttpResponse<InputStream> stream =
        client.send(
            HttpRequest.newBuilder(uri("/__cairn/events")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) lines.add(line);
              } catch (IOException e) {
                // closed by the test or the server
              }
            });
    reader.setDaemon(true);
    reader.start();
    return new EventStream(stream, lines);
  }

  @Test
  void forgetsEventStreamsOfPagesThatWentAway() throws Exception {
    start(true);
    for (int i = 0; i < 3; i++) {
      HttpResponse<InputStream> stream =
          client.send(
              HttpRequest.newBuilder(uri("/__cairn/events")).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, stream.statusCode());
      stream.body().close();
    }
    assertEquals(3, server.eventClients());
    assertEquals(200, get("/").statusCode(), "open streams hold no worker thread");
    // a write to a closed connection fails at the latest on the second try
    long deadline = System.nanoTime() + WAIT.toNanos();
    for (int n = 0; server.eventClients() > 0 && System.nanoTime() < deadline; n++) {
      edit("content/logs/2026-09-08-guitar.md", GOOD_LOG.replace("win: G to C", "win: Edit " + n));
      awaitPage("/logs/2026-09-08-guitar/", r -> r.body().contains("Edit "));
      Thread.sleep(200);
    }
    assertEquals(0, server.eventClients());
  }

  private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith("event: ")) return line;
    }
    throw new AssertionError("no event in " + WAIT);
  }

  @Test
  void brokenYamlShowsTheOverlayOverTheLastGoodSiteUntilFixed() throws Exception {
    start(true);
    edit(
        "content/logs/2026-09-08-guitar.md",
        """
        ---
        goal: guitar
        win: Never shown
        metrics: { changes: [14 }
        ---
        """);
    HttpResponse<String> broken =
        awaitPage("/logs/2026-09-08-guitar/", r -> r.body().contains("cairn-build-errors"));
    Document page = Jsoup.parse(broken.body());
    assertEquals(200, broken.statusCode());
    assertTrue(page.text().contains("G to C"), "the last good page is still served");
    assertFalse(page.text().contains("Never shown"));
    Element overlay = page.getElementById("cairn-build-errors");
    assertTrue(overlay.attr("style").contains("position:fixed"), overlay.attr("style"));
    String problems = overlay.selectFirst("pre").text();
    assertTrue(problems.matches("(?s)content/logs/2026-09-08-guitar\\.md:\\d+:\\d+: .+"), problems);
    assertTrue(
        get("/goals/guitar/").body().contains("cairn-build-errors"), "every page carries it");
    assertTrue(
        messages
            .toString()
            .lines()
            .anyMatch(l -> l.startsWith("content/logs/2026-09-08-guitar.md:")),
        "the terminal shows the error too:\n" + messages);

    edit("content/logs/2026-09-08-guitar.md", GOOD_LOG.replace("win: G to C", "win: Fixed again"));
    HttpResponse<String> fixed =
        awaitPage("/logs/2026-09-08-guitar/", r -> r.body().contains("Fixed again"));
    assertFalse(fixed.body().contains("cairn-build-errors"));
  }

  @Test
  void watchesAThemeCreatedWhileRunningAndShowsItsTemplateErrors() throws Exception {
    start(true);
    Path templates = Files.createDirectories(portfolio.resolve("themes/mine/templates"));
    Files.writeString(templates.resolve("log.ftlh"), "<html><body><p>${</p></body></html>\n");
    edit("content/site.yaml", "title: Test portfolio\nlocale: en-GB\ntheme: mine\n");
    HttpResponse<String> broken =
        awaitPage("/logs/2026-09-08-guitar/", r -> r.body().contains("cairn-build-errors"));
    String problems =
        Jsoup.parse(broken.body()).getElementById("cairn-build-errors").selectFirst("pre").text();
    assertTrue(problems.startsWith("themes/mine/templates/log.ftlh:1:"), problems);
    assertTrue(broken.body().contains("G to C"), "the last good page is still served");

    Files.writeString(
        templates.resolve("log.ftlh"), "<html><body><p>CUSTOM LOG PAGE</p></body></html>\n");
    HttpResponse<String> fixed =
        awaitPage("/logs/2026-09-08-guitar/", r -> r.body().contains("CUSTOM LOG PAGE"));
    assertFalse(fixed.body().contains("cairn-build-errors"));
  }

  @Test
  void theOverlayEscapesWhatItShows() throws Exception {
    start(true);
    edit(
        "content/logs/2026-09-08-guitar.md",
        """
        ---
        goal: <script>alert(1)</script>
        ---
        """);
    HttpResponse<String> r = awaitPage("/", x -> x.body().contains("cairn-build-errors"));
    Element overlay = Jsoup.parse(r.body()).getElementById("cairn-build-errors");
    assertTrue(overlay.select("script").isEmpty(), overlay.outerHtml());
    assertTrue(overlay.text().contains("content/logs/2026-09-08-guitar.md:"), overlay.text());
  }

  @Test
  void aFailedFirstBuildServesAPageWithTheOverlay() throws Exception {
    portfolio =
        SiteFixture.write(
            tmp.resolve("p"),
            SiteFixture.SMALL
                + """
        -- content/goals/broken.md --
        ---
        title: Broken
        metrics:
          - id: Not-An-Id
        ---
        """);
    startOn(portfolio, true);
    HttpResponse<String> r = get("/");
    assertEquals(503, r.statusCode());
    Element overlay = Jsoup.parse(r.body()).getElementById("cairn-build-errors");
    assertTrue(overlay.text().contains("content/goals/broken.md:"), overlay.text());

    Files.delete(portfolio.resolve("content/goals/broken.md"));
    HttpResponse<String> fixed = awaitPage("/", x -> x.statusCode() == 200);
    assertEquals("Test portfolio", Jsoup.parse(fixed.body()).title());
  }

  @Test
  void redirectsAFolderToItsSlashAndServesItsIndex() throws Exception {
    start(true);
    HttpResponse<String> r = get("/goals/guitar");
    assertEquals(301, r.statusCode());
    assertEquals("/goals/guitar/", r.headers().firstValue("Location").orElseThrow());
    assertEquals(200, get("/goals/guitar/").statusCode());
    assertEquals(404, get("/goals/").statusCode(), "a folder without index.html is not listed");
  }

  @Test
  void answersMissesWithTheSites404Page() throws Exception {
    start(true);
    HttpResponse<String> r = get("/no/such/page.html");
    assertEquals(404, r.statusCode());
    Document page = Jsoup.parse(r.body());
    assertEquals("Page not found", page.selectFirst("h1").text());
    assertTrue(r.body().contains("EventSource"));
    assertEquals(404, get("/.cairn-site").statusCode(), "hidden files are not served");
  }

  @Test
  void labelsEachKindOfFile() throws Exception {
    start(true);
    String[][] expected = {
      {"/", "text/html; charset=utf-8"},
      {"/style.css", "text/css; charset=utf-8"},
      {"/feed.xml", "application/atom+xml"},
      {"/sitemap.xml", "application/xml"},
      {"/data/portfolio.json", "application/json"},
      {"/data/guitar.csv", "text/csv; charset=utf-8"},
      {"/charts/guitar/sparkline.svg", "image/svg+xml"},
      {"/charts/guitar/share.png", "image/png"},
    };
    for (String[] e : expected) {
      HttpResponse<String> r = get(e[0]);
      assertEquals(200, r.statusCode(), e[0]);
      assertEquals(e[1], r.headers().firstValue("Content-Type").orElseThrow(), e[0]);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow(), e[0]);
    }
    assertFalse(get("/style.css").body().contains("EventSource"), "only HTML gets the script");
  }

  @Test
  void answersHeadWithoutABody() throws Exception {
    start(true);
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(uri("/style.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
    assertEquals(
        String.valueOf(get("/style.css").body().getBytes(StandardCharsets.UTF_8).length),
        r.headers().firstValue("Content-Length").orElseThrow());
  }

  @Test
  void refusesMethodsOtherThanGetAndHead() throws Exception {
    start(true);
    for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(uri("/"))
                  .method(method, HttpRequest.BodyPublishers.ofString("x=1"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(405, r.statusCode(), method);
      assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow());
    }
  }

  @Test
  void refusesTraversalAndLinksOutOfTheSite() throws Exception {
    start(true);
    Path root = server.siteRoot().orElseThrow();
    Path outside = Files.writeString(root.getParent().resolve("secret.txt"), "TOP-SECRET-FILE");
    Path outsideDir = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(outsideDir.resolve("index.html"), "<p>TOP-SECRET-DIR</p>");
    Files.createSymbolicLink(root.resolve("leak.txt"), outside);
    Files.createSymbolicLink(root.resolve("leakdir"), outsideDir);

    String[] attempts = {
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/%2e%2e%2f%2e%2e%2fetc/passwd",
      "//etc/passwd",
      "/..%5csecret.txt",
      "/%2e%2e%5csecret.txt",
      "/goals/../../secret.txt",
      "/goals/%2e%2e/%2e%2e/secret.txt",
      "/secret.txt%00.html",
      "/C:/secret.txt",
      "/%252e%252e/secret.txt",
      "/%c0%ae%c0%ae/secret.txt",
      "/%e/secret.txt",
      "/leak.txt",
      "/leakdir/",
      "/leakdir/index.html",
      "/../p/content/site.yaml",
      "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    };
    for (String attempt : attempts) {
      RawResponse r = RawHttp.get(server.port(), attempt, "127.0.0.1:" + server.port());
      assertTrue(
          r.status() == 400 || r.status() == 403 || r.status() == 404,
          attempt + " gave " + r.status());
      assertFalse(r.body().contains("TOP-SECRET"), attempt);
      assertFalse(r.body().contains("root:"), attempt);
      assertFalse(r.body().contains("title: Test portfolio"), attempt);
    }
    assertEquals(
        200,
        RawHttp.get(server.port(), "/goals/guitar/", "localhost:" + server.port()).status(),
        "an ordinary path still works on the same connection style");
  }

  @Test
  void refusesForeignHostNamesAgainstDnsRebinding() throws Exception {
    start(true);
    int port = server.port();
    assertEquals(403, RawHttp.get(port, "/", "evil.example:" + port).status());
    assertEquals(403, RawHttp.get(port, "/", "evil.example").status());
    assertEquals(403, RawHttp.get(port, "/", "127.0.0.1.evil.example:" + port).status());
    assertEquals(403, RawHttp.get(port, "/__cairn/events", "evil.example:" + port).status());
    assertEquals(200, RawHttp.get(port, "/", "localhost:" + port).status());
    assertEquals(200, RawHttp.get(port, "/", "LOCALHOST").status());
    assertEquals(200, RawHttp.get(port, "/", "[::1]:" + port).status());
    assertEquals(200, RawHttp.get(port, "/", "127.0.0.1").status());
  }

  @Test
  void refusesRequestBodiesAndLargeHeaders() throws Exception {
    start(true);
    int port = server.port();
    String host = "127.0.0.1:" + port;
    RawResponse body =
        RawHttp.send(
            port,
            "GET / HTTP/1.1\r\nHost: "
                + host
                + "\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    assertEquals(413, body.status());
    RawResponse large =
        RawHttp.send(
            port,
            "GET / HTTP/1.1\r\nHost: "
                + host
                + "\r\nX-Filler: "
                + "a".repeat(10_000)
                + "\r\nConnection: close\r\n\r\n");
    assertTrue(
        large.status() == 431 || large.status() == 400 || large.status() == -1,
        "got " + large.status());
  }

  @Test
  void closeDeletesTheBuildFolder() throws Exception {
    start(true);
    Path work = server.siteRoot().orElseThrow().getParent();
    assertTrue(Files.isDirectory(work));
    server.close();
    assertFalse(Files.exists(work));
  }
}
