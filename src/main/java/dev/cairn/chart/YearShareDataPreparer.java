package dev.cairn.chart;

import dev.cairn.analysis.ActiveWeeks;
import dev.cairn.analysis.GoalPeriod;
import dev.cairn.analysis.PeriodReview;
import dev.cairn.analysis.WeekCalendar;
import dev.cairn.model.Log;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a year in review's share image shows: the year, its milestones (else its wins) as the
 * headline, the newest milestones by name, and the logs of each active week as a small trend.
 */
final class YearShareDataPreparer {

  private final ChartWords words;
  private final WeekCalendar calendar;

  YearShareDataPreparer(ChartWords words, WeekCalendar calendar) {
    this.words = words;
    this.calendar = calendar;
  }

  ShareImageData prepare(PeriodReview year, String siteTitle) {
    String title = words.get("chart.year.title", year.period().id());
    ActiveWeeks active = year.activeWeeks();
    String summary =
        words.get(
            "chart.year.summary",
            words.count("chart.count.win", year.winCount()),
            words.count("count.logs", year.logCount()),
            words.count("chart.count.activeWeek", active.active()));
    List<Log> milestones = year.milestones();
    String headline;
    String note;
    if (milestones.isEmpty()) {
      headline = words.count("chart.count.win", year.winCount());
      note = words.get("chart.year.noMilestones");
    } else {
      headline = words.count("chart.count.milestone", milestones.size());
      // Newest first: the image has room for about two lines of them.
      note = milestones.get(milestones.size() - 1).milestone().orElseThrow();
      for (int i = milestones.size() - 2; i >= 0; i--) {
        note = words.get("chart.year.join", note, milestones.get(i).milestone().orElseThrow());
      }
    }
    return new ShareImageData(
        "year-" + year.period().id(),
        siteTitle,
        title,
        Optional.of(summary),
        headline,
        note,
        logsPerWeek(year),
        new ChartText(
            words.get("chart.year.alt", title, summary, headline, note), "", List.of(), List.of()));
  }

  /** The number of logs in each week with a log, at the week's first day. */
  private List<ChartPoint> logsPerWeek(PeriodReview year) {
    TreeMap<LocalDate, Integer> weeks = new TreeMap<>();
    for (GoalPeriod goal : year.goals()) {
      for (Log log : goal.logs()) weeks.merge(calendar.startOf(log.date()), 1, Integer::sum);
    }
    return weeks.entrySet().stream().map(e -> new ChartPoint(e.getKey(), e.getValue())).toList();
  }
}
