package dev.cairn.pipeline.incremental;

import dev.cairn.content.ContentLoader;
import dev.cairn.content.ContentLoader.LogContext;
import dev.cairn.content.ContentLoader.LogRead;
import dev.cairn.content.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log files of the previous load, by path, with the size and modification time they had: a file
 * that has not changed, read against the same goals and date, is not read again, and a file re-read
 * into an equal log keeps the instance later stages know.
 */
final class LogFiles {

  private static final class Entry {
    final FileTime modified;
    final long size;
    final String slug;
    final LogContext context;
    final LogRead read;
    volatile long seenIn;

    Entry(FileTime modified, long size, String slug, LogContext context, LogRead read, long load) {
      this.modified = modified;
      this.size = size;
      this.slug = slug;
      this.context = context;
      this.read = read;
      this.seenIn = load;
    }
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile long load;
  private volatile LogContext context;
  private volatile LogContext given;

  /** Reads one log file, or hands on last load's reading of it. */
  LogRead read(SourceFile file, String slug, LogContext context) {
    LogContext same = canonical(context);
    BasicFileAttributes attrs;
    try {
      attrs =
          file.attributes().isPresent()
              ? file.attributes().get()
              : Files.readAttributes(file.file(), BasicFileAttributes.class);
    } catch (IOException e) {
      return ContentLoader.readLog(file, slug, context); // reports the problem with its position
    }
    Entry before = entries.get(file.path());
    if (before != null
        && before.context == same
        && before.slug.equals(slug)
        && before.size == attrs.size()
        && before.modified.equals(attrs.lastModifiedTime())) {
      before.seenIn = load;
      return before.read;
    }
    LogRead read = ContentLoader.readLog(file, slug, context);
    // Saved without a change, or re-read after a goal changed: keep the instance later stages know.
    LogRead kept = before != null && before.read.equals(read) ? before.read : read;
    entries.put(
        file.path(), new Entry(attrs.lastModifiedTime(), attrs.size(), slug, same, kept, load));
    return kept;
  }

  /**
   * Last load's context while it is equal to this one, so entries compare it by identity. A load
   * passes one context to all its logs: it is compared once, not once per log.
   */
  private LogContext canonical(LogContext now) {
    if (now == given) return context;
    synchronized (this) {
      if (now != given) {
        if (!now.equals(context)) context = now;
        given = now; // after context: a reader that sees this sees that
      }
      return context;
    }
  }

  /** Forgets the files the last load did not see: deleted or moved. */
  void forgetUnseen() {
    long current = load;
    entries.values().removeIf(e -> e.seenIn != current);
    load = current + 1;
  }
}
