package dev.cairn.render;

import java.util.List;

/**
 * What templates receive. URLs in views are relative to the site root; templates prefix them with
 * {@code root} (e.g. {@code ${root}${goal.url}}), so every link stays relative. Text fields are
 * plain (auto-escaped by {@code .ftlh}); fields ending in {@code Html} are already safe HTML. A
 * field is null where the content has nothing to show. docs/themes.md documents each one.
 */
public final class Views {

  private Views() {}

  public record SiteView(
      String title, String author, String baseUrl, String lang, String generator) {}

  public record PageView(
      String kind,
      String title,
      String description,
      String path,
      String canonical,
      String ogImage,
      String ogImageAlt,
      boolean draftsShown,
      boolean privateShown) {}

  public record LinkView(String url, String label) {}

  public record ChartView(
      String kind,
      String url,
      String alt,
      String caption,
      int width,
      int height,
      String narrowUrl,
      int narrowWidth,
      int narrowHeight,
      List<String> tableHeader,
      List<List<String>> tableRows) {}

  public record MetricView(
      String id,
      String label,
      String kind,
      boolean mastery,
      String better,
      String unit,
      String target,
      boolean tooEarly,
      int weeksNeeded,
      String baseline,
      String current,
      String change,
      String changePct,
      String verdict,
      String verdictClass,
      String beforeAfterText,
      String outlookText,
      String trendText,
      String projection,
      String projectionDate,
      String eta) {}

  public record LogLinkView(
      String url,
      String date,
      String isoDate,
      String title,
      String win,
      String milestone,
      String goalSlug,
      String goalTitle,
      boolean minStep,
      boolean draft,
      boolean privateEntry) {}

  public record MetricValueView(String label, String value, String unit, boolean mastery) {}

  public record LogView(
      LogLinkView link,
      String bodyHtml,
      List<MetricValueView> metrics,
      String challenge,
      List<LinkView> tags,
      LinkView goal,
      LinkView review,
      LogLinkView previous,
      LogLinkView next) {}

  public record GoalSummaryView(
      String slug,
      boolean privateGoal,
      String url,
      String title,
      String capability,
      String status,
      boolean participationOnly,
      String headline,
      ChartView sparkline,
      List<LogLinkView> latestWins,
      int logCount,
      String lastLogDate,
      MetricView headlineMetric) {}

  public record ReviewLinkView(String url, String label, String range, int wins, int logs) {}

  public record GoalView(
      GoalSummaryView summary,
      String why,
      String firstStep,
      String started,
      String bodyHtml,
      List<MetricView> metrics,
      List<ChartView> charts,
      String continuityText,
      String evidenceText,
      String plateauText,
      String suggestion,
      List<ReviewLinkView> reviews,
      List<LogLinkView> wins,
      List<LogLinkView> logs,
      List<String> challengeLevels,
      int highestLevel,
      List<MilestoneView> milestones) {}

  public record ComparisonView(
      String label,
      String value,
      String previous,
      String verdict,
      String verdictClass,
      boolean mastery) {}

  public record ReviewGoalView(
      LinkView goal,
      List<LogLinkView> wins,
      List<LogLinkView> logs,
      List<ComparisonView> metrics,
      int minStepDays,
      String suggestion) {}

  public record ReviewView(
      ReviewLinkView link,
      List<ReviewGoalView> goals,
      ReviewLinkView previous,
      ReviewLinkView next) {}

  public record TagView(String name, String url, List<LogLinkView> logs) {}

  public record MilestoneView(
      String text, String date, String isoDate, String url, LinkView goal, boolean recent) {}

  public record PeriodLinkView(
      String url, String id, String label, String range, int wins, int logs, int milestones) {}

  public record PeriodGoalView(
      LinkView goal,
      String capability,
      List<LogLinkView> wins,
      String winsText,
      List<MilestoneView> milestones,
      List<ComparisonView> metrics,
      String activeWeeksText,
      String challengeText,
      int logs) {}

  public record PeriodReviewView(
      String kind,
      PeriodLinkView link,
      String summaryText,
      String activeWeeksText,
      List<PeriodGoalView> goals,
      List<MilestoneView> milestones,
      PeriodLinkView previous,
      PeriodLinkView next,
      PeriodLinkView year,
      List<PeriodLinkView> months) {}

  public record CapabilityGoalView(
      LinkView goal, String capability, String status, List<MilestoneView> milestones) {}

  public record CapabilitiesView(
      String sinceDate,
      List<MilestoneView> recent,
      List<MilestoneView> earlier,
      List<CapabilityGoalView> goals) {}
}
