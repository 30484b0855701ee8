package dev.cairn.render;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.render.Views.CapabilitiesView;
import dev.cairn.render.Views.CapabilityGoalView;
import dev.cairn.render.Views.LinkView;
import dev.cairn.render.Views.MilestoneView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code capabilities/}: every milestone across goals, newest first, split at six months before
 * today, and per goal its capability statement beside the milestones that serve it.
 */
final class CapabilityPages {

  private CapabilityPages() {}

  static PageJob job(RenderContext ctx) {
    List<GoalAnalysis> goals = ctx.content().analysis().goals();
    LocalDate today = ctx.content().analysis().today();
    String path = ctx.links().capabilities();
    return new PageJob(
        path,
        "capabilities.ftlh",
        List.of(goals, today),
        () -> {
          PeriodViews views = ctx.periodViews();
          List<MilestoneView> all =
              goals.stream()
                  .flatMap(g -> newestFirst(g.logs()).stream())
                  .sorted(Comparator.comparing(Log::date).reversed())
                  .map(l -> views.milestone(l, ctx.goalOf(l), today))
                  .toList();
          List<CapabilityGoalView> byGoal =
              goals.stream()
                  .filter(g -> g.goal().capability().isPresent() || hasMilestone(g))
                  .map(g -> goal(ctx, g, today))
                  .toList();
          CapabilitiesView view =
              new CapabilitiesView(
                  ctx.fmt().date(today.minusDays(PeriodViews.RECENT_DAYS)),
                  all.stream().filter(MilestoneView::recent).toList(),
                  all.stream().filter(m -> !m.recent()).toList(),
                  byGoal);
          return new PageJob.Page(
              ctx.pages()
                  .of(
                      "capabilities",
                      ctx.words().get("page.capabilities.title"),
                      ctx.words().get("page.capabilities.description"),
                      path),
              Map.of("capabilities", view));
        });
  }

  /** A goal's capability statement and its milestones, newest first. */
  static CapabilityGoalView goal(RenderContext ctx, GoalAnalysis ga, LocalDate today) {
    Goal g = ga.goal();
    return new CapabilityGoalView(
        new LinkView(ctx.links().goal(g), g.title()),
        g.capability().orElse(null),
        g.status().name().toLowerCase(Locale.ROOT),
        newestFirst(ga.logs()).stream()
            .map(l -> ctx.periodViews().milestone(l, g, today))
            .toList());
  }

  private static boolean hasMilestone(GoalAnalysis ga) {
    return ga.logs().stream().anyMatch(l -> l.milestone().isPresent());
  }

  private static List<Log> newestFirst(List<Log> logs) {
    return RenderContext.reversed(logs).stream().filter(l -> l.milestone().isPresent()).toList();
  }
}
