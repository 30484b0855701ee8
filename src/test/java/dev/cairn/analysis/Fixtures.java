package dev.cairn.analysis;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.GoalStatus;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import dev.cairn.model.WeekStart;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Small builders for model values in tests. */
public final class Fixtures {

  private Fixtures() {}

  public static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  public static Metric metric(String id, MetricKind kind, Better better, Aggregate aggregate) {
    return new Metric(id, id, kind, better, aggregate, Optional.empty(), OptionalDouble.empty());
  }

  public static Metric mastery(String id) {
    return metric(id, MetricKind.MASTERY, Better.HIGHER, Aggregate.BEST);
  }

  public static Metric activity(String id) {
    return metric(id, MetricKind.ACTIVITY, Better.HIGHER, Aggregate.SUM);
  }

  public static Metric withTarget(Metric m, double target) {
    return new Metric(
        m.id(),
        m.label(),
        m.kind(),
        m.better(),
        m.aggregate(),
        m.unit(),
        OptionalDouble.of(target),
        m.min(),
        m.max());
  }

  /** {@code m} with a declared min and max; NaN leaves a bound out. */
  public static Metric withBounds(Metric m, double min, double max) {
    return new Metric(
        m.id(),
        m.label(),
        m.kind(),
        m.better(),
        m.aggregate(),
        m.unit(),
        m.target(),
        Double.isNaN(min) ? OptionalDouble.empty() : OptionalDouble.of(min),
        Double.isNaN(max) ? OptionalDouble.empty() : OptionalDouble.of(max));
  }

  public static Goal goal(String slug, List<Metric> metrics) {
    return goal(slug, metrics, List.of(), Optional.empty());
  }

  public static Goal goal(
      String slug, List<Metric> metrics, List<String> levels, Optional<LocalDate> started) {
    return new Goal(
        slug,
        "content/goals/" + slug + ".md",
        "Goal " + slug,
        Optional.empty(),
        Optional.empty(),
        started,
        Optional.empty(),
        GoalStatus.ACTIVE,
        false,
        metrics,
        levels,
        "",
        Map.of());
  }

  public static SiteConfig site(WeekStart weekStart, int windowWeeks, int stretchWeeks) {
    return new SiteConfig(
        "Test",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Locale.ENGLISH,
        weekStart,
        windowWeeks,
        stretchWeeks,
        false);
  }

  public static Portfolio portfolio(SiteConfig site, List<Goal> goals, List<Log> logs) {
    return new Portfolio(site, goals, logs);
  }

  public static LogBuilder log(String date, String goal) {
    return new LogBuilder(date, goal);
  }

  /** Builds a log; the source path defaults to one derived from date and goal. */
  public static final class LogBuilder {
    private final LocalDate date;
    private final String goal;
    private String path;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private Optional<String> win = Optional.empty();
    private Optional<String> milestone = Optional.empty();
    private OptionalInt challenge = OptionalInt.empty();
    private boolean minStep;

    LogBuilder(String date, String goal) {
      this.date = LocalDate.parse(date);
      this.goal = goal;
      this.path = "content/logs/" + date + "-" + goal + ".md";
    }

    public LogBuilder path(String path) {
      this.path = path;
      return this;
    }

    public LogBuilder value(String metric, double value) {
      metrics.put(metric, value);
      return this;
    }

    public LogBuilder win(String win) {
      this.win = Optional.of(win);
      return this;
    }

    public LogBuilder milestone(String milestone) {
      this.milestone = Optional.of(milestone);
      return this;
    }

    public LogBuilder challenge(int level) {
      this.challenge = OptionalInt.of(level);
      return this;
    }

    public LogBuilder minStep() {
      this.minStep = true;
      return this;
    }

    public Log build() {
      String slug = path.substring(path.lastIndexOf('/') + 1).replace(".md", "");
      return new Log(
          path, slug, date, goal, win, milestone, metrics, challenge, minStep, List.of(), false,
          false, "", Map.of());
    }
  }
}
