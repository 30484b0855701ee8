package dev.cairn.chart;

import static dev.cairn.chart.ChartRendererTest.settings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.cairn.analysis.Fixtures;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.PortfolioAnalyzer;
import dev.cairn.analysis.WeekId;
import dev.cairn.model.Goal;
import dev.cairn.model.WeekStart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planning is separate from drawing, and a plan's jobs say exactly what each file holds. */
class ChartPlanTest {

  private final ChartRenderer renderer = new ChartRenderer();

  private static List<ChartJob> jobs(List<GoalChartPlan> plans) {
    return plans.stream().flatMap(p -> p.jobs().stream()).toList();
  }

  private static ChartJob job(GoalChartPlan plan, String file) {
    return plan.jobs().stream()
        .filter(j -> j.path().endsWith("/" + file))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void renderIsAssembleOfPlanAndDraw() {
    ChartSet rendered = renderer.render(ChartFixtures.portfolio(), settings(2));
    List<GoalChartPlan> plans = renderer.plan(ChartFixtures.portfolio(), settings(2));
    YearSharePlan years = renderer.planYears(ChartFixtures.portfolio(), settings(2));
    ChartSet assembled =
        ChartRenderer.assemble(plans, years, renderer.draw(ChartRenderer.jobs(plans, years)));
    assertEquals(rendered.goalCharts(), assembled.goalCharts());
    assertEquals(rendered.sparklines(), assembled.sparklines());
    assertEquals(rendered.shareImages(), assembled.shareImages());
    assertEquals(
        rendered.files().stream().map(ChartFile::path).toList(),
        assembled.files().stream().map(ChartFile::path).toList());
    for (int i = 0; i < rendered.files().size(); i++) {
      assertArrayEquals(
          rendered.files().get(i).content(),
          assembled.files().get(i).content(),
          rendered.files().get(i).path());
    }
  }

  @Test
  void planningTwiceGivesEqualJobsAndEqualJobsDrawIdenticalBytes() {
    List<ChartJob> first = jobs(renderer.plan(ChartFixtures.portfolio(), settings(2)));
    List<ChartJob> second = jobs(new ChartRenderer().plan(ChartFixtures.portfolio(), settings(2)));
    assertEquals(first, second);
    assertEquals(20, first.size());
    // A copy built from the fields alone: equality holds, and the drawn bytes are the same.
    List<ChartJob> copies = new ArrayList<>();
    for (ChartJob j : second) {
      copies.add(new ChartJob(j.path(), j.width(), j.height(), j.palette(), j.words(), j.data()));
    }
    assertEquals(first, copies);
    List<ChartFile> drawn = renderer.draw(first);
    List<ChartFile> again = renderer.draw(copies);
    for (int i = 0; i < drawn.size(); i++) {
      assertEquals(first.get(i).path(), drawn.get(i).path());
      assertArrayEquals(drawn.get(i).content(), again.get(i).content(), drawn.get(i).path());
    }
  }

  @Test
  void aChangeReachesOnlyTheJobsThatShowIt() {
    // A new title appears only on the kitchen share image (and in its alt text).
    GoalAnalysis kitchen = ChartFixtures.kitchenAnalysis();
    Goal g = kitchen.goal();
    Goal renamed =
        new Goal(
            g.slug(),
            g.sourcePath(),
            "Cook dinner at home",
            g.why(),
            g.capability(),
            g.started(),
            g.firstStep(),
            g.status(),
            g.isPrivate(),
            g.metrics(),
            g.challengeLevels(),
            g.body(),
            g.extra());
    GoalAnalysis changed =
        new GoalAnalysis(
            renamed,
            kitchen.logs(),
            kitchen.continuity(),
            kitchen.evidence(),
            kitchen.plateau(),
            kitchen.metrics());
    GoalChartPlan before = renderer.plan(kitchen, settings(2));
    GoalChartPlan after = renderer.plan(changed, settings(2));
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < before.jobs().size(); i++) {
      if (!before.jobs().get(i).equals(after.jobs().get(i)))
        differing.add(before.jobs().get(i).path());
    }
    assertEquals(List.of("charts/kitchen/share.png"), differing);
    assertFalse(
        java.util.Arrays.equals(
            renderer.draw(List.of(job(before, "share.png"))).get(0).content(),
            renderer.draw(List.of(job(after, "share.png"))).get(0).content()));
  }

  @Test
  void theLocaleIsPartOfAJob() {
    GoalChartPlan uk = renderer.plan(ChartFixtures.guitarAnalysis(), settings(2));
    GoalChartPlan de =
        renderer.plan(
            ChartFixtures.guitarAnalysis(),
            new ChartSettings(
                Locale.GERMANY, WeekStart.MONDAY, "Portfolio", 2, ChartFixtures.TODAY));
    assertNotEquals(job(uk, "changes-trend.svg"), job(de, "changes-trend.svg"));
  }

  @Test
  void weekStartFromSettingsReachesTheActivityAndCalendarCharts() {
    // 2026-09-06 is a Sunday: the last day of ISO week 36, the first day of a Sunday week named 37.
    GoalAnalysis kitchen = ChartFixtures.kitchenAnalysis();
    GoalAnalysis sundayLog =
        new GoalAnalysis(
            kitchen.goal(),
            List.of(
                ChartFixtures.log("kitchen", "2026-09-06", null, false, Map.of()),
                ChartFixtures.log("kitchen", "2026-10-06", null, false, Map.of())),
            kitchen.continuity(),
            kitchen.evidence(),
            kitchen.plateau(),
            kitchen.metrics());
    ChartSettings monday = settings(2);
    ChartSettings sunday =
        new ChartSettings(
            Locale.UK, WeekStart.SUNDAY, "Progress portfolio", 2, ChartFixtures.TODAY);

    ActivityChartData mondayWeeks =
        (ActivityChartData) job(renderer.plan(sundayLog, monday), "activity.svg").data();
    ActivityChartData sundayWeeks =
        (ActivityChartData) job(renderer.plan(sundayLog, sunday), "activity.svg").data();
    assertEquals(LocalDate.of(2026, 8, 31), mondayWeeks.weeks().get(0).start());
    assertEquals(new WeekId(2026, 36), mondayWeeks.weeks().get(0).week());
    assertEquals(LocalDate.of(2026, 9, 6), sundayWeeks.weeks().get(0).start());
    assertEquals(new WeekId(2026, 37), sundayWeeks.weeks().get(0).week());

    CalendarChartData mondayDays =
        (CalendarChartData) job(renderer.plan(sundayLog, monday), "calendar.svg").data();
    CalendarChartData sundayDays =
        (CalendarChartData) job(renderer.plan(sundayLog, sunday), "calendar.svg").data();
    assertEquals(LocalDate.of(2025, 10, 6), mondayDays.firstDay());
    assertEquals("Mon", mondayDays.rowLabels().get(0));
    assertEquals(LocalDate.of(2025, 10, 5), sundayDays.firstDay());
    assertEquals("Sun", sundayDays.rowLabels().get(0));
  }

  @Test
  void aPortfolioWithoutGoalsPlansAndDrawsNothing() {
    PortfolioAnalysis none = new PortfolioAnalysis(ChartFixtures.TODAY, List.of(), List.of());
    ChartSet charts = renderer.render(none, settings(2));
    assertEquals(List.of(), charts.files());
    assertEquals(Map.of(), charts.goalCharts());
  }

  @Test
  void aYearInReviewHasAShareImageNamingItsMilestonesNewestFirst() {
    Goal g = Fixtures.goal("g", List.of(Fixtures.activity("minutes")));
    // Mon 2026-03-02 and Tue 03-03 share a week; Mon 03-16 is another: 2 active weeks, 3 logs.
    PortfolioAnalysis analysis =
        new PortfolioAnalyzer()
            .analyze(
                Fixtures.portfolio(
                    Fixtures.site(WeekStart.MONDAY, 2, 4),
                    List.of(g),
                    List.of(
                        Fixtures.log("2026-03-02", "g").value("minutes", 10).win("w").build(),
                        Fixtures.log("2026-03-03", "g").milestone("First song").build(),
                        Fixtures.log("2026-03-16", "g").milestone("Second song").win("v").build())),
                LocalDate.parse("2026-04-01"));
    YearSharePlan years = renderer.planYears(analysis, settings(2));
    ChartImage image = years.images().get("2026");
    assertEquals("reviews/2026/share.png", image.path());
    assertEquals(
        "2026 in review: 2 wins in 3 logs, 2 active weeks. 2 milestones: Second song \u00b7 First"
            + " song.",
        image.alt());
    ShareImageData card = (ShareImageData) years.jobs().get(0).data();
    // Logs per week: 2 in the week of 03-02, 1 in the week of 03-16.
    assertEquals(
        List.of(
            new ChartPoint(LocalDate.parse("2026-03-02"), 2),
            new ChartPoint(LocalDate.parse("2026-03-16"), 1)),
        card.trend());
  }
}
