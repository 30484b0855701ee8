package dev.cairn.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A whole portfolio: settings, goals sorted by slug, logs sorted by date then source path. It may
 * still hold private goals, private logs and drafts; {@link #visible} removes them.
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
   * The portfolio as one audience sees it: the public ({@code includePrivate} false) or the owner
   * previewing their own site, who also sees private goals and logs.
   */
  public Portfolio visible(boolean includeDrafts, boolean includePrivate) {
    List<Goal> shownGoals = goals.stream().filter(g -> includePrivate || !g.isPrivate()).toList();
    Set<String> shown = shownGoals.stream().map(Goal::slug).collect(Collectors.toSet());
    Predicate<Log> keep =
        l ->
            (includePrivate || !l.isPrivate())
                && (includeDrafts || !l.draft())
                && shown.contains(l.goal());
    return new Portfolio(site, shownGoals, logs.stream().filter(keep).toList());
  }
}
