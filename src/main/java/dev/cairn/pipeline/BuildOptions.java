package dev.cairn.pipeline;

import dev.cairn.render.SiteContent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the portfolio folder, the output folder, drafts or not, the reference date,
 * whether private goals and logs are shown (only the owner's local preview does that), and a public
 * address that replaces site.yaml's {@code base_url} for this build ({@code build --base-url},
 * already validated).
 */
public record BuildOptions(
    Path source,
    Path out,
    boolean drafts,
    LocalDate today,
    boolean includePrivate,
    Optional<String> baseUrl) {

  public BuildOptions(Path source, Path out, boolean drafts, LocalDate today) {
    this(source, out, drafts, today, false);
  }

  public BuildOptions(
      Path source, Path out, boolean drafts, LocalDate today, boolean includePrivate) {
    this(source, out, drafts, today, includePrivate, Optional.empty());
  }

  /** Who the site is for: drafts and private content shown or not. */
  public SiteContent.Audience audience() {
    return new SiteContent.Audience(drafts, includePrivate);
  }

  public BuildOptions {
    Objects.requireNonNull(source);
    Objects.requireNonNull(out);
    Objects.requireNonNull(today);
    Objects.requireNonNull(baseUrl);
  }
}
