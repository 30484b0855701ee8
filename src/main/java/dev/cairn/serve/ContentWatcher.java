package dev.cairn.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.cairn.pipeline.PortfolioReader;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches {@code content/} and {@code themes/} of a portfolio, every folder in them, and the
 * folders of daily notes that site.yaml reads in place (without their hidden folders such as {@code
 * .obsidian/}), and reports a burst of changes twice: once the files have been still for {@link
 * #SETTLE_MILLIS}, so that a build may begin, and once they have been quiet for {@link
 * #QUIET_MILLIS}, when the burst is over and a build that saw all of it may be shown. The JDK's
 * WatchService is not recursive, so there each folder is registered at start and as it appears;
 * FSEvents on macOS ({@link WatchBackend}) watches each top folder with all below it. An editor's
 * atomic save shows up as create and delete, and an overflow (events lost) leads to a full rescan.
 */
final class ContentWatcher implements AutoCloseable {

  static final long QUIET_MILLIS = 40;

  /**
   * Still this long after an event, a build may begin. An editor's save is a few writes and renames
   * within a millisecond or two; starting then, most of a build is done when the quiet period ends.
   */
  static final long SETTLE_MILLIS = 8;

  /**
   * A burst of changes as far as it has come: the paths its events named (empty: not known), the
   * number of its last event, counted from the start, and whether it is over (quiet for {@link
   * #QUIET_MILLIS}). A burst that is not over is reported with the number it will end with unless
   * more events come.
   */
  record Report(Optional<Set<Path>> paths, long lastEvent, boolean over) {}

  private static final List<String> WATCHED = List.of("content", "themes");

  private final Path source;
  private final Consumer<Report> onChange;
  private final WatchBackend backend;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;

  // The paths a burst of events named; unknown after a rescan (events may have been lost).
  private final ChangedPaths changedPaths = new ChangedPaths(false);
  private long events; // events that may change the site, so far; on the watcher's thread

  private ContentWatcher(Path source, Consumer<Report> onChange, WatchBackend backend)
      throws IOException {
    this.source = source;
    this.onChange = onChange;
    this.backend = backend;
    this.service = backend.open(source);
    this.thread = new Thread(this::loop, "cairn-watch");
    this.thread.setDaemon(true);
  }

  /** Starts watching; {@code onChange} gets each burst of changes twice, as it settles and over. */
  static ContentWatcher start(Path source, Consumer<Report> onChange) throws IOException {
    return start(source, onChange, WatchBackend.forOs(System.getProperty("os.name", "")));
  }

  static ContentWatcher start(Path source, Consumer<Report> onChange, WatchBackend backend)
      throws IOException {
    ContentWatcher watcher = new ContentWatcher(source, onChange, backend);
    // The portfolio folder itself, only to notice content/ or themes/ being created or replaced.
    watcher.folders.put(
        backend.register(watcher.service, source, ENTRY_CREATE, ENTRY_DELETE), source);
    watcher.rescan();
    watcher.thread.start();
    return watcher;
  }

  private void loop() {
    try {
      while (true) {
        boolean changed = handle(service.take());
        boolean settled = false;
        while (true) {
          long wait = settled ? QUIET_MILLIS - SETTLE_MILLIS : SETTLE_MILLIS;
          WatchKey next = service.poll(wait, TimeUnit.MILLISECONDS);
          if (next != null) {
            changed |= handle(next);
            settled = false;
          } else if (settled) {
            break;
          } else {
            settled = true;
            if (changed) onChange.accept(new Report(changedPaths.peek(), events, false));
          }
        }
        Optional<Set<Path>> paths = changedPaths.take();
        if (changed) onChange.accept(new Report(paths, events, true));
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Handles one folder's events; true when they may change the site. */
  private boolean handle(WatchKey key) {
    Path dir = folders.get(key);
    boolean changed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        rescan();
        changedPaths.markUnknown();
        changed = true;
        events++;
        continue;
      }
      if (dir == null) continue;
      // The JDK names the file relative to its folder; FSEvents gives the whole path.
      Path child = dir.resolve((Path) event.context());
      if (child.getFileName() == null || inHiddenFolder(dir, child)) continue;
      String name = child.getFileName().toString();
      if (dir.equals(source)) {
        if (!source.equals(child.getParent()) || !WATCHED.contains(name)) continue;
        rescan(); // content/ or themes/ appeared, or was replaced by a link
        changedPaths.markUnknown();
      } else if (event.kind() == ENTRY_CREATE
          && !backend.recursive()
          && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
          && !name.startsWith(".")) {
        register(child);
      } else if (name.equals("site.yaml")) {
        rescan(); // the notes folders may have changed
      }
      changedPaths.add(child);
      if (!isEditorScratch(name)) {
        changed = true;
        events++;
      }
    }
    if (!key.reset()) folders.remove(key);
    return changed;
  }

  /**
   * Registers every folder of content/ and themes/ not yet registered, and forgets vanished ones.
   */
  private void rescan() {
    folders.keySet().removeIf(k -> !k.isValid());
    for (String name : WATCHED) {
      Path top = source.resolve(name);
      try {
        // content/ may be a link to a notes folder elsewhere; links further down are not followed
        register(Files.isSymbolicLink(top) ? top.toRealPath() : top);
      } catch (IOException e) {
        // a dangling link: nothing to watch until it is fixed
      }
    }
    for (Path notes : PortfolioReader.notesFolders(source)) register(notes);
  }

  private void register(Path top) {
    if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) return;
    if (backend.recursive()) {
      if (folders.containsValue(top)) return;
      try {
        folders.put(backend.register(service, top, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), top);
      } catch (IOException | ClosedWatchServiceException e) {
        // picked up again by the next rescan
      }
      return;
    }
    try {
      Files.walkFileTree(
          top,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(top) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE; // .obsidian/, .git/: not content
              }
              folders.put(
                  backend.register(service, dir, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | ClosedWatchServiceException e) {
      // a folder that vanished while being walked is picked up again by the next event or rescan
    }
  }

  /**
   * Whether {@code child} lies in a hidden folder below the watched {@code dir} (.obsidian/,
   * .git/): not content. Only a watch of a folder with all below it reports such files.
   */
  static boolean inHiddenFolder(Path dir, Path child) {
    Path below = dir.relativize(child);
    for (int i = 0; i < below.getNameCount() - 1; i++) {
      if (below.getName(i).toString().startsWith(".")) return true;
    }
    return false;
  }

  /** Swap and backup files that editors write beside the real one; the real save follows. */
  static boolean isEditorScratch(String name) {
    return name.endsWith("~")
        || name.startsWith(".#")
        || name.endsWith(".swp")
        || name.endsWith(".swx")
        || name.equals("4913");
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing left to release
    }
    thread.interrupt();
  }
}
