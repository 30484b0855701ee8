package dev.cairn.render;

import dev.cairn.model.Goal;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the render stage obtains the listings and pages of each goal's logs. {@code make} makes them
 * from {@code inputs} alone (the goal, its logs, their bodies and weekly reviews, the goal's share
 * image, the settings), so a caller may hand on equal ones instead; {@link #MAKE} simply makes
 * them.
 */
@FunctionalInterface
public interface GoalLogsStep {

  GoalLogsStep MAKE = (goal, inputs, make) -> make.get();

  GoalLogs goalLogs(Goal goal, List<?> inputs, Supplier<GoalLogs> make);
}
