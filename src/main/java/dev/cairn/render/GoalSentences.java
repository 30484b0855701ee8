package dev.cairn.render;

import dev.cairn.analysis.Continuity;
import dev.cairn.analysis.Evidence;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;

/** The goal page's sentences on continuity and on the evidence its logs give. */
final class GoalSentences {

  private final Figures fmt;
  private final Messages words;

  GoalSentences(Figures fmt, Messages words) {
    this.fmt = fmt;
    this.words = words;
  }

  /** "Active in 5 of 6 weeks" and the minimum-step days of the last 28. */
  String continuity(Continuity c) {
    String weeks =
        words.plural(
            "continuity.weeks",
            c.weeksSinceStart(),
            fmt.number(c.activeWeeks()),
            fmt.number(c.weeksSinceStart()));
    String min =
        c.minStepDays28() == 0
            ? words.get("continuity.no_min_steps")
            : words.plural(
                "continuity.min_steps", c.minStepDays28(), fmt.number(c.minStepDays28()));
    return weeks + min;
  }

  /** The wins and logs, and the share of logs recording a mastery value. */
  String evidence(Evidence e) {
    String wins = words.plural("count.wins", e.wins(), fmt.number(e.wins()));
    String logs = words.plural("count.logs", e.logs(), fmt.number(e.logs()));
    if (e.participationOnly()) return words.get("evidence.participation", wins, logs);
    return words.get("evidence.mastery", wins, logs, fmt.percent(e.masteryShare() * 100));
  }
}
