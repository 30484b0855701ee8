package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Portfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@link ContentLoader#load} found: every valid goal and log (private and draft ones too) and
 * every problem, sorted by file, line and column; and the notes on what the goals ask their logs to
 * record, made only when asked for, as only {@code check --strict} prints them.
 */
public record LoadResult(
    Portfolio portfolio, List<Diagnostic> diagnostics, Supplier<List<Diagnostic>> trackingNotes) {

  public LoadResult {
    Objects.requireNonNull(portfolio);
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(null);
    diagnostics = List.copyOf(sorted);
    Objects.requireNonNull(trackingNotes);
  }

  /** A result without tracking notes. */
  public LoadResult(Portfolio portfolio, List<Diagnostic> diagnostics) {
    this(portfolio, diagnostics, List::of);
  }

  /** The diagnostics and the tracking notes, sorted by file, line and column. */
  public List<Diagnostic> withTrackingNotes() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(trackingNotes.get());
    all.sort(null);
    return List.copyOf(all);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The errors only, in order. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /**
   * The same result with {@code base_url} replaced where {@code override} holds one (checked by
   * {@link dev.cairn.model.BaseUrlValidator} beforehand), as {@code build --base-url} asks.
   */
  public LoadResult withBaseUrl(Optional<String> override) {
    if (override.isEmpty()) return this;
    Portfolio p = portfolio;
    return new LoadResult(
        new Portfolio(p.site().withBaseUrl(override.get()), p.goals(), p.logs()),
        diagnostics,
        trackingNotes);
  }
}
