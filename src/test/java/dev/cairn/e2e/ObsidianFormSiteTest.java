package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.testing.SiteFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample portfolio rewritten the way Obsidian's Properties panel keeps it (every metric a
 * top-level key, every goal a wiki link) builds the same site, byte for byte, as the original.
 */
class ObsidianFormSiteTest {
  private static final Pattern GOAL = Pattern.compile("(?m)^goal: (\\S+)$");
  private static final Pattern METRICS = Pattern.compile("(?m)^metrics: \\{ (.*) \\}$");

  @TempDir Path tmp;

  @Test
  void theFlatLinkedFormBuildsTheSameSiteAsTheMapForm() throws Exception {
    Path mapForm = tmp.resolve("map");
    Path linkedForm = tmp.resolve("linked");
    List<String> sources = SiteFixture.files(Path.of("content"));
    int logs = 0;
    for (String file : sources) {
      String text = Files.readString(Path.of("content", file), StandardCharsets.UTF_8);
      write(mapForm.resolve("content").resolve(file), text);
      if (file.startsWith("logs/")) {
        text = linked(text, logs++);
        assertFalse(text.contains("\nmetrics:"), file);
        assertTrue(text.contains("\ngoal: \"[[") || text.contains("\ngoal: [["), file);
      }
      write(linkedForm.resolve("content").resolve(file), text);
    }
    assertEquals(165, logs);

    StringWriter mapMessages = new StringWriter();
    StringWriter linkedMessages = new StringWriter();
    Path mapSite = build(mapForm, mapMessages);
    Path linkedSite = build(linkedForm, linkedMessages);

    assertEquals(mapMessages.toString(), linkedMessages.toString());
    List<String> files = SiteFixture.files(mapSite);
    assertTrue(files.size() > 200, "the sample site has all its pages: " + files.size());
    assertEquals(files, SiteFixture.files(linkedSite));
    for (String file : files) {
      assertArrayEquals(
          Files.readAllBytes(mapSite.resolve(file)),
          Files.readAllBytes(linkedSite.resolve(file)),
          file);
    }
  }

  /** The log with its goal as one of the three link forms (by turns) and its metrics flat. */
  private static String linked(String log, int turn) {
    Matcher goal = GOAL.matcher(log);
    assertTrue(goal.find(), log);
    String slug = goal.group(1);
    String link =
        switch (turn % 3) {
          case 0 -> "\"[[" + slug + "]]\"";
          case 1 -> "\"[[goals/" + slug + "|" + slug.toUpperCase(Locale.ROOT) + "]]\"";
          default -> "[[" + slug + "]]";
        };
    String text = goal.replaceFirst(Matcher.quoteReplacement("goal: " + link));
    Matcher metrics = METRICS.matcher(text);
    assertTrue(metrics.find(), log);
    String flat = String.join("\n", metrics.group(1).split(", "));
    return metrics.replaceFirst(Matcher.quoteReplacement(flat));
  }

  private Path build(Path source, StringWriter messages) throws Exception {
    Path out = tmp.resolve(source.getFileName() + "-site");
    BuildResult result =
        new SiteBuilder(new PrintWriter(messages))
            .build(new BuildOptions(source, out, false, SampleSite.TODAY));
    assertFalse(result.hasErrors(), messages.toString());
    return out;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
