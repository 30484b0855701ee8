package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogSlugsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-11-20-guitar      | 2026-11-20-guitar",
        "Café au lait           | cafe-au-lait",
        "Größe & Straße!        | grosse-strasse",
        "  --Évening   Run__2-- | evening-run-2",
        "ﬁnal                   | final",
        "🎸🎸                   | log",
      })
  void makesNamesUrlSafe(String name, String slug) {
    assertEquals(slug, LogSlugs.slugify(name, "log"));
  }

  @Test
  void deduplicatesInPathOrderWhateverTheInputOrder() {
    Map<String, String> slugs =
        LogSlugs.assign(
            List.of(
                "content/logs/b/Notes.md",
                "content/logs/a/notes.md",
                "content/logs/c/notes.md",
                "content/logs/2026/notes-2.md"));
    assertEquals(
        Map.of(
            "content/logs/2026/notes-2.md", "notes-2",
            "content/logs/a/notes.md", "notes",
            "content/logs/b/Notes.md", "notes-3",
            "content/logs/c/notes.md", "notes-4"),
        slugs);
    assertEquals(
        List.of(
            "content/logs/2026/notes-2.md",
            "content/logs/a/notes.md",
            "content/logs/b/Notes.md",
            "content/logs/c/notes.md"),
        List.copyOf(slugs.keySet()));
  }

  @Test
  void secondSlugGetsSuffixTwo() {
    assertEquals(
        List.of("run", "run-2", "run-3"),
        List.copyOf(
            LogSlugs.assign(
                    List.of(
                        "content/logs/x/run.md", "content/logs/y/run.md", "content/logs/z/Run.md"))
                .values()));
  }
}
