package dev.cairn.serve;

import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import io.methvin.watchservice.WatchablePath;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;

/**
 * Where the dev server's watcher hears of changes. On Linux and Windows the JDK's watch service
 * hears the system's events, one registration per folder. On macOS the JDK's service polls, and
 * notices a save only after seconds, so there FSEvents is used (through JNA, by directory-watcher),
 * one registration watching a folder and everything below it.
 */
enum WatchBackend {
  JDK(false) {
    @Override
    WatchService open(Path source) throws IOException {
      return source.getFileSystem().newWatchService();
    }

    @Override
    WatchKey register(WatchService service, Path folder, WatchEvent.Kind<?>... kinds)
        throws IOException {
      return folder.register(service, kinds);
    }
  },

  FSEVENTS(true) {
    @Override
    WatchService open(Path source) {
      return new MacOSXListeningWatchService(FSEVENTS_CONFIG);
    }

    @Override
    WatchKey register(WatchService service, Path folder, WatchEvent.Kind<?>... kinds)
        throws IOException {
      return new WatchablePath(folder).register(service, kinds);
    }
  };

  /** Seconds FSEvents gathers events before it reports them; the default is half a second. */
  static final double FSEVENTS_LATENCY_SECONDS = 0.02;

  /**
   * Events per file rather than per folder, and a file's change known by its modification time
   * rather than by hashing every file of the portfolio when the watch starts.
   */
  static final MacOSXListeningWatchService.Config FSEVENTS_CONFIG =
      new MacOSXListeningWatchService.Config() {
        @Override
        public double latency() {
          return FSEVENTS_LATENCY_SECONDS;
        }

        @Override
        public boolean fileLevelEvents() {
          return true;
        }

        @Override
        public FileHasher fileHasher() {
          return FileHasher.LAST_MODIFIED_TIME;
        }
      };

  private final boolean recursive;

  WatchBackend(boolean recursive) {
    this.recursive = recursive;
  }

  /** The backend for the operating system named {@code osName} (the {@code os.name} property). */
  static WatchBackend forOs(String osName) {
    return osName.toLowerCase(Locale.ROOT).startsWith("mac") ? FSEVENTS : JDK;
  }

  abstract WatchService open(Path source) throws IOException;

  abstract WatchKey register(WatchService service, Path folder, WatchEvent.Kind<?>... kinds)
      throws IOException;

  /** Whether one registration also watches every folder below the registered one. */
  boolean recursive() {
    return recursive;
  }
}
