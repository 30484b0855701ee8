package dev.cairn.render;

import dev.cairn.analysis.WeeklyReview;
import dev.cairn.render.Views.ReviewLinkView;
import dev.cairn.render.Views.ReviewView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The weekly reviews: an index of weeks, newest first, and one page per week across goals. */
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
            List.of(newestFirst),
            () ->
                new PageJob.Page(
                    ctx.pages()
                        .of(
                            "reviews",
                            ctx.words().get("page.reviews.title"),
                            ctx.words().get("page.reviews.description"),
                            "reviews/index.html"),
                    Map.of("reviews", newestFirst))));
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
}
