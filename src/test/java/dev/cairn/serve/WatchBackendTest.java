package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.methvin.watcher.hashing.FileHasher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The parts of the macOS watcher that do not need macOS: which backend a system gets, how FSEvents
 * is asked to report, and how the watcher reads the whole paths FSEvents gives for files deep below
 * a watched folder. FSEvents itself runs only on macOS and is not tested here.
 */
class WatchBackendTest {

  @Test
  void macOsGetsFsEventsAndOtherSystemsTheJdkService() {
    assertSame(WatchBackend.FSEVENTS, WatchBackend.forOs("Mac OS X"));
    assertSame(WatchBackend.JDK, WatchBackend.forOs("Linux"));
    assertSame(WatchBackend.JDK, WatchBackend.forOs("Windows 11"));
    assertTrue(WatchBackend.FSEVENTS.recursive());
    assertFalse(WatchBackend.JDK.recursive());
  }

  /** FSEvents' latency plus the watcher's quiet period stay within 100 ms of a save. */
  @Test
  void fsEventsReportsEachFileQuickly() {
    var config = WatchBackend.FSEVENTS_CONFIG;
    assertEquals(0.02, config.latency());
    assertTrue(config.latency() * 1000 + ContentWatcher.QUIET_MILLIS <= 100);
    assertTrue(config.fileLevelEvents());
    assertSame(FileHasher.LAST_MODIFIED_TIME, config.fileHasher());
  }

  @Test
  void filesInHiddenFoldersBelowTheWatchedOneAreNotContent() {
    Path content = Path.of("/p/content");
    assertTrue(ContentWatcher.inHiddenFolder(content, Path.of("/p/content/.obsidian/app.json")));
    assertTrue(ContentWatcher.inHiddenFolder(content, Path.of("/p/content/logs/.git/HEAD")));
    assertFalse(ContentWatcher.inHiddenFolder(content, Path.of("/p/content/logs/2026/a.md")));
    // a file of the watched folder itself, as the JDK names it
    assertFalse(ContentWatcher.inHiddenFolder(content, content.resolve(Path.of(".hidden.md"))));
    assertFalse(ContentWatcher.inHiddenFolder(content, content.resolve(Path.of("a.md"))));
  }
}
