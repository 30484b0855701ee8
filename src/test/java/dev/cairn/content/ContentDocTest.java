package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.docs.DocFile;
import dev.cairn.model.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/content.md against the loader: each section's key table lists exactly the keys the reader
 * knows (the readers' own constants, not a copy), and the complete files it shows load cleanly.
 */
class ContentDocTest {
  private static final DocFile DOC = DocFile.read("content.md");

  @TempDir Path dir;

  @Test
  void siteYamlTableListsEverySetting() {
    assertDocuments("## `content/site.yaml`", SiteConfigReader.KEYS);
  }

  @Test
  void goalTableListsEveryGoalKey() {
    assertDocuments("## Goals", GoalReader.KEYS);
  }

  @Test
  void metricTableListsEveryMetricKey() {
    assertDocuments("### Metrics", GoalReader.METRIC_KEYS);
  }

  @Test
  void challengeTableListsEveryChallengeKey() {
    assertDocuments("### Challenge", GoalReader.CHALLENGE_KEYS);
  }

  @Test
  void logTableListsEveryLogKey() {
    assertDocuments("## Logs", LogReader.KEYS);
  }

  private static void assertDocuments(String heading, List<String> known) {
    List<String> documented = DocFile.tableKeys(DOC.section(heading));
    TreeSet<String> missing = new TreeSet<>(known);
    missing.removeAll(documented);
    TreeSet<String> unknown = new TreeSet<>(documented);
    unknown.removeAll(known);
    assertTrue(
        missing.isEmpty(),
        DOC.name()
            + ", section '"
            + heading
            + "': the loader knows keys without a row: "
            + missing);
    assertTrue(
        unknown.isEmpty(),
        DOC.name()
            + ", section '"
            + heading
            + "': rows for keys the loader does not know: "
            + unknown);
  }

  /**
   * Every block marked {@code <!-- file: PATH -->} together makes one portfolio that loads clean.
   */
  @Test
  void theCompleteFilesShownLoadWithoutAnyMessage() {
    Map<String, String> files = DOC.markedBlocks("file");
    assertFalse(files.isEmpty(), DOC.name() + " marks no complete file");
    DocFile.writeFiles(dir, files);

    LoadResult result = new ContentLoader(LocalDate.of(2026, 11, 28)).load(dir);

    List<String> messages = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) messages.add(d.severity() + " " + d.format());
    assertEquals(List.of(), messages, DOC.name() + ": the example files are not clean");
    long goals = files.keySet().stream().filter(p -> p.startsWith("content/goals/")).count();
    long logs = files.keySet().stream().filter(p -> p.startsWith("content/logs/")).count();
    assertEquals(goals, result.portfolio().goals().size(), "goals loaded");
    assertEquals(logs, result.portfolio().logs().size(), "logs loaded");
    assertTrue(files.containsKey("content/site.yaml"), "a complete site.yaml is shown");
    assertFalse(
        result.portfolio().site().title().equals(dev.cairn.model.SiteConfig.DEFAULT_TITLE),
        "site.yaml was read");
  }
}
