package dev.cairn.cli;

import dev.cairn.model.Goal;
import java.io.Console;
import java.util.List;
import java.util.Optional;

/** Asks on the terminal which goal a new log belongs to: by number or by slug. */
final class GoalPrompt {

  private GoalPrompt() {}

  static Optional<String> ask(Console console, List<Goal> goals) {
    for (int i = 0; i < goals.size(); i++) {
      console.printf("  %d) %s  (%s)%n", i + 1, goals.get(i).slug(), goals.get(i).title());
    }
    String answer = console.readLine("Which goal? [1-%d or a slug] ", goals.size());
    return answer == null ? Optional.empty() : choose(answer.strip(), goals);
  }

  /** The goal an answer names: its number in the list shown, or its slug. */
  static Optional<String> choose(String answer, List<Goal> goals) {
    if (answer.matches("[0-9]{1,9}")) {
      int n = Integer.parseInt(answer);
      return n >= 1 && n <= goals.size() ? Optional.of(goals.get(n - 1).slug()) : Optional.empty();
    }
    return goals.stream().map(Goal::slug).filter(answer::equals).findFirst();
  }
}
