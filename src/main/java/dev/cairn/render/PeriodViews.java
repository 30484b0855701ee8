package dev.cairn.render;

import dev.cairn.analysis.ActiveWeeks;
import dev.cairn.analysis.ChallengeStep;
import dev.cairn.analysis.GoalPeriod;
import dev.cairn.analysis.Period;
import dev.cairn.analysis.PeriodReview;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.render.Views.LinkView;
import dev.cairn.render.Views.MilestoneView;
import dev.cairn.render.Views.PeriodGoalView;
import dev.cairn.render.Views.PeriodLinkView;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.time.LocalDate;
import java.util.List;

/** The views of monthly and yearly reviews and of milestones, formatted for one build. */
final class PeriodViews {

  /** Milestones this many days old or newer count as new: the six-month question's horizon. */
  static final int RECENT_DAYS = 182;

  private final Figures fmt;
  private final Messages words;
  private final SiteLinks links;
  private final ViewFactory views;

  PeriodViews(Figures fmt, Messages words, SiteLinks links, ViewFactory views) {
    this.fmt = fmt;
    this.words = words;
    this.links = links;
    this.views = views;
  }

  /** "March 2026" or "2026". */
  String label(Period period) {
    return period.kind() == Period.Kind.MONTH
        ? fmt.monthYear(period.start())
        : String.valueOf(period.start().getYear());
  }

  PeriodLinkView link(PeriodReview review) {
    Period p = review.period();
    return new PeriodLinkView(
        links.review(p),
        p.id(),
        label(p),
        words.get("review.range", fmt.date(p.start()), fmt.date(p.end())),
        review.winCount(),
        review.logCount(),
        review.milestones().size());
  }

  /** "5 wins and 1 milestone in 12 logs." */
  String summary(PeriodLinkView link) {
    return words.get(
        "period.summary",
        words.plural("count.wins", link.wins(), link.wins()),
        words.plural("period.milestones", link.milestones(), link.milestones()),
        words.plural("count.logs", link.logs(), link.logs()));
  }

  /** "Active in 4 of 6 weeks; the longest run was 3 weeks in a row." */
  String activeWeeks(ActiveWeeks a) {
    return words.plural("period.active_weeks", a.weeks(), a.active(), a.weeks())
        + words.plural("period.longest_run", a.longestRun(), a.longestRun());
  }

  PeriodGoalView goal(GoalPeriod gp, LocalDate today) {
    Goal g = gp.goal();
    return new PeriodGoalView(
        new LinkView(links.goal(g), g.title()),
        g.capability().orElse(null),
        gp.wins().stream().map(views::logLink).toList(),
        words.plural("count.wins", gp.wins().size(), gp.wins().size()),
        gp.milestones().stream().map(l -> milestone(l, g, today)).toList(),
        gp.metrics().stream().map(views::comparison).toList(),
        activeWeeks(gp.activeWeeks()),
        gp.challengeStep().map(s -> challenge(s, g)).orElse(null),
        gp.logs().size());
  }

  /** "Challenge rose from level 1: open chords to level 2: barre chords." */
  private String challenge(ChallengeStep step, Goal g) {
    String to = views.level(step.to(), g);
    return step.from() == 0
        ? words.get("period.challenge_first", to)
        : words.get("period.challenge_rose", views.level(step.from(), g), to);
  }

  /** A log's milestone; {@code recent} when it lies within six months of {@code today}. */
  MilestoneView milestone(Log log, Goal goal, LocalDate today) {
    return new MilestoneView(
        log.milestone().orElseThrow(),
        fmt.date(log.date()),
        fmt.isoDate(log.date()),
        links.log(log),
        new LinkView(links.goal(goal), goal.title()),
        !log.date().isBefore(today.minusDays(RECENT_DAYS)));
  }

  List<MilestoneView> milestones(List<Log> logs, java.util.Map<String, Goal> goals, LocalDate t) {
    return logs.stream().map(l -> milestone(l, goals.get(l.goal()), t)).toList();
  }
}
