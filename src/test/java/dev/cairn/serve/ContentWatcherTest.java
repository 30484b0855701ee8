package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher names the paths each burst of events changed, so a rebuild need not walk them. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ContentWatcherTest {

  @TempDir Path tmp;

  @Test
  void reportsABurstAsItSettlesAndAgainWhenItIsOver() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    LinkedBlockingQueue<ContentWatcher.Report> reports = new LinkedBlockingQueue<>();
    try (ContentWatcher watcher = ContentWatcher.start(p, reports::add)) {
      Path log = p.resolve("content/logs/2026-09-08-guitar.md");
      Files.writeString(log, Files.readString(log) + "\nMore.\n");
      ContentWatcher.Report settling = null;
      ContentWatcher.Report over = null;
      while (over == null) {
        ContentWatcher.Report r = reports.poll(20, TimeUnit.SECONDS);
        assertNotNull(r, "no change reported");
        if (r.over()) over = r;
        else settling = r;
      }
      assertNotNull(settling, "not reported while settling");
      assertFalse(settling.over());
      assertEquals(Optional.of(Set.of(log)), settling.paths());
      assertEquals(settling.paths(), over.paths());
      assertEquals(settling.lastEvent(), over.lastEvent());
      assertTrue(over.lastEvent() > 0);
    }
  }

  @Test
  void namesTheFilesABurstChanged() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    LinkedBlockingQueue<Optional<Set<Path>>> bursts = new LinkedBlockingQueue<>();
    try (ContentWatcher watcher =
        ContentWatcher.start(
            p,
            r -> {
              if (r.over()) bursts.add(r.paths());
            })) {
      Path log = p.resolve("content/logs/2026-09-08-guitar.md");
      Files.writeString(log, Files.readString(log) + "\nMore.\n");
      Optional<Set<Path>> burst = bursts.poll(20, TimeUnit.SECONDS);
      assertNotNull(burst, "no change reported");
      assertEquals(Optional.of(Set.of(log)), burst);

      Path folder = Files.createDirectories(p.resolve("content/logs/2027"));
      burst = bursts.poll(20, TimeUnit.SECONDS);
      assertNotNull(burst, "no change reported for the new folder");
      assertTrue(burst.orElseThrow().contains(folder), burst.toString());
    }
  }
}
