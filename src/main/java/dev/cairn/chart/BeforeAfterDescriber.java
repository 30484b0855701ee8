package dev.cairn.chart;

import dev.cairn.analysis.Verdict;
import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import dev.cairn.text.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The verdict words, alt text, caption and data table of a goal's before/after chart. */
final class BeforeAfterDescriber {

  private final ChartWords words;
  private final Figures figures;

  BeforeAfterDescriber(ChartWords words) {
    this.words = words;
    this.figures = words.figures();
  }

  /**
   * "higher is better: improved +11.5 (+48%)", "lower is better: unchanged"; an activity metric's
   * change has no better direction: "less −17.5 (−34.3%)".
   */
  String verdict(Metric metric, Verdict verdict, double change, OptionalDouble changePct) {
    String word = words.get(verdict.messageKey());
    String signed = figures.signedNumber(change);
    String percent = changePct.isPresent() ? figures.signedPercent(changePct.getAsDouble()) : "";
    if (!metric.isMastery()) {
      if (verdict == Verdict.UNCHANGED) {
        return words.get("chart.beforeAfter.activity.verdict.unchanged", word);
      }
      return changePct.isPresent()
          ? words.get("chart.beforeAfter.activity.verdict.percent", word, signed, percent)
          : words.get("chart.beforeAfter.activity.verdict", word, signed);
    }
    String direction =
        words.get(
            metric.better() == Better.HIGHER ? "metric.better.higher" : "metric.better.lower");
    if (verdict == Verdict.UNCHANGED) {
      return words.get("chart.beforeAfter.verdict.unchanged", direction, word);
    }
    return changePct.isPresent()
        ? words.get("chart.beforeAfter.verdict.percent", direction, word, signed, percent)
        : words.get("chart.beforeAfter.verdict", direction, word, signed);
  }

  ChartText describe(List<BeforeAfterChartData.Row> rows, int windowWeeks) {
    List<String> sentences = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (BeforeAfterChartData.Row r : rows) {
      sentences.add(
          words.get(
              "chart.beforeAfter.alt.metric",
              r.label(),
              figures.number(r.baseline()),
              r.baselineWeeks(),
              figures.withUnit(r.current(), r.unit()),
              r.currentWeeks(),
              r.verdictText()));
      table.add(
          List.of(
              r.label(),
              figures.number(r.baseline()),
              figures.number(r.current()),
              figures.signedNumber(r.change()),
              r.changePct().isPresent()
                  ? figures.signedPercent(r.changePct().getAsDouble())
                  : words.noValue(),
              r.verdictText()));
    }
    return new ChartText(
        words.get("chart.beforeAfter.alt", String.join("; ", sentences)),
        words.get("chart.beforeAfter.caption", words.windowWeeks(windowWeeks)),
        List.of(
            words.get("chart.table.metric"),
            words.get("chart.table.before"),
            words.get("chart.table.after"),
            words.get("chart.table.change"),
            words.get("chart.table.changePct"),
            words.get("chart.table.verdict")),
        table);
  }
}
