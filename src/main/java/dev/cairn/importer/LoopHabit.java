package dev.cairn.importer;

import dev.cairn.model.Better;
import java.math.BigDecimal;
import java.util.Optional;

/** One habit of a Loop Habit Tracker {@code Habits.csv}, with the row it was read from. */
record LoopHabit(
    CsvRecords.Row row,
    String position,
    String name,
    Optional<Type> type,
    String question,
    String description,
    int frequencyNumerator,
    int frequencyDenominator,
    String unit,
    Better better,
    Optional<BigDecimal> target,
    boolean archived) {

  /** Loop's habit types; exports before 2.3.1 have none. */
  enum Type {
    YES_NO,
    NUMERICAL
  }
}
