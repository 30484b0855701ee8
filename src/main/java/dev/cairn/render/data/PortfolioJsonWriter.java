package dev.cairn.render.data;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.Continuity;
import dev.cairn.analysis.Evidence;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Outlook;
import dev.cairn.analysis.Plateau;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.StretchSuggestion;
import dev.cairn.analysis.Trend;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.model.Metric;
import dev.cairn.text.JsonText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Writes {@code site/data/portfolio.json}: every goal's continuity, evidence, plateau and metrics
 * (weekly values, before/after, trend) in the shape docs/computations.md shows, keys in that order.
 */
public final class PortfolioJsonWriter {

  private final Function<StretchSuggestion, String> suggestions;

  /** {@code suggestions} puts a plateau's stretch suggestion into words. */
  public PortfolioJsonWriter(Function<StretchSuggestion, String> suggestions) {
    this.suggestions = suggestions;
  }

  /** Pretty-printed JSON with a 2-space indent, ending in a newline. */
  public String write(PortfolioAnalysis analysis) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("today", analysis.today());
    // root object, "goals" array, goal object: each goal stands at depth 2
    root.put("goals", analysis.goals().stream().map(g -> JsonText.part(goal(g), 2)).toList());
    return JsonText.encode(root);
  }

  private Map<String, Object> goal(GoalAnalysis g) {
    Map<String, Object> goal = new LinkedHashMap<>();
    goal.put("slug", g.goal().slug());
    goal.put("title", g.goal().title());
    goal.put("continuity", continuity(g.continuity()));
    goal.put("evidence", evidence(g.evidence()));
    goal.put("plateau", plateau(g.plateau()));
    goal.put("metrics", g.metrics().stream().map(PortfolioJsonWriter::metric).toList());
    return goal;
  }

  private static Map<String, Object> continuity(Continuity c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("active_weeks", c.activeWeeks());
    m.put("weeks_since_start", c.weeksSinceStart());
    m.put("min_step_days_28", c.minStepDays28());
    return m;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("logs", e.logs());
    m.put("wins", e.wins());
    m.put("mastery_share", e.masteryShare());
    m.put("participation_only", e.participationOnly());
    return m;
  }

  private Map<String, Object> plateau(Plateau p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("plateau", p.plateau());
    m.put("suggestion", p.suggestion().map(suggestions).orElse(null));
    return m;
  }

  private static Map<String, Object> metric(MetricAnalysis a) {
    Metric metric = a.metric();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", metric.id());
    m.put("kind", lower(metric.kind()));
    m.put("better", lower(metric.better()));
    m.put("aggregate", lower(metric.aggregate()));
    m.put("weekly", a.weekly().stream().map(PortfolioJsonWriter::week).toList());
    m.put("before_after", beforeAfter(a.beforeAfter()));
    m.put("trend", a.trend().map(PortfolioJsonWriter::trend).orElse(null));
    m.put("outlook", a.outlook().map(PortfolioJsonWriter::outlook).orElse(null));
    return m;
  }

  private static Map<String, Object> week(WeeklyValue w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("week", w.week().toString());
    m.put("value", number(w.value()));
    return m;
  }

  private static Map<String, Object> beforeAfter(BeforeAfter b) {
    boolean ok = b.isOk();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", lower(b.status()));
    m.put("baseline", ok ? number(b.baseline()) : null);
    m.put("current", ok ? number(b.current()) : null);
    m.put("change", ok ? number(b.change()) : null);
    m.put("change_pct", ok ? number(b.changePct()) : null);
    m.put("improved", ok ? b.improved().orElse(null) : null);
    m.put("weeks_needed", b.weeksNeeded());
    return m;
  }

  private static Map<String, Object> trend(Trend t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slope_per_day", t.slopePerDay());
    m.put("projection", t.projection());
    m.put("projection_date", t.projectionDate());
    m.put("eta", t.eta().orElse(null));
    return m;
  }

  private static Map<String, Object> outlook(Outlook o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", lower(o.model()));
    m.put("value", o.value());
    m.put("low", o.low());
    m.put("high", o.high());
    m.put("eta", o.eta().orElse(null));
    return m;
  }

  private static Double number(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
