package dev.cairn.serve;

import dev.cairn.model.Diagnostic;
import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.pipeline.incremental.IncrementalStages;
import dev.cairn.site.OutputRefused;
import dev.cairn.site.SiteWriteFailed;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds the site on one background thread. Requests that arrive during a build are coalesced into
 * one more build. Builds alternate between two folders, so the folder being served is never the one
 * being written, and a failed build leaves the last good site in service.
 *
 * <p>A build starts as soon as the watcher's burst of changes settles, but is shown only when the
 * burst is over (the files quiet for {@link ContentWatcher#QUIET_MILLIS}) and no event came after
 * the ones it started with: a save made of several writes is never shown half done, and most of the
 * build is over by the time the quiet period is. A build overtaken by later events is dropped
 * unseen, and the next one writes into the same folder.
 */
final class SiteRebuilder implements AutoCloseable {

  private final ServeOptions options;
  private final Path[] slots;
  private final PrintWriter messages;
  private final Consumer<SiteState> onBuilt;
  private final IncrementalStages stages;
  private final SiteBuilder builder;
  private final Thread thread;

  private final Object lock = new Object();
  private boolean pending;
  private boolean warmUp;
  private boolean closed;
  // The paths changed since the last build began; unknown until then, and after lost events.
  private final ChangedPaths changedPaths = new ChangedPaths(true);
  // The last event reported by the watcher, and the last one of a burst that is over.
  private long latestEvent;
  private long quietEvent;

  private volatile SiteState state = new SiteState(0, Optional.empty(), List.of());
  private int nextSlot;
  private List<Diagnostic> lastWarnings = List.of();

  /**
   * One build, done but not yet shown: the folder it made (if it succeeded), its problems, its
   * warnings (none known when it broke off), whether its content had errors, and its timings.
   */
  private record Attempt(
      Optional<Path> root,
      List<String> problems,
      Optional<List<Diagnostic>> warnings,
      boolean contentErrors,
      String summary) {}

  SiteRebuilder(
      ServeOptions options, Path workDir, PrintWriter messages, Consumer<SiteState> onBuilt) {
    this.options = options;
    this.slots = new Path[] {workDir.resolve("site-a"), workDir.resolve("site-b")};
    this.messages = messages;
    this.onBuilt = onBuilt;
    this.stages = new IncrementalStages(messages);
    this.builder = new SiteBuilder(stages);
    this.thread = new Thread(this::loop, "cairn-rebuild");
    this.thread.setDaemon(true);
  }

  SiteState current() {
    return state;
  }

  /** Builds on the caller's thread; for the first build, before the server listens. */
  SiteState buildNow() {
    synchronized (lock) {
      return show(build(false), false);
    }
  }

  /**
   * Starts rebuilding on requests. The first build is an unannounced one into the other folder,
   * which first gets the files of the first by hard links: both folders are then filled, and the
   * code of a rebuild has run once, before the first edit, so that edit shows as quickly as later
   * ones.
   */
  void start() {
    synchronized (lock) {
      pending = true;
      warmUp = true;
    }
    thread.start();
  }

  /**
   * Takes a report of the watcher: a burst with events not yet built asks for a build (several
   * during one build give one more build, not several); a burst that is over lets the build that
   * saw all of it be shown.
   */
  void report(ContentWatcher.Report report) {
    synchronized (lock) {
      if (report.over()) quietEvent = Math.max(quietEvent, report.lastEvent());
      if (report.lastEvent() > latestEvent) {
        latestEvent = report.lastEvent();
        changedPaths.add(report.paths());
        pending = true;
        warmUp = false; // something changed: the next build is news to open pages
      }
      lock.notifyAll();
    }
  }

  private void loop() {
    while (true) {
      boolean quiet;
      long startedWith;
      synchronized (lock) {
        while (!pending && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) return;
        pending = false;
        quiet = warmUp;
        warmUp = false;
        startedWith = latestEvent;
        stages.expectChanges(changedPaths.take());
      }
      // Outside the lock, so that reports arriving now set pending for one more round.
      Attempt attempt = build(quiet);
      if (!awaitQuiet(startedWith)) continue; // overtaken: the next round builds again
      SiteState built;
      synchronized (lock) {
        built = show(attempt, quiet);
      }
      if (!quiet || built.failed()) onBuilt.accept(built);
    }
  }

  /**
   * Waits until the burst a build started with is over; false when later events came, so the build
   * may have read a save half done. A burst goes on as long as its events do (a checkout of many
   * files), so there is no time limit: the watcher always reports the end of a burst it began.
   */
  private boolean awaitQuiet(long startedWith) {
    synchronized (lock) {
      while (!closed && latestEvent == startedWith && quietEvent < startedWith) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return !closed && latestEvent == startedWith;
    }
  }

  /** Builds into the folder not being served; shows nothing yet. */
  private Attempt build(boolean quiet) {
    long start = System.nanoTime();
    Path out = slots[nextSlot];
    LocalDate today = options.today().orElseGet(LocalDate::now);
    BuildOptions build =
        new BuildOptions(options.source(), out, options.drafts(), today, options.includePrivate());
    List<String> problems = new ArrayList<>();
    Optional<Path> root = Optional.empty();
    Optional<List<Diagnostic>> warnings = Optional.empty();
    boolean contentErrors = false;
    String timings = "";
    if (quiet && state.root().isPresent()) {
      try {
        stages.mirror(slots[1 - nextSlot], out); // so the warm-up build has nothing to write
      } catch (SiteWriteFailed e) {
        // then the build below writes every file
      }
    }
    try {
      BuildResult result = builder.build(build);
      timings =
          result.stageMillis().entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(java.util.stream.Collectors.joining(", ", " (", ")"));
      warnings =
          Optional.of(
              result.diagnostics().stream()
                  .filter(d -> d.severity() == Diagnostic.Severity.WARNING)
                  .toList());
      contentErrors = result.hasErrors();
      if (contentErrors) {
        for (Diagnostic d : result.diagnostics()) {
          if (d.isError()) problems.add(d.position() + ": " + d.message());
        }
      } else {
        root = Optional.of(out.toRealPath());
      }
    } catch (OutputRefused | SiteWriteFailed | IOException | RuntimeException e) {
      problems.add(
          "cairn: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (OutOfMemoryError e) {
      // The build's data is garbage now: say so, keep serving, and try again on the next save.
      problems.add(
          "cairn: out of memory (this Java may use "
              + Runtime.getRuntime().maxMemory() / (1 << 20)
              + " MB); for a bigger heap, run with CAIRN_JVM_TUNING=off and java -Xmx4g -jar cairn.jar serve");
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new Attempt(
        root, problems, warnings, contentErrors, "Built in " + ms + " ms" + timings + ".");
  }

  /**
   * Shows a build: its folder is served from now on if it succeeded, and its problems and new
   * warnings are printed. A quiet build serves the same site from the other folder: it keeps the
   * build number, so open pages see nothing new, and prints nothing unless it fails.
   */
  private SiteState show(Attempt attempt, boolean quiet) {
    List<String> problems = attempt.problems();
    Optional<Path> root = state.root();
    if (attempt.root().isPresent()) {
      root = attempt.root();
      nextSlot = 1 - nextSlot;
    }
    List<Diagnostic> warnings = attempt.warnings().orElse(lastWarnings);
    if (attempt.contentErrors() || !warnings.equals(lastWarnings)) {
      warnings.forEach(d -> messages.println(d.format()));
      lastWarnings = warnings;
    }
    problems.forEach(messages::println);
    if (problems.isEmpty()) {
      if (!quiet) messages.println(attempt.summary());
    } else {
      messages.println(
          problems.size()
              + (problems.size() == 1 ? " error" : " errors")
              + (root.isPresent()
                  ? "; still serving the last good site."
                  : "; nothing to serve yet."));
    }
    messages.flush();
    SiteState next =
        new SiteState(
            quiet && problems.isEmpty() ? state.build() : state.build() + 1, root, problems);
    state = next;
    return next;
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
