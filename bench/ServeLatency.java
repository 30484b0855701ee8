import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures edit-to-visible time of {@code cairn serve}: starts the server on a portfolio, then
 * repeatedly edits one log's note and times how long until the log's page serves the new text. It
 * waits like an open browser tab does: for the server's reload event, then fetches the page
 * (polling the page instead would take processor time from the rebuild it measures).
 *
 * <p>Run: {@code java bench/ServeLatency.java PORTFOLIO_DIR [EDITS]} (the portfolio is edited: use
 * a copy). {@code JAR} names the jar to serve with (default target/cairn.jar), {@code SERVE_LOG}
 * the file that gets the server's output (default /tmp/cairn-serve-latency.log).
 */
public class ServeLatency {

  public static void main(String[] args) throws Exception {
    Path portfolio = Path.of(args[0]).toAbsolutePath();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int port = 20000 + (int) (ProcessHandle.current().pid() % 10000);
    Path log;
    try (Stream<Path> s = Files.walk(portfolio.resolve("content/logs"))) {
      log = s.filter(p -> p.toString().endsWith(".md")).sorted().reduce((a, b) -> b).orElseThrow();
    }
    String name = log.getFileName().toString().replace(".md", "").toLowerCase();
    Process server =
        new ProcessBuilder(
                "java",
                "-jar",
                System.getenv().getOrDefault("JAR", "target/cairn.jar"),
                "serve",
                "--source",
                portfolio.toString(),
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(
                Path.of(System.getenv().getOrDefault("SERVE_LOG", "/tmp/cairn-serve-latency.log"))
                    .toFile())
            .start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      URI page = URI.create("http://127.0.0.1:" + port + "/logs/" + name + "/");
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (true) {
        try {
          if (http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                  .statusCode()
              == 200) break;
        } catch (java.io.IOException notYet) {
          // server still starting
        }
        if (System.nanoTime() > deadline) throw new IllegalStateException("server did not start");
        Thread.sleep(100);
      }
      java.util.concurrent.LinkedBlockingQueue<String> reloads =
          new java.util.concurrent.LinkedBlockingQueue<>();
      http.sendAsync(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__cairn/events"))
                  .build(),
              HttpResponse.BodyHandlers.ofLines())
          .thenAccept(
              r -> r.body().filter(l -> l.startsWith("event: reload")).forEach(reloads::add));
      String original = Files.readString(log);
      List<Long> millis = new ArrayList<>();
      long cpuBefore = 0;
      for (int i = 0; i < edits; i++) {
        String marker = "edit-marker-" + System.nanoTime();
        Thread.sleep(500);
        if (i == 1) cpuBefore = cpuMillis(server);
        reloads.clear();
        long start = System.nanoTime();
        Files.writeString(log, original + "\n" + marker + "\n");
        while (true) {
          if (reloads.poll(60, java.util.concurrent.TimeUnit.SECONDS) == null)
            throw new IllegalStateException("no reload");
          if (http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
              .body()
              .contains(marker)) break;
        }
        millis.add((System.nanoTime() - start) / 1_000_000);
      }
      long cpuPerEdit = (cpuMillis(server) - cpuBefore) / Math.max(1, edits - 1);
      Files.writeString(log, original);
      // The first edit comes half a second after the server answers, while its warm-up build may
      // still run: reported on its own.
      long first = millis.get(0);
      List<Long> later = new ArrayList<>(millis.subList(1, millis.size()));
      Collections.sort(later);
      System.out.println(
          "edit-to-visible ms over "
              + edits
              + " edits: first "
              + first
              + "; then median "
              + later.get(later.size() / 2)
              + ", 90th percentile "
              + later.get((int) Math.ceil(later.size() * 0.9) - 1)
              + ", min "
              + later.get(0)
              + ", max "
              + later.get(later.size() - 1)
              + " "
              + later
              + "; server CPU per edit after the first "
              + cpuPerEdit
              + " ms");
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /**
   * Processor time used so far by the server and the JVM it starts, in ms: on a busy machine it
   * tells more than wall time does (it includes the idle server's own work between edits).
   */
  static long cpuMillis(Process server) {
    return java.util.stream.Stream.concat(
            Stream.of(server.toHandle()), server.toHandle().descendants())
        .mapToLong(h -> h.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
        .sum();
  }
}
