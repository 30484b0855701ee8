package dev.cairn.analysis;

/** How steadily a goal has been practised, measured without streaks. */
public record Continuity(int activeWeeks, int weeksSinceStart, int minStepDays28) {}
