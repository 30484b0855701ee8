package dev.cairn.render.data;

import static dev.cairn.analysis.Fixtures.activity;
import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.log;
import static dev.cairn.analysis.Fixtures.mastery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.analysis.Fixtures;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.PortfolioAnalyzer;
import dev.cairn.model.Goal;
import dev.cairn.model.Portfolio;
import dev.cairn.model.WeekStart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyCsvWriterTest {

  @Test
  void writesOneRowPerDayWithColumnsInFrontMatterOrder() {
    // Front matter lists the activity metric first; the analysis puts mastery first, the CSV
    // keeps front-matter order. 10-05: two logs of minutes (10 + 5 = 15) and changes max(20, 22.5).
    // 10-06: a log without metrics: no row. 10-07: only changes, negative.
    Goal goal = Fixtures.goal("guitar", List.of(activity("minutes"), mastery("changes")));
    Portfolio portfolio =
        new Portfolio(
            Fixtures.site(WeekStart.MONDAY, 2, 4),
            List.of(goal),
            List.of(
                log("2026-10-05", "guitar")
                    .path("a.md")
                    .value("minutes", 10)
                    .value("changes", 20)
                    .build(),
                log("2026-10-05", "guitar")
                    .path("b.md")
                    .value("minutes", 5)
                    .value("changes", 22.5)
                    .build(),
                log("2026-10-06", "guitar").build(),
                log("2026-10-07", "guitar").value("changes", -3).build()));
    GoalAnalysis analysis =
        new PortfolioAnalyzer().analyze(portfolio, day("2026-10-22")).goals().get(0);
    assertEquals(
        "date,minutes,changes\r\n2026-10-05,15,22.5\r\n2026-10-07,,-3\r\n",
        new DailyCsvWriter().write(analysis));
  }

  @Test
  void writesOnlyTheHeaderWithoutValues() {
    Goal goal = Fixtures.goal("quiet", List.of(mastery("x")));
    GoalAnalysis analysis =
        new PortfolioAnalyzer()
            .analyze(
                new Portfolio(Fixtures.site(WeekStart.MONDAY, 2, 4), List.of(goal), List.of()),
                day("2026-10-22"))
            .goals()
            .get(0);
    assertEquals("date,x\r\n", new DailyCsvWriter().write(analysis));
  }

  @ParameterizedTest(name = "[{0}] becomes [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=1+2|'=1+2",
        "+5|'+5",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "-3|-3",
        "-3.25|-3.25",
        "-1.5E-7|-1.5E-7",
        "plain|plain",
        "`=HYPERLINK(\"x\",\"y\")`|`\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"`",
        "a,b|`\"a,b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
      })
  void neutralisesFormulasAndQuotesFields(String cell, String expected) {
    assertEquals(expected, DailyCsvWriter.cell(cell));
  }

  @Test
  void neutralisesCellsStartingWithTabOrCarriageReturn() {
    assertEquals("'\tx", DailyCsvWriter.cell("\tx"));
    assertEquals("\"'\rx\"", DailyCsvWriter.cell("\rx"));
    assertEquals("\"line\nbreak\"", DailyCsvWriter.cell("line\nbreak"));
  }
}
