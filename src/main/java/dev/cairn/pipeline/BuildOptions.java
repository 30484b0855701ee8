package dev.cairn.pipeline;

import dev.cairn.render.SiteContent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to build: the portfolio folder, the output folder, drafts or not, the reference date, and
 * whether private goals and logs are shown (only the owner's local preview does that).
 */
public record BuildOptions(
    Path source, Path out, boolean drafts, LocalDate today, boolean includePrivate) {

  public BuildOptions(Path source, Path out, boolean drafts, LocalDate today) {
    this(source, out, drafts, today, false);
  }

  /** Who the site is for: drafts and private content shown or not. */
  public SiteContent.Audience audience() {
    return new SiteContent.Audience(drafts, includePrivate);
  }

  public BuildOptions {
    Objects.requireNonNull(source);
    Objects.requireNonNull(out);
    Objects.requireNonNull(today);
  }
}
