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
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the site on one background thread. Requests that arrive during a build are coalesced into
 * one more build. Builds alternate between two folders, so the folder being served is never the one
 * being written, and a failed build leaves the last good site in service.
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

  private volatile SiteState state = new SiteState(0, Optional.empty(), List.of());
  private int nextSlot;
  private List<Diagnostic> lastWarnings = List.of();

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
      return build(false);
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
   * Asks for a rebuild, with the paths that changed (empty when not known); several requests during
   * one build give one more build, not several.
   */
  void request(Optional<Set<Path>> changed) {
    synchronized (lock) {
      changedPaths.add(changed);
      pending = true;
      warmUp = false; // something changed: the next build is news to open pages
      lock.notifyAll();
    }
  }

  private void loop() {
    while (true) {
      boolean quiet;
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
        stages.expectChanges(changedPaths.take());
      }
      // Outside the lock, so that requests arriving now set pending for one more round.
      SiteState built = build(quiet);
      if (!quiet || built.failed()) onBuilt.accept(built);
    }
  }

  /**
   * A quiet build serves the same site from the other folder: it keeps the build number, so open
   * pages see nothing new, and prints nothing unless it fails.
   */
  private SiteState build(boolean quiet) {
    long start = System.nanoTime();
    Path out = slots[nextSlot];
    LocalDate today = options.today().orElseGet(LocalDate::now);
    BuildOptions build =
        new BuildOptions(options.source(), out, options.drafts(), today, options.includePrivate());
    List<String> problems = new ArrayList<>();
    Optional<Path> root = state.root();
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
      List<Diagnostic> warnings =
          result.diagnostics().stream()
              .filter(d -> d.severity() == Diagnostic.Severity.WARNING)
              .toList();
      if (result.hasErrors()) {
        for (Diagnostic d : result.diagnostics()) {
          if (d.isError()) problems.add(d.position() + ": " + d.message());
        }
      } else {
        root = Optional.of(out.toRealPath());
        nextSlot = 1 - nextSlot;
      }
      if (result.hasErrors() || !warnings.equals(lastWarnings)) {
        warnings.forEach(d -> messages.println(d.format()));
        lastWarnings = warnings;
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
    problems.forEach(messages::println);
    if (problems.isEmpty()) {
      if (!quiet) messages.println("Built in " + ms + " ms" + timings + ".");
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
