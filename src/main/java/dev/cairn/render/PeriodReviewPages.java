package dev.cairn.render;

import dev.cairn.analysis.Period;
import dev.cairn.analysis.PeriodReview;
import dev.cairn.chart.ChartImage;
import dev.cairn.render.Views.PeriodLinkView;
import dev.cairn.render.Views.PeriodReviewView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly and yearly reviews: one page per month and per year with a log, across goals. A year
 * links its months and has a share image; a month links its year.
 */
final class PeriodReviewPages {

  private PeriodReviewPages() {}

  static List<PageJob> jobs(RenderContext ctx) {
    List<PageJob> jobs = new ArrayList<>();
    var analysis = ctx.content().analysis();
    jobs.addAll(family(ctx, analysis.monthlyReviews(), ctx.monthLinks()));
    jobs.addAll(family(ctx, analysis.yearlyReviews(), ctx.yearLinks()));
    return jobs;
  }

  private static List<PageJob> family(
      RenderContext ctx, List<PeriodReview> reviews, List<PeriodLinkView> links) {
    List<PageJob> jobs = new ArrayList<>();
    LocalDate today = ctx.content().analysis().today();
    for (int r = 0; r < reviews.size(); r++) {
      PeriodReview review = reviews.get(r);
      PeriodLinkView link = links.get(r);
      PeriodLinkView previous = r > 0 ? links.get(r - 1) : null;
      PeriodLinkView next = r + 1 < links.size() ? links.get(r + 1) : null;
      boolean month = review.period().kind() == Period.Kind.MONTH;
      PeriodLinkView year = month ? yearOf(ctx, review.period()) : null;
      List<PeriodLinkView> months = month ? List.of() : monthsOf(ctx, review.period());
      ChartImage share = month ? null : ctx.content().charts().yearShares().get(link.id());
      jobs.add(
          new PageJob(
              link.url(),
              "period.ftlh",
              Arrays.asList(review, link, previous, next, year, months, share, today),
              () -> page(ctx, review, link, previous, next, year, months, share, today)));
    }
    return jobs;
  }

  private static PeriodLinkView yearOf(RenderContext ctx, Period month) {
    String id = Period.of(Period.Kind.YEAR, month.start()).id();
    return ctx.yearLinks().stream().filter(y -> y.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<PeriodLinkView> monthsOf(RenderContext ctx, Period year) {
    String prefix = year.id() + "-";
    return ctx.monthLinks().stream().filter(m -> m.id().startsWith(prefix)).toList();
  }

  private static PageJob.Page page(
      RenderContext ctx,
      PeriodReview review,
      PeriodLinkView link,
      PeriodLinkView previous,
      PeriodLinkView next,
      PeriodLinkView year,
      List<PeriodLinkView> months,
      ChartImage share,
      LocalDate today) {
    PeriodViews views = ctx.periodViews();
    String kind = review.period().kind() == Period.Kind.MONTH ? "month" : "year";
    String summary = views.summary(link);
    PeriodReviewView view =
        new PeriodReviewView(
            kind,
            link,
            summary,
            views.activeWeeks(review.activeWeeks()),
            review.goals().stream().map(g -> views.goal(g, today)).toList(),
            views.milestones(review.milestones(), ctx.goalsBySlug(), today),
            previous,
            next,
            year,
            months);
    return new PageJob.Page(
        ctx.pages()
            .of(
                kind + "-review",
                ctx.words().get("page." + kind + ".title", link.label()),
                ctx.words().get("page.period.description", link.label(), summary),
                link.url(),
                Optional.ofNullable(share)),
        Map.of("review", view));
  }
}
