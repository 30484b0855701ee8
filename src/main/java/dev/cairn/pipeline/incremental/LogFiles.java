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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log files of the previous load, by path, with the size and modification time they had: a file
 * that has not changed, read against the same goals and date, is not read again, and a file re-read
 * into an equal log keeps the instance later stages know.
 */
final class LogFiles {

  private record Entry(
      FileTime modified, long size, String slug, LogContext context, LogRead read) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private LogContext context;

  /** Reads one log file, or hands on last load's reading of it. */
  LogRead read(SourceFile file, String slug, LogContext context) {
    LogContext same = canonical(context);
    seen.add(file.path());
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
      return before.read;
    }
    LogRead read = ContentLoader.readLog(file, slug, context);
    // Saved without a change, or re-read after a goal changed: keep the instance later stages know.
    LogRead kept = before != null && before.read.equals(read) ? before.read : read;
    entries.put(file.path(), new Entry(attrs.lastModifiedTime(), attrs.size(), slug, same, kept));
    return kept;
  }

  /** Last load's context while it is equal to this one, so entries compare it by identity. */
  private synchronized LogContext canonical(LogContext now) {
    if (context != now && !now.equals(context)) context = now;
    return context;
  }

  /** Forgets the files the last load did not see: deleted or moved. */
  void forgetUnseen() {
    entries.keySet().retainAll(seen);
    seen.clear();
  }
}
