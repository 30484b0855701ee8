package dev.cairn.render;

import dev.cairn.analysis.WeeklyReview;
import dev.cairn.render.Views.ReviewLinkView;
import dev.cairn.render.Views.ReviewView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly reviews: an index of weeks, newest first (with links to the monthly and yearly
 * reviews), and one page per week across goals.
 */
final class ReviewPages {

  private ReviewPages() {}

  static List<PageJob> jobs(RenderContext ctx) {
    List<ReviewLinkView> links = ctx.reviewLinks();
    List<ReviewLinkView> newestFirst = RenderContext.reversed(links);
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(
        new PageJob(
            "reviews/index.html",
            "reviews.ftlh",
            List.of(newestFirst, ctx.monthLinks(), ctx.yearLinks()),
            () ->
                new PageJob.Page(
                    ctx.pages()
                        .of(
                            "reviews",
                            ctx.words().get("page.reviews.title"),
                            ctx.words().get("page.reviews.description"),
                            "reviews/index.html"),
                    Map.of(
                        "reviews",
                        newestFirst,
                        "months",
                        RenderContext.reversed(ctx.monthLinks()),
                        "years",
                        RenderContext.reversed(ctx.yearLinks())))));
    List<WeeklyReview> reviews = ctx.content().analysis().reviews();
    for (int r = 0; r < reviews.size(); r++) {
      WeeklyReview review = reviews.get(r);
      ReviewLinkView link = links.get(r);
      ReviewLinkView previous = r > 0 ? links.get(r - 1) : null;
      ReviewLinkView next = r + 1 < links.size() ? links.get(r + 1) : null;
      jobs.add(
          new PageJob(
              link.url(),
              "review.ftlh",
              Arrays.asList(review, link, previous, next),
              () -> page(ctx, review, link, previous, next)));
    }
    return jobs;
  }

  private static PageJob.Page page(
      RenderContext ctx,
      WeeklyReview review,
      ReviewLinkView link,
      ReviewLinkView previous,
      ReviewLinkView next) {
    ReviewView view =
        new ReviewView(
            link, review.goals().stream().map(ctx.views()::reviewGoal).toList(), previous, next);
    return new PageJob.Page(
        ctx.pages()
            .of(
                "review",
                ctx.words().get("page.review.title", link.label()),
                ctx.words()
                    .get(
                        "page.review.description",
                        link.range(),
                        ctx.words()
                            .plural("count.wins", link.wins(), ctx.fmt().number(link.wins())),
                        ctx.words()
                            .plural("count.logs", link.logs(), ctx.fmt().number(link.logs()))),
                link.url()),
        Map.of("review", view));
  }

  /** The weekly reviews that hold each goal, newest first, by goal slug. */
  static Map<String, List<ReviewLinkView>> reviewsByGoal(
      List<WeeklyReview> all, List<ReviewLinkView> links) {
    Map<String, List<ReviewLinkView>> reviews = new HashMap<>();
    for (int r = all.size() - 1; r >= 0; r--) {
      for (var gw : all.get(r).goals()) {
        List<ReviewLinkView> list =
            reviews.computeIfAbsent(gw.goal().slug(), s -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != links.get(r)) list.add(links.get(r));
      }
    }
    return reviews;
  }
}
