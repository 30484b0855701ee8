package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.activity;
import static dev.cairn.analysis.Fixtures.goal;
import static dev.cairn.analysis.Fixtures.log;
import static dev.cairn.analysis.Fixtures.mastery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceCalculatorTest {

  private final EvidenceCalculator calculator = new EvidenceCalculator();

  @Test
  void countsLogsWinsAndTheMasteryShare() {
    Goal guitar = goal("guitar", List.of(mastery("changes"), activity("minutes")));
    // 4 logs; wins: 2 (a blank win is none); mastery values in 3 of 4 → 0.75.
    List<Log> logs =
        List.of(
            log("2026-10-05", "guitar")
                .win("First clean G–C")
                .value("changes", 20)
                .value("minutes", 10)
                .build(),
            log("2026-10-06", "guitar").win("  ").value("minutes", 15).build(),
            log("2026-10-07", "guitar").win("Barre F").value("changes", 22).build(),
            log("2026-10-08", "guitar").value("changes", 23).build());
    assertEquals(new Evidence(4, 2, 0.75, false), calculator.compute(guitar, logs));
  }

  @Test
  void saysWhenAGoalMeasuresOnlyParticipation() {
    Goal kitchen = goal("kitchen", List.of(activity("minutes")));
    List<Log> logs = List.of(log("2026-10-05", "kitchen").value("minutes", 30).build());
    assertEquals(new Evidence(1, 0, 0, true), calculator.compute(kitchen, logs));
    assertEquals(new Evidence(0, 0, 0, true), calculator.compute(kitchen, List.of()));
  }
}
