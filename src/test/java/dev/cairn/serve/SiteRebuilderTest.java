package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build may start while a burst of changes settles, but is shown only once the burst is over and
 * only if no later event overtook it: a save in several writes is never shown half done.
 */
class SiteRebuilderTest {

  private static final String LOG = "content/logs/2026-09-08-guitar.md";

  @TempDir Path tmp;
  private Path portfolio;
  private final StringWriter messages = new StringWriter();
  private final LinkedBlockingQueue<SiteState> shown = new LinkedBlockingQueue<>();
  private SiteRebuilder rebuilder;

  @BeforeEach
  void serve() throws Exception {
    portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    ServeOptions options =
        new ServeOptions(
            portfolio,
            InetAddress.getLoopbackAddress(),
            0,
            false,
            false,
            Optional.of(LocalDate.of(2026, 9, 28)));
    rebuilder =
        new SiteRebuilder(
            options,
            Files.createDirectories(tmp.resolve("work")),
            new PrintWriter(messages),
            shown::add);
    rebuilder.buildNow();
    rebuilder.start(); // a quiet warm-up build, shown to nobody
  }

  @AfterEach
  void stop() {
    rebuilder.close();
  }

  @Test
  void aBuildStartedWhileABurstSettlesIsShownWhenItIsOver() throws Exception {
    long before = rebuilder.current().build();
    Path page = edit("G to C", "G to C, first");
    rebuilder.report(new ContentWatcher.Report(Optional.of(Set.of(page)), 1, false));
    // However long a burst goes on (a checkout of many files), nothing is shown before its end.
    assertNull(shown.poll(3, TimeUnit.SECONDS), "shown before the burst was over");
    rebuilder.report(new ContentWatcher.Report(Optional.of(Set.of(page)), 1, true));
    SiteState state = shown.poll(10, TimeUnit.SECONDS);
    assertNotNull(state, "never shown");
    assertEquals(before + 1, state.build());
    assertTrue(logPage(state).contains("G to C, first"));
  }

  @Test
  void aBuildOvertakenByLaterEventsIsNeverShown() throws Exception {
    long before = rebuilder.current().build();
    Thread.sleep(500); // the warm-up build is over
    int printed = messages.toString().length();
    Path page = edit("G to C", "G to C, half saved");
    rebuilder.report(new ContentWatcher.Report(Optional.of(Set.of(page)), 1, false));
    Thread.sleep(1_000); // the build of the half save is done and waits
    edit("G to C, half saved", "G to C, saved");
    rebuilder.report(new ContentWatcher.Report(Optional.of(Set.of(page)), 2, false));
    rebuilder.report(new ContentWatcher.Report(Optional.of(Set.of(page)), 2, true));
    SiteState state = shown.poll(10, TimeUnit.SECONDS);
    assertNotNull(state, "never shown");
    assertEquals(before + 1, state.build(), "one build shown, not two");
    assertTrue(logPage(state).contains("G to C, saved"));
    assertNull(shown.poll(1, TimeUnit.SECONDS), "the overtaken build came after all");
    String since = messages.toString().substring(printed);
    assertEquals(1, since.split("Built in", -1).length - 1, since);
  }

  private Path edit(String from, String to) throws Exception {
    Path file = portfolio.resolve(LOG);
    String text = Files.readString(file);
    assertTrue(text.contains(from));
    Files.writeString(file, text.replace(from, to));
    return file;
  }

  private static String logPage(SiteState state) throws Exception {
    return Files.readString(
        state.root().orElseThrow().resolve("logs/2026-09-08-guitar/index.html"));
  }
}
