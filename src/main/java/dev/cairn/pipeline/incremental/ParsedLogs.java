package dev.cairn.pipeline.incremental;

import dev.cairn.content.ContentFiles;
import dev.cairn.content.ContentLoader;
import dev.cairn.content.ContentLoader.LogContext;
import dev.cairn.content.ContentLoader.LogRead;
import dev.cairn.content.SourceFile;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Log;
import dev.cairn.render.MarkdownRenderer;
import dev.cairn.render.MarkdownRenderer.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The logs the last one-off build parsed, with their bodies as HTML, kept beside the site ({@code
 * .site.cache/logs}, written by {@link ParsedLogsFile}). A log file is taken from it only when the
 * SHA-256 of its bytes, its path and slug, and the digest of what logs are checked against (the
 * goals and the date) are the last build's, so the parse is a function of what is compared; a body
 * is reused only with the log it belongs to and the same {@code unsafe_html}. The last build's
 * entries are read on a thread of their own while the folder is walked and the goals are read.
 */
final class ParsedLogs {

  /**
   * Above this many logs the logs are parsed afresh and nothing is kept: the file would hold
   * hundreds of megabytes, read into a heap that the largest portfolios need for the build itself.
   */
  static final int LIMIT = 20_000;

  /** One log file as the last build read it, and its body rendered, once it was. */
  record Entry(
      String slug,
      String context,
      String content,
      LogRead read,
      Optional<Rendered> rendered,
      boolean unsafeHtml) {

    Entry withRendered(Rendered body, boolean unsafe) {
      return new Entry(slug, context, content, read, Optional.of(body), unsafe);
    }
  }

  private final ParsedLogsFile file;
  private final int limit;
  private final CompletableFuture<Map<String, Entry>> last;
  private final Map<String, Entry> next = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger bodiesReused = new AtomicInteger();
  private volatile CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);
  private volatile boolean tooMany;
  private volatile LogContext given;
  private volatile Optional<String> givenKey = Optional.empty();

  private ParsedLogs(ParsedLogsFile file, int limit) {
    this.file = file;
    this.limit = limit;
    this.last = CompletableFuture.supplyAsync(file::read, ParsedLogs::onOwnThread);
  }

  /**
   * The logs kept in {@code folder} by a build of Cairn {@code version}, read in the background;
   * none are kept for a portfolio of more than {@code limit} logs.
   */
  static ParsedLogs open(Path folder, String version, int limit) {
    return new ParsedLogs(new ParsedLogsFile(folder.resolve("logs"), version), limit);
  }

  /**
   * Finds the content files as {@link ContentLoader#walk} does, and notes how many logs there are.
   */
  Optional<ContentFiles> walk(Path portfolioDir, List<Diagnostic> sink) {
    Optional<ContentFiles> files = ContentLoader.walk(portfolioDir, sink);
    tooMany = files.map(f -> f.logs().size() > limit).orElse(false);
    return files;
  }

  /** Reads one log file, or hands on the last build's reading of the same bytes. */
  LogRead read(SourceFile source, String slug, LogContext context) {
    if (tooMany) return ContentLoader.readLog(source, slug, context);
    Optional<String> contextKey = key(context);
    byte[] bytes;
    try {
      long size =
          source.attributes().isPresent()
              ? source.attributes().get().size()
              : Files.readAttributes(source.file(), BasicFileAttributes.class).size();
      if (contextKey.isEmpty() || size > ContentLoader.MAX_FILE_BYTES) {
        return ContentLoader.readLog(source, slug, context);
      }
      bytes = Files.readAllBytes(source.file());
    } catch (IOException e) {
      return ContentLoader.readLog(source, slug, context); // reports the problem with its position
    }
    String content = sha256(bytes);
    Entry before = last.join().get(source.path());
    if (before != null
        && before.slug().equals(slug)
        && before.context().equals(contextKey.get())
        && before.content().equals(content)) {
      next.put(source.path(), before);
      reused.incrementAndGet();
      return before.read();
    }
    LogRead read = ContentLoader.readLog(source, bytes, slug, context);
    next.put(
        source.path(), new Entry(slug, contextKey.get(), content, read, Optional.empty(), false));
    return read;
  }

  /** The body of {@code log} as HTML and text: the last build's, if the log came from there. */
  Rendered rendered(Log log, MarkdownRenderer renderer) {
    Entry entry = next.get(log.sourcePath());
    if (entry == null || entry.read().log().orElse(null) != log) {
      return renderer.render(log.body()); // a note, or a log this build did not read
    }
    if (entry.rendered().isPresent() && entry.unsafeHtml() == renderer.unsafeHtml()) {
      bodiesReused.incrementAndGet();
      return entry.rendered().get();
    }
    Rendered body = renderer.render(log.body());
    next.computeIfPresent(
        log.sourcePath(),
        (path, now) -> now == entry ? entry.withRendered(body, renderer.unsafeHtml()) : now);
    return body;
  }

  /** How many log files this build took from the last one. */
  int reused() {
    return reused.get();
  }

  /** How many log bodies this build took from the last one. */
  int bodiesReused() {
    return bodiesReused.get();
  }

  /**
   * Starts keeping what this build read for the next one, once every body is rendered, while the
   * build goes on: the entries are a function of the log files alone, whatever becomes of the site.
   * A failure only loses the cache.
   */
  void startSaving() {
    Map<String, Entry> entries = Map.copyOf(next);
    saving =
        CompletableFuture.runAsync(
            () -> {
              if (tooMany || entries.size() > limit) {
                file.delete();
              } else {
                file.write(entries);
              }
            },
            ParsedLogs::onOwnThread);
  }

  /** Waits until what {@link #startSaving} began is written. */
  void awaitSaved() {
    saving.join();
  }

  /**
   * Runs a task on a thread of its own: the common pool's threads are busy with the stages this
   * reading and writing is meant to overlap.
   */
  private static void onOwnThread(Runnable task) {
    Thread thread = new Thread(task, "cairn-parsed-logs");
    thread.setDaemon(true);
    thread.start();
  }

  /** The digest of {@code context}, worked out once for the one context a load passes to all. */
  private Optional<String> key(LogContext context) {
    if (context == given) return givenKey;
    synchronized (this) {
      if (context != given) {
        Optional<String> key;
        try {
          key = Optional.of(new ValueDigest().of(List.of(context)));
        } catch (ValueDigest.Unhashable e) {
          key = Optional.empty();
        }
        givenKey = key;
        given = context; // after the key: a reader that sees this sees that
      }
      return givenKey;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
