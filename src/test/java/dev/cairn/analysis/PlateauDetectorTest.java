package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.activity;
import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.goal;
import static dev.cairn.analysis.Fixtures.log;
import static dev.cairn.analysis.Fixtures.mastery;
import static dev.cairn.analysis.Fixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.MetricKind;
import dev.cairn.model.WeekStart;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlateauDetectorTest {

  private static final List<String> LEVELS =
      List.of("open chords", "barre chords", "songs at 70 bpm", "songs at 90 bpm");
  private static final Goal GUITAR =
      goal("guitar", List.of(mastery("changes"), activity("minutes")), LEVELS, Optional.empty());
  private final PlateauDetector stretch2 =
      new PlateauDetector(new WeekCalendar(WeekStart.MONDAY), 2);

  /** Logs in W41 (10-05), W42 (10-12), W43 (10-19) at the given levels and chord changes. */
  private static List<Log> threeWeeks(int l1, double c1, int l2, double c2, int l3, double c3) {
    return List.of(
        log("2026-10-05", "guitar").challenge(l1).value("changes", c1).build(),
        log("2026-10-12", "guitar").challenge(l2).value("changes", c2).value("minutes", 60).build(),
        log("2026-10-19", "guitar")
            .challenge(l3)
            .value("changes", c3)
            .value("minutes", 90)
            .build());
  }

  @Test
  void flagsAPlateauAndSuggestsTheNextLevelByName() {
    // W = W42, W43 (the last 2 active weeks); before W: W41 at level 2. Highest in W is 2, not
    // above 2. Changes 30 → 31 is 3.3 % < 5 % better. Highest ever 2 → next is level 3.
    assertEquals(
        new Plateau(
            true,
            Optional.of(new StretchSuggestion(Optional.of("songs at 70 bpm"), "songs at 90 bpm"))),
        stretch2.detect(GUITAR, threeWeeks(2, 25, 2, 30, 1, 31)));
  }

  @Test
  void aFivePercentGainIsProgress() {
    // 30 → 31.5 is exactly 5 % better.
    assertEquals(Plateau.none(), stretch2.detect(GUITAR, threeWeeks(2, 25, 2, 30, 2, 31.5)));
    assertEquals(true, stretch2.detect(GUITAR, threeWeeks(2, 25, 2, 30, 2, 31.49)).plateau());
  }

  @Test
  void aHigherLevelInTheWindowIsProgress() {
    assertEquals(Plateau.none(), stretch2.detect(GUITAR, threeWeeks(2, 25, 2, 30, 3, 30)));
  }

  @Test
  void suggestsRaisingTheBarPastTheLastLevel() {
    assertEquals(
        Optional.of(new StretchSuggestion(Optional.empty(), "songs at 90 bpm")),
        stretch2.detect(GUITAR, threeWeeks(4, 25, 4, 30, 4, 30)).suggestion());
  }

  @Test
  void needsAnActiveWeekBeforeTheWindow() {
    List<Log> twoWeeks = threeWeeks(2, 25, 2, 30, 2, 30).subList(1, 3);
    assertEquals(Plateau.none(), stretch2.detect(GUITAR, twoWeeks));
  }

  @Test
  void needsChallengeLevelsAndALogNamingOne() {
    Goal noLevels = goal("guitar", List.of(mastery("changes")));
    assertEquals(
        Plateau.none(),
        new PlateauDetector(new WeekCalendar(WeekStart.MONDAY), 2)
            .detect(noLevels, threeWeeks(2, 25, 2, 30, 2, 30)));
    List<Log> unlevelled =
        List.of(
            log("2026-10-05", "guitar").value("changes", 30).build(),
            log("2026-10-12", "guitar").value("changes", 30).build(),
            log("2026-10-19", "guitar").value("changes", 30).build());
    assertEquals(Plateau.none(), stretch2.detect(GUITAR, unlevelled));
  }

  @Test
  void theWindowIsTheLastActiveWeeksNotCalendarWeeks() {
    // Active weeks W41 (10-05), W45 (11-02), W47 (11-16): W = W45, W47; W41 is before it.
    List<Log> sparse =
        List.of(
            log("2026-10-05", "guitar").challenge(2).value("changes", 40).build(),
            log("2026-11-02", "guitar").challenge(1).value("changes", 30).build(),
            log("2026-11-16", "guitar").challenge(2).value("changes", 30).build());
    assertEquals(true, stretch2.detect(GUITAR, sparse).plateau());
  }

  @Test
  void levelsOnlyBeforeTheWindowDoNotCountAsARise() {
    List<Log> logs =
        List.of(
            log("2026-10-05", "guitar").challenge(1).value("changes", 30).build(),
            log("2026-10-12", "guitar").value("changes", 30).build(),
            log("2026-10-19", "guitar").value("changes", 30).build());
    assertEquals(
        new Plateau(
            true,
            Optional.of(new StretchSuggestion(Optional.of("barre chords"), "songs at 90 bpm"))),
        stretch2.detect(GUITAR, logs));
    List<Log> firstLevelInWindow =
        List.of(
            log("2026-10-05", "guitar").value("changes", 30).build(),
            log("2026-10-12", "guitar").value("changes", 30).build(),
            log("2026-10-19", "guitar").challenge(1).value("changes", 30).build());
    assertEquals(Plateau.none(), stretch2.detect(GUITAR, firstLevelInWindow));
  }

  @Test
  void lowerIsBetterGainsByFalling() {
    Goal sprint =
        goal(
            "sprint",
            List.of(metric("seconds", MetricKind.MASTERY, Better.LOWER, Aggregate.BEST)),
            LEVELS,
            Optional.empty());
    List<Log> faster =
        List.of(
            log("2026-10-05", "sprint").challenge(1).value("seconds", 16).build(),
            log("2026-10-12", "sprint").challenge(1).value("seconds", 15).build(),
            // 15 → 14.25 is 5 % faster: progress.
            log("2026-10-19", "sprint").challenge(1).value("seconds", 14.25).build());
    assertEquals(Plateau.none(), stretch2.detect(sprint, faster));
    List<Log> slower =
        List.of(
            faster.get(0),
            faster.get(1),
            log("2026-10-19", "sprint").challenge(1).value("seconds", 16).build());
    assertEquals(true, stretch2.detect(sprint, slower).plateau());
  }

  @Test
  void anActivityMetricDoesNotBreakAPlateau() {
    // minutes 60 → 90 is +50 %, but it measures attendance, not mastery.
    assertEquals(true, stretch2.detect(GUITAR, threeWeeks(2, 25, 2, 30, 2, 30)).plateau());
  }

  @Test
  void detectsAsOfAWeekIgnoringLaterLogs() {
    List<Log> logs =
        List.of(
            log("2026-10-05", "guitar").challenge(2).value("changes", 25).build(),
            log("2026-10-12", "guitar").challenge(2).value("changes", 30).build(),
            log("2026-10-19", "guitar").challenge(2).value("changes", 30).build(),
            log("2026-10-26", "guitar").challenge(3).value("changes", 30).build());
    assertEquals(Plateau.none(), stretch2.detect(GUITAR, logs));
    assertEquals(
        new Plateau(
            true,
            Optional.of(new StretchSuggestion(Optional.of("songs at 70 bpm"), "songs at 90 bpm"))),
        stretch2.detectAsOf(GUITAR, logs, day("2026-10-21")));
  }
}
