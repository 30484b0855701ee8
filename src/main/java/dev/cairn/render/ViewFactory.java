package dev.cairn.render;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.Continuity;
import dev.cairn.analysis.Evidence;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.GoalWeek;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.MetricComparison;
import dev.cairn.analysis.Trend;
import dev.cairn.analysis.WeekId;
import dev.cairn.analysis.WeeklyReview;
import dev.cairn.chart.ChartImage;
import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Memo;
import dev.cairn.model.Metric;
import dev.cairn.render.Views.ChartView;
import dev.cairn.render.Views.ComparisonView;
import dev.cairn.render.Views.GoalSummaryView;
import dev.cairn.render.Views.LinkView;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.MetricValueView;
import dev.cairn.render.Views.MetricView;
import dev.cairn.render.Views.ReviewGoalView;
import dev.cairn.render.Views.ReviewLinkView;
import dev.cairn.text.Figures;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Turns model and analysis records into the plain, formatted views templates receive. */
final class ViewFactory {

  private final Figures fmt;
  private final SiteLinks links;
  private final Memo<String, LogLinkView> logLinks;

  ViewFactory(Figures fmt, SiteLinks links, Memo<String, LogLinkView> logLinks) {
    this.fmt = fmt;
    this.links = links;
    this.logLinks = logLinks;
  }

  /** A log as lists show it; every list that shows one log shares one instance. */
  LogLinkView logLink(Log log, Goal goal) {
    return logLinks.get(log.slug(), List.of(log, goal), () -> newLogLink(log, goal));
  }

  private LogLinkView newLogLink(Log log, Goal goal) {
    String title = log.win().orElse(goal.title() + " — " + fmt.date(log.date()));
    return new LogLinkView(
        links.log(log),
        fmt.date(log.date()),
        fmt.isoDate(log.date()),
        title,
        log.win().orElse(null),
        goal.slug(),
        goal.title(),
        log.minStep(),
        log.draft(),
        log.isPrivate() || goal.isPrivate());
  }

  List<MetricValueView> metricValues(Log log, Goal goal) {
    return goal.metricsMasteryFirst().stream()
        .filter(m -> log.metrics().containsKey(m.id()))
        .map(
            m ->
                new MetricValueView(
                    m.label(),
                    fmt.number(log.metrics().get(m.id())),
                    m.unit().orElse(null),
                    m.isMastery()))
        .toList();
  }

  Optional<String> challengeName(Log log, Goal goal) {
    if (log.challenge().isEmpty()) return Optional.empty();
    int level = log.challenge().getAsInt();
    return Optional.of(
        goal.levelName(level).map(n -> "Level " + level + ": " + n).orElse("Level " + level));
  }

  List<LinkView> tags(Log log) {
    return log.tags().stream().map(t -> new LinkView(links.tag(t), t)).toList();
  }

  ChartView chart(ChartImage c) {
    return new ChartView(
        c.kind(),
        c.path(),
        c.alt(),
        c.caption(),
        c.width(),
        c.height(),
        c.tableHeader(),
        c.tableRows());
  }

  MetricView metric(MetricAnalysis ma) {
    Metric m = ma.metric();
    BeforeAfter ba = ma.beforeAfter();
    String unit = m.unit().orElse(null);
    String verdict = ba.isOk() ? verdict(m, ba.change()) : null;
    String changePct =
        ba.changePct().isPresent() ? fmt.signedPercent(ba.changePct().getAsDouble()) : null;
    Optional<Trend> trend = ma.trend();
    return new MetricView(
        m.id(),
        m.label(),
        m.kind().name().toLowerCase(Locale.ROOT),
        m.isMastery(),
        m.better() == Better.HIGHER ? "higher is better" : "lower is better",
        unit,
        m.target().isPresent() ? fmt.number(m.target().getAsDouble()) : null,
        !ba.isOk(),
        ba.weeksNeeded(),
        format(ba.baseline()),
        format(ba.current()),
        ba.change().isPresent() ? fmt.signedNumber(ba.change().getAsDouble()) : null,
        changePct,
        verdict,
        beforeAfterText(ma),
        trendText(ma).orElse(null),
        trend.map(t -> fmt.number(t.projection())).orElse(null),
        trend.map(t -> fmt.date(t.projectionDate())).orElse(null),
        trend.flatMap(Trend::eta).map(fmt::date).orElse(null));
  }

  /** "24 → 35.5 per min, +48 % (improved)", or "too early: 1 more week". */
  String beforeAfterText(MetricAnalysis ma) {
    BeforeAfter ba = ma.beforeAfter();
    if (!ba.isOk() || ba.baseline().isEmpty() || ba.current().isEmpty()) {
      int n = ba.weeksNeeded();
      return n > 0
          ? "too early: " + n + " more " + (n == 1 ? "week" : "weeks")
          : "too early to compare";
    }
    String unit = ma.metric().unit().map(u -> " " + u).orElse("");
    String change =
        ba.changePct().isPresent()
            ? fmt.signedPercent(ba.changePct().getAsDouble())
            : fmt.signedNumber(ba.change().orElse(0));
    String verdict = " (" + verdict(ma.metric(), ba.change()) + ")";
    return fmt.number(ba.baseline().getAsDouble())
        + " → "
        + fmt.number(ba.current().getAsDouble())
        + unit
        + ", "
        + change
        + verdict;
  }

  /**
   * Mastery metrics improve or slip in their better direction; activity metrics only go up or down
   * ("more", "less"): doing less practice one week is not a failure to grow.
   */
  private static String verdict(Metric metric, OptionalDouble change) {
    double c = change.orElse(0);
    if (c == 0) return "unchanged";
    if (!metric.isMastery()) return c > 0 ? "more" : "less";
    return (c > 0) == (metric.better() == Better.HIGHER) ? "improved" : "slipped";
  }

  Optional<String> trendText(MetricAnalysis ma) {
    if (ma.trend().isEmpty()) return Optional.empty();
    Trend t = ma.trend().get();
    Metric m = ma.metric();
    String unit = m.unit().map(u -> " " + u).orElse("");
    StringBuilder b =
        new StringBuilder("At this pace, in six months (")
            .append(fmt.date(t.projectionDate()))
            .append("): ")
            .append(fmt.number(t.projection()))
            .append(unit);
    if (m.target().isPresent()) {
      double target = m.target().getAsDouble();
      if (t.eta().isPresent()) {
        b.append("; target of ")
            .append(fmt.number(target))
            .append(unit)
            .append(" reached around ")
            .append(fmt.date(t.eta().get()));
      } else if (lastDailyMeets(ma, target)) {
        b.append("; the target of ")
            .append(fmt.number(target))
            .append(unit)
            .append(" is already met");
      } else {
        b.append("; not heading toward the target of ")
            .append(fmt.number(target))
            .append(unit)
            .append(" yet");
      }
    }
    return Optional.of(b.append('.').toString());
  }

  private static boolean lastDailyMeets(MetricAnalysis ma, double target) {
    if (ma.daily().isEmpty()) return false;
    double last = ma.daily().get(ma.daily().size() - 1).value();
    return ma.metric().better() == Better.HIGHER ? last >= target : last <= target;
  }

  String continuityText(Continuity c) {
    String weeks =
        "Practised in "
            + c.activeWeeks()
            + " of the "
            + c.weeksSinceStart()
            + (c.weeksSinceStart() == 1 ? " week" : " weeks")
            + " since the start";
    String min =
        c.minStepDays28() == 0
            ? "."
            : "; "
                + c.minStepDays28()
                + (c.minStepDays28() == 1 ? " minimum-step day" : " minimum-step days")
                + " in the last four weeks kept the thread.";
    return weeks + min;
  }

  String evidenceText(Evidence e) {
    String wins =
        e.wins()
            + (e.wins() == 1 ? " win" : " wins")
            + " in "
            + e.logs()
            + (e.logs() == 1 ? " log" : " logs");
    if (e.participationOnly()) return wins + ".";
    return wins + "; " + fmt.number(e.masteryShare() * 100) + "% of logs record a mastery measure.";
  }

  GoalSummaryView summary(GoalAnalysis ga, Optional<ChartImage> sparkline, int winsShown) {
    Goal g = ga.goal();
    List<Log> logs = ga.logs();
    List<LogLinkView> latestWins =
        logs.stream()
            .filter(l -> l.win().isPresent())
            .sorted((a, b) -> b.date().compareTo(a.date()))
            .limit(winsShown)
            .map(l -> logLink(l, g))
            .toList();
    Optional<MetricAnalysis> first =
        ga.metrics().stream().filter(ma -> ma.metric().isMastery()).findFirst();
    String headline =
        first.map(ma -> ma.metric().label() + ": " + beforeAfterText(ma)).orElse(null);
    return new GoalSummaryView(
        g.slug(),
        g.isPrivate(),
        links.goal(g),
        g.title(),
        g.capability().orElse(null),
        g.status().name().toLowerCase(Locale.ROOT),
        ga.evidence().participationOnly(),
        headline,
        sparkline.map(this::chart).orElse(null),
        latestWins,
        logs.size(),
        logs.isEmpty() ? null : fmt.date(logs.get(logs.size() - 1).date()),
        first.map(this::metric).orElse(null));
  }

  ReviewLinkView reviewLink(WeeklyReview r) {
    int wins = r.goals().stream().mapToInt(g -> g.wins().size()).sum();
    int logs = r.goals().stream().mapToInt(g -> g.logs().size()).sum();
    return new ReviewLinkView(
        links.review(r.week()),
        weekLabel(r.week()),
        fmt.date(r.start()) + " – " + fmt.date(r.end()),
        wins,
        logs);
  }

  String weekLabel(WeekId week) {
    return "Week " + week.week() + ", " + week.weekYear();
  }

  ReviewGoalView reviewGoal(GoalWeek gw) {
    Goal g = gw.goal();
    List<ComparisonView> metrics = gw.metrics().stream().map(this::comparison).toList();
    return new ReviewGoalView(
        new LinkView(links.goal(g), g.title()),
        gw.wins().stream().map(l -> logLink(l, g)).toList(),
        gw.logs().stream().map(l -> logLink(l, g)).toList(),
        metrics,
        gw.minStepDays(),
        gw.stretchSuggestion().orElse(null));
  }

  private ComparisonView comparison(MetricComparison mc) {
    String unit = mc.metric().unit().map(u -> " " + u).orElse("");
    String value = mc.value().isPresent() ? fmt.number(mc.value().getAsDouble()) + unit : "—";
    String previous =
        mc.previous().isPresent() ? fmt.number(mc.previous().getAsDouble()) + unit : "—";
    String verdict =
        mc.value().isPresent() && mc.previous().isPresent()
            ? verdict(
                mc.metric(),
                OptionalDouble.of(mc.value().getAsDouble() - mc.previous().getAsDouble()))
            : null;
    return new ComparisonView(
        mc.metric().label(), value, previous, verdict, mc.metric().isMastery());
  }

  private String format(OptionalDouble v) {
    return v.isPresent() ? fmt.number(v.getAsDouble()) : null;
  }
}
