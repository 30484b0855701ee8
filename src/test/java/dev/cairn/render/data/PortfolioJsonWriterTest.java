package dev.cairn.render.data;

import static dev.cairn.analysis.Fixtures.activity;
import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.log;
import static dev.cairn.analysis.Fixtures.mastery;
import static dev.cairn.analysis.Fixtures.withTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.analysis.Fixtures;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.PortfolioAnalyzer;
import dev.cairn.model.Goal;
import dev.cairn.model.GoalStatus;
import dev.cairn.model.Log;
import dev.cairn.model.Portfolio;
import dev.cairn.model.WeekStart;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioJsonWriterTest {

  private static final Goal GUITAR =
      new Goal(
          "guitar",
          "content/goals/guitar.md",
          "Play \"guitar\" <loud> & co",
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          GoalStatus.ACTIVE,
          false,
          List.of(withTarget(mastery("changes"), 30), activity("minutes")),
          List.of(),
          "",
          Map.of());
  private static final Goal KITCHEN =
      Fixtures.goal(
          "kitchen", List.of(activity("minutes")), List.of(), Optional.of(day("2026-10-01")));

  // guitar: changes on t = 0, 1, 7, 8 days after Mon 2026-10-05 are 20, 21, 27, 28: the line
  // y = 20 + t, slope exactly 1. Projection on 2026-10-13 + 182 = 2027-04-13 (t = 190): 210.
  // Target 30 is met at t = 10: 2026-10-15. Weekly best: W41 21, W42 28; window 1: baseline 21,
  // current 28, change 7, pct 7 / 21 × 100 = 33.333…
  // minutes (sum): W41 10 + 5 = 15, W42 0.5; change −14.5, pct −96.666…, not improved.
  // kitchen: one week (W43) of 2 needed; started Thu 10-01 (W40) → W40..W43 = 4 weeks.
  private static final List<Log> LOGS =
      List.of(
          log("2026-10-05", "guitar").value("changes", 20).value("minutes", 10).build(),
          log("2026-10-06", "guitar").value("changes", 21).minStep().build(),
          log("2026-10-07", "guitar").value("minutes", 5).build(),
          log("2026-10-12", "guitar").value("changes", 27).build(),
          log("2026-10-13", "guitar")
              .value("changes", 28)
              .value("minutes", 0.5)
              .win("Clean </script> change")
              .build(),
          log("2026-10-20", "kitchen").value("minutes", 30).build());

  private static PortfolioAnalysis analysis() {
    Portfolio portfolio =
        new Portfolio(Fixtures.site(WeekStart.MONDAY, 1, 4), List.of(KITCHEN, GUITAR), LOGS);
    return new PortfolioAnalyzer().analyze(portfolio, day("2026-10-22"));
  }

  private static final String EXPECTED =
      """
      {
        "today": "2026-10-22",
        "goals": [
          {
            "slug": "guitar",
            "title": "Play \\"guitar\\" \\u003cloud\\u003e \\u0026 co",
            "continuity": {
              "active_weeks": 2,
              "weeks_since_start": 3,
              "min_step_days_28": 1
            },
            "evidence": {
              "logs": 5,
              "wins": 1,
              "mastery_share": 0.8,
              "participation_only": false
            },
            "plateau": {
              "plateau": false,
              "suggestion": null
            },
            "metrics": [
              {
                "id": "changes",
                "kind": "mastery",
                "better": "higher",
                "aggregate": "best",
                "weekly": [
                  {
                    "week": "2026-W41",
                    "value": 21
                  },
                  {
                    "week": "2026-W42",
                    "value": 28
                  }
                ],
                "before_after": {
                  "status": "ok",
                  "baseline": 21,
                  "current": 28,
                  "change": 7,
                  "change_pct": 33.33333333333333,
                  "improved": true,
                  "weeks_needed": 0
                },
                "trend": {
                  "slope_per_day": 1,
                  "projection": 210,
                  "projection_date": "2027-04-13",
                  "eta": "2026-10-15"
                },
                "outlook": null
              },
              {
                "id": "minutes",
                "kind": "activity",
                "better": "higher",
                "aggregate": "sum",
                "weekly": [
                  {
                    "week": "2026-W41",
                    "value": 15
                  },
                  {
                    "week": "2026-W42",
                    "value": 0.5
                  }
                ],
                "before_after": {
                  "status": "ok",
                  "baseline": 15,
                  "current": 0.5,
                  "change": -14.5,
                  "change_pct": -96.66666666666667,
                  "improved": false,
                  "weeks_needed": 0
                },
                "trend": null,
                "outlook": null
              }
            ]
          },
          {
            "slug": "kitchen",
            "title": "Goal kitchen",
            "continuity": {
              "active_weeks": 1,
              "weeks_since_start": 4,
              "min_step_days_28": 0
            },
            "evidence": {
              "logs": 1,
              "wins": 0,
              "mastery_share": 0,
              "participation_only": true
            },
            "plateau": {
              "plateau": false,
              "suggestion": null
            },
            "metrics": [
              {
                "id": "minutes",
                "kind": "activity",
                "better": "higher",
                "aggregate": "sum",
                "weekly": [
                  {
                    "week": "2026-W43",
                    "value": 30
                  }
                ],
                "before_after": {
                  "status": "too_early",
                  "baseline": null,
                  "current": null,
                  "change": null,
                  "change_pct": null,
                  "improved": null,
                  "weeks_needed": 1
                },
                "trend": null,
                "outlook": null
              }
            ]
          }
        ]
      }
      """;

  @Test
  void writesTheDocumentedShapeForASmallPortfolio() {
    assertEquals(
        EXPECTED,
        new PortfolioJsonWriter(s -> "Try " + s.nextLevel().orElse(s.lastLevel()))
            .write(analysis()));
  }

  @Test
  void isValidJsonWithTheDocumentedKeysInOrder() {
    Map<?, ?> root =
        (Map<?, ?>)
            JsonReader.parse(
                new PortfolioJsonWriter(s -> "Try " + s.nextLevel().orElse(s.lastLevel()))
                    .write(analysis()));
    assertEquals(List.of("today", "goals"), List.copyOf(root.keySet()));
    Map<?, ?> guitar = (Map<?, ?>) ((List<?>) root.get("goals")).get(0);
    assertEquals(
        List.of("slug", "title", "continuity", "evidence", "plateau", "metrics"),
        List.copyOf(guitar.keySet()));
    assertEquals("Play \"guitar\" <loud> & co", guitar.get("title"));
    Map<?, ?> changes = (Map<?, ?>) ((List<?>) guitar.get("metrics")).get(0);
    assertEquals(
        List.of("id", "kind", "better", "aggregate", "weekly", "before_after", "trend", "outlook"),
        List.copyOf(changes.keySet()));
    assertEquals(
        List.of(
            "status", "baseline", "current", "change", "change_pct", "improved", "weeks_needed"),
        List.copyOf(((Map<?, ?>) changes.get("before_after")).keySet()));
    assertEquals(
        List.of("slope_per_day", "projection", "projection_date", "eta"),
        List.copyOf(((Map<?, ?>) changes.get("trend")).keySet()));
    assertEquals(7.0 / 21 * 100, ((Map<?, ?>) changes.get("before_after")).get("change_pct"));
  }

  @Test
  void exportsTheOutlook() {
    // Six Mondays from 2026-10-05 with changes 10, 17, …, 45: the line y = 10 + t exactly, so
    // every pairwise slope is 1 and Sen's band has no width. Last value 2026-11-09 (t = 35),
    // projection on 2027-05-10 (t = 217): 227. Target 50 met at t = 40: 2026-11-14.
    List<Log> logs = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      logs.add(
          log(day("2026-10-05").plusWeeks(i).toString(), "guitar")
              .value("changes", 10 + 7 * i)
              .build());
    }
    Goal guitar =
        Fixtures.goal(
            "guitar", List.of(withTarget(mastery("changes"), 50)), List.of(), Optional.empty());
    Portfolio portfolio =
        new Portfolio(Fixtures.site(WeekStart.MONDAY, 1, 4), List.of(guitar), logs);
    Map<?, ?> root =
        (Map<?, ?>)
            JsonReader.parse(
                new PortfolioJsonWriter(s -> "")
                    .write(new PortfolioAnalyzer().analyze(portfolio, day("2026-11-10"))));
    Map<?, ?> metric =
        (Map<?, ?>)
            ((List<?>) ((Map<?, ?>) ((List<?>) root.get("goals")).get(0)).get("metrics")).get(0);
    Map<?, ?> outlook = (Map<?, ?>) metric.get("outlook");
    assertEquals(List.of("model", "value", "low", "high", "eta"), List.copyOf(outlook.keySet()));
    assertEquals("line", outlook.get("model"));
    assertEquals(227.0, ((Number) outlook.get("value")).doubleValue(), 1e-9);
    assertEquals(227.0, ((Number) outlook.get("low")).doubleValue(), 1e-9);
    assertEquals(227.0, ((Number) outlook.get("high")).doubleValue(), 1e-9);
    assertEquals("2026-11-14", outlook.get("eta"));
  }

  @Test
  void isByteIdenticalAcrossRuns() {
    assertEquals(
        new PortfolioJsonWriter(s -> "Try " + s.nextLevel().orElse(s.lastLevel()))
            .write(analysis()),
        new PortfolioJsonWriter(s -> "Try " + s.nextLevel().orElse(s.lastLevel()))
            .write(analysis()));
  }
}
