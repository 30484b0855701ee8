package dev.cairn.render;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.PlateauDetector;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.chart.ChartImage;
import dev.cairn.model.Goal;
import dev.cairn.render.Views.GoalSummaryView;
import dev.cairn.render.Views.GoalView;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.ReviewLinkView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One page per goal: why, capability, metrics with charts, continuity, advice, reviews, logs. */
final class GoalPages {

  private GoalPages() {}

  static List<PageJob> jobs(RenderContext ctx) {
    PortfolioAnalysis analysis = ctx.content().analysis();
    List<PageJob> jobs = new ArrayList<>();
    for (int i = 0; i < analysis.goals().size(); i++) {
      GoalAnalysis ga = analysis.goals().get(i);
      String slug = ga.goal().slug();
      List<ChartImage> charts = ctx.content().charts().goalCharts().getOrDefault(slug, List.of());
      List<ReviewLinkView> reviews = ctx.reviewsByGoal().getOrDefault(slug, List.of());
      GoalSummaryView summary = ctx.summaries().get(i);
      ChartImage share = ctx.content().charts().shareImages().get(slug);
      String path = ctx.links().goal(ga.goal());
      jobs.add(
          new PageJob(
              path,
              "goal.ftlh",
              Arrays.asList(ga, summary, charts, reviews, share, analysis.today()),
              () -> page(ctx, ga, summary, charts, reviews, share, path)));
    }
    return jobs;
  }

  private static PageJob.Page page(
      RenderContext ctx,
      GoalAnalysis ga,
      GoalSummaryView summary,
      List<ChartImage> charts,
      List<ReviewLinkView> reviews,
      ChartImage share,
      String path) {
    Goal g = ga.goal();
    ViewFactory views = ctx.views();
    GoalSentences sentences = new GoalSentences(ctx.fmt(), ctx.words());
    List<LogLinkView> logsNewestFirst =
        RenderContext.reversed(ga.logs()).stream().map(l -> views.logLink(l)).toList();
    GoalView view =
        new GoalView(
            summary,
            g.why().orElse(null),
            g.firstStep().orElse(null),
            g.started().map(ctx.fmt()::date).orElse(null),
            ctx.markdown().toHtml(g.body()),
            ga.metrics().stream().map(views::metric).toList(),
            charts.stream().map(views::chart).toList(),
            sentences.continuity(ga.continuity()),
            sentences.evidence(ga.evidence()),
            ga.plateau().plateau()
                ? ctx.words()
                    .get(
                        "goal.plateau",
                        ctx.fmt().number(ctx.site().stretchWeeks()),
                        ctx.fmt().percent(PlateauDetector.MIN_GAIN_PERCENT))
                : null,
            ga.plateau().suggestion().map(views::suggestion).orElse(null),
            reviews,
            logsNewestFirst.stream().filter(l -> l.win() != null).toList(),
            logsNewestFirst,
            g.challengeLevels(),
            ga.logs().stream().mapToInt(l -> l.challenge().orElse(0)).max().orElse(0),
            CapabilityPages.goal(ctx, ga, ctx.content().analysis().today()).milestones());
    return new PageJob.Page(
        ctx.pages()
            .of(
                "goal",
                g.title(),
                g.capability().or(g::why).orElse(g.title()),
                path,
                Optional.ofNullable(share)),
        Map.of("goal", view));
  }
}
