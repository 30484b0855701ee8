package dev.cairn.render;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.GoalWeek;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.MetricComparison;
import dev.cairn.analysis.StretchSuggestion;
import dev.cairn.analysis.Trend;
import dev.cairn.analysis.Verdict;
import dev.cairn.analysis.WeekId;
import dev.cairn.analysis.WeeklyReview;
import dev.cairn.chart.ChartImage;
import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
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
import dev.cairn.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Turns model and analysis records into the plain, formatted views templates receive. */
final class ViewFactory {

  private final Figures fmt;
  private final Messages words;
  private final SiteLinks links;
  private final Function<Log, LogListing> listings;

  ViewFactory(Figures fmt, Messages words, SiteLinks links, Function<Log, LogListing> listings) {
    this.fmt = fmt;
    this.words = words;
    this.links = links;
    this.listings = listings;
  }

  /** A log as lists show it: every log of the build has its listing. */
  LogLinkView logLink(Log log) {
    return listings.apply(log).link();
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
    return Optional.of(level(log.challenge().getAsInt(), goal));
  }

  /** "Level 2: barre chords", or "Level 2" where the goal does not name it. */
  String level(int level, Goal goal) {
    return goal.levelName(level)
        .map(n -> words.get("log.challenge_named", level, n))
        .orElseGet(() -> words.get("log.challenge", level));
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
        c.narrowPath().isEmpty() ? null : c.narrowPath(),
        c.narrowWidth(),
        c.narrowHeight(),
        c.tableHeader(),
        c.tableRows());
  }

  MetricView metric(MetricAnalysis ma) {
    Metric m = ma.metric();
    BeforeAfter ba = ma.beforeAfter();
    String unit = m.unit().orElse(null);
    Verdict verdict = ba.isOk() ? Verdict.of(m, ba.change()) : null;
    String changePct =
        ba.changePct().isPresent() ? fmt.signedPercent(ba.changePct().getAsDouble()) : null;
    Optional<Trend> trend = ma.trend();
    return new MetricView(
        m.id(),
        m.label(),
        m.kind().name().toLowerCase(Locale.ROOT),
        m.isMastery(),
        words.get(
            !m.isMastery()
                ? "metric.better.activity"
                : m.better() == Better.HIGHER ? "metric.better.higher" : "metric.better.lower"),
        unit,
        m.target().isPresent() ? fmt.number(m.target().getAsDouble()) : null,
        !ba.isOk(),
        ba.weeksNeeded(),
        format(ba.baseline()),
        format(ba.current()),
        ba.change().isPresent() ? fmt.signedNumber(ba.change().getAsDouble()) : null,
        changePct,
        verdict == null ? null : words.get(verdict.messageKey()),
        cssName(verdict),
        beforeAfterText(ma),
        new OutlookText(fmt, words).of(ma).orElse(null),
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
          ? words.plural("before_after.too_early", n, fmt.number(n))
          : words.get("before_after.too_early_to_compare");
    }
    String unit = ma.metric().unit().map(u -> " " + u).orElse("");
    String change =
        ba.changePct().isPresent()
            ? fmt.signedPercent(ba.changePct().getAsDouble())
            : fmt.signedNumber(ba.change().orElse(0));
    return words.get(
        "before_after.text",
        fmt.number(ba.baseline().getAsDouble()),
        fmt.number(ba.current().getAsDouble()),
        unit,
        change,
        verdict(ma.metric(), ba.change()));
  }

  /** A verdict's name for style sheets, the same in every language: "improved", "slipped", … */
  private static String cssName(Verdict verdict) {
    return verdict == null ? null : verdict.name().toLowerCase(Locale.ROOT);
  }

  private String verdict(Metric metric, OptionalDouble change) {
    return words.get(Verdict.of(metric, change).messageKey());
  }

  /** The words of a stretch suggestion: the next level by name, or raising the bar. */
  String suggestion(StretchSuggestion s) {
    return s.nextLevel()
        .map(next -> words.get("plateau.next_level", next))
        .orElseGet(() -> words.get("plateau.raise_bar", s.lastLevel()));
  }

  Optional<String> trendText(MetricAnalysis ma) {
    if (ma.trend().isEmpty()) return Optional.empty();
    Trend t = ma.trend().get();
    Metric m = ma.metric();
    String unit = m.unit().map(u -> " " + u).orElse("");
    StringBuilder b =
        new StringBuilder(
            words.get(
                "trend.projection",
                fmt.date(t.projectionDate()),
                fmt.number(t.projection()),
                unit));
    if (m.target().isPresent()) {
      String target = fmt.number(m.target().getAsDouble());
      if (t.eta().isPresent()) {
        b.append(words.get("trend.eta", target, unit, fmt.date(t.eta().get())));
      } else if (lastDailyMeets(ma, m.target().getAsDouble())) {
        b.append(words.get("trend.target_met", target, unit));
      } else {
        b.append(words.get("trend.not_heading", target, unit));
      }
    }
    return Optional.of(b.append(words.get("trend.end")).toString());
  }

  static boolean lastDailyMeets(MetricAnalysis ma, double target) {
    if (ma.daily().isEmpty()) return false;
    double last = ma.daily().get(ma.daily().size() - 1).value();
    return ma.metric().better() == Better.HIGHER ? last >= target : last <= target;
  }

  GoalSummaryView summary(GoalAnalysis ga, Optional<ChartImage> sparkline, int winsShown) {
    Goal g = ga.goal();
    List<Log> logs = ga.logs();
    List<LogLinkView> latestWins =
        logs.stream()
            .filter(l -> l.win().isPresent())
            .sorted((a, b) -> b.date().compareTo(a.date()))
            .limit(winsShown)
            .map(l -> logLink(l))
            .toList();
    Optional<MetricAnalysis> first =
        ga.metrics().stream().filter(ma -> ma.metric().isMastery()).findFirst();
    String headline =
        first
            .map(ma -> words.get("summary.headline", ma.metric().label(), beforeAfterText(ma)))
            .orElse(null);
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
        words.get("review.range", fmt.date(r.start()), fmt.date(r.end())),
        wins,
        logs);
  }

  String weekLabel(WeekId week) {
    return words.get("review.week_label", week.week(), week.weekYear());
  }

  ReviewGoalView reviewGoal(GoalWeek gw) {
    Goal g = gw.goal();
    List<ComparisonView> metrics = gw.metrics().stream().map(this::comparison).toList();
    return new ReviewGoalView(
        new LinkView(links.goal(g), g.title()),
        gw.wins().stream().map(l -> logLink(l)).toList(),
        gw.logs().stream().map(l -> logLink(l)).toList(),
        metrics,
        gw.minStepDays(),
        gw.stretchSuggestion().map(this::suggestion).orElse(null));
  }

  ComparisonView comparison(MetricComparison mc) {
    String unit = mc.metric().unit().map(u -> " " + u).orElse("");
    String value = mc.value().isPresent() ? fmt.number(mc.value().getAsDouble()) + unit : "—";
    String previous =
        mc.previous().isPresent() ? fmt.number(mc.previous().getAsDouble()) + unit : "—";
    Verdict verdict =
        mc.value().isPresent() && mc.previous().isPresent()
            ? Verdict.of(
                mc.metric(),
                OptionalDouble.of(mc.value().getAsDouble() - mc.previous().getAsDouble()))
            : null;
    return new ComparisonView(
        mc.metric().label(),
        value,
        previous,
        verdict == null ? null : words.get(verdict.messageKey()),
        cssName(verdict),
        mc.metric().isMastery());
  }

  private String format(OptionalDouble v) {
    return v.isPresent() ? fmt.number(v.getAsDouble()) : null;
  }
}
