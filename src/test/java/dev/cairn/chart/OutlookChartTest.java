package dev.cairn.chart;

import static dev.cairn.chart.ChartFixtures.changesAnalysis;
import static dev.cairn.chart.ChartFixtures.guitarAnalysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Outlook;
import dev.cairn.analysis.OutlookModel;
import dev.cairn.analysis.SaturatingCurve;
import dev.cairn.chart.TrendChartData.Band;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutlookChartTest {

  private static final LocalDate ORIGIN = LocalDate.parse("2026-08-31");
  private static final LocalDate PROJECTION = LocalDate.parse("2027-04-05");
  private final ChartWords uk = new ChartWords(Locale.UK);

  /** The guitar fixture's changes with a curve outlook: 20 rising to 40, τ = 28 days. */
  private static GoalAnalysis withCurve(double low, double high) {
    SaturatingCurve curve = new SaturatingCurve(40, 20, 28, ORIGIN);
    Outlook outlook =
        new Outlook(
            OutlookModel.CURVE,
            curve.valueOn(PROJECTION),
            low,
            high,
            PROJECTION,
            Optional.empty(),
            Optional.of(curve));
    MetricAnalysis m = changesAnalysis();
    MetricAnalysis changes =
        new MetricAnalysis(
            m.metric(), m.daily(), m.weekly(), m.beforeAfter(), m.trend(), Optional.of(outlook));
    GoalAnalysis g = guitarAnalysis();
    return new GoalAnalysis(
        g.goal(),
        g.logs(),
        g.continuity(),
        g.evidence(),
        g.plateau(),
        List.of(changes, g.metrics().get(1)));
  }

  private TrendChartData prepare(GoalAnalysis g) {
    return new TrendDataPreparer(uk).prepare(g, g.metrics().get(0), 2).orElseThrow();
  }

  @Test
  void drawsTheCurveWeekByWeekToTheProjectionDate() {
    TrendChartData d = prepare(withCurve(38, 41.5));
    // 217 days from 2026-08-31 to 2027-04-05: 31 weeks, so weeks 0…30 and the end day.
    assertEquals(32, d.curve().size());
    assertEquals(new ChartPoint(ORIGIN, 20), d.curve().get(0));
    assertEquals(PROJECTION, d.curve().get(31).date());
    // 40 − 20·e^(−7/28) = 40 − 15.576 = 24.424 a week in.
    assertEquals(24.424, d.curve().get(1).value(), 1e-3);
  }

  @Test
  void theBandFansOutFromTheLastObservationAndTheAxisHoldsIt() {
    TrendChartData d = prepare(withCurve(38, 90));
    // On the last observation, 2026-10-05 (35 days in): 40 − 20·e^(−1.25) = 34.270.
    Band b = d.band().orElseThrow();
    assertEquals(LocalDate.parse("2026-10-05"), b.from());
    assertEquals(34.270, b.fromValue(), 1e-3);
    assertEquals(PROJECTION, b.to());
    assertEquals(38, b.low());
    assertEquals(90, b.high());
    // Lowest 19 (trend start), highest 90 (band): span 71, margin 7.1.
    assertEquals(11.9, d.rangeLow(), 1e-9);
    assertEquals(97.1, d.rangeHigh(), 1e-9);
    // The projection (127) still leaves it: (97.1 − 36) / 91 of 182 days = 122.2 → day 122.
    assertEquals(LocalDate.parse("2027-02-04"), d.clip().orElseThrow().at().date());
  }

  @Test
  void theAltTextAndCaptionNameTheOutlook() {
    TrendChartData d = prepare(withCurve(38, 41.5));
    assertTrue(
        d.text().alt().contains("outlook: levelling off near 40, 38–41.5 per min by 5 Apr 2027"),
        d.text().alt());
    assertTrue(d.text().caption().contains("learning curve: long dashes"), d.text().caption());
    assertTrue(d.text().caption().contains("90 % band of the outlook: shaded"), d.text().caption());
  }
}
