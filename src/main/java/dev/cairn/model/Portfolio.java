package dev.cairn.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A whole portfolio: settings, goals sorted by slug, logs sorted by date then source path. It may
 * still hold private goals, private logs and drafts; {@link #publishable} removes them.
 */
public record Portfolio(SiteConfig site, List<Goal> goals, List<Log> logs) {

  public Portfolio {
    Objects.requireNonNull(site);
    goals = List.copyOf(goals);
    logs = List.copyOf(logs);
  }

  public Optional<Goal> findGoal(String slug) {
    return goals.stream().filter(g -> g.slug().equals(slug)).findFirst();
  }

  public List<Log> logsOf(String goalSlug) {
    return logs.stream().filter(l -> l.goal().equals(goalSlug)).toList();
  }

  /**
   * What a build publishes: private goals with all their logs, private logs, and drafts (unless
   * {@code includeDrafts}) are gone, as if they had never been written.
   */
  public Portfolio publishable(boolean includeDrafts) {
    List<Goal> publicGoals = goals.stream().filter(g -> !g.isPrivate()).toList();
    Predicate<Log> keep =
        l -> !l.isPrivate()
            && (includeDrafts || !l.draft())
            && publicGoals.stream().anyMatch(g -> g.slug().equals(l.goal()));
    return new Portfolio(site, publicGoals, logs.stream().filter(keep).toList());
  }
}
