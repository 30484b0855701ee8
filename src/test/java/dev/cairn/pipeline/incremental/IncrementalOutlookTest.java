package dev.cairn.pipeline.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.analysis.Outlook;
import dev.cairn.analysis.PortfolioAnalyzer;
import dev.cairn.model.Portfolio;
import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild keeps a metric's outlook while the metric's values are unchanged (a log's text was
 * edited) and estimates it again when a value changes; either way it equals a fresh analysis.
 */
class IncrementalOutlookTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir Path tmp;

  @Test
  void anEditedTextKeepsTheOutlookAndAnEditedValueDoesNot() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), portfolio());
    IncrementalStages stages = new IncrementalStages(new PrintWriter(new StringWriter()));
    Optional<Outlook> first = outlook(stages, p);
    assertTrue(first.isPresent(), "ten weeks of values give an outlook");

    edit(p, "content/logs/2026-10-08-typing.md", "---\n", "---\nA calm session.\n", true);
    Optional<Outlook> afterText = outlook(stages, p);
    assertSame(first, afterText);

    edit(p, "content/logs/2026-10-08-typing.md", "wpm: 51", "wpm: 61", false);
    Optional<Outlook> afterValue = outlook(stages, p);
    assertNotSame(first, afterValue);
    assertEquals(fresh(stages, p), afterValue);
  }

  private static Optional<Outlook> outlook(IncrementalStages stages, Path p) {
    Portfolio portfolio = stages.load(p, TODAY).portfolio();
    return stages.analyse(portfolio, TODAY).goals().get(0).metrics().get(0).outlook();
  }

  private static Optional<Outlook> fresh(IncrementalStages stages, Path p) {
    Portfolio portfolio = stages.load(p, TODAY).portfolio();
    return new PortfolioAnalyzer()
        .analyze(portfolio, TODAY)
        .goals()
        .get(0)
        .metrics()
        .get(0)
        .outlook();
  }

  /** Replaces the first {@code from} after the front matter's start, or the last one. */
  private static void edit(Path p, String file, String from, String to, boolean last)
      throws Exception {
    Path f = p.resolve(file);
    String text = Files.readString(f);
    int at = last ? text.lastIndexOf(from) : text.indexOf(from);
    Files.writeString(f, text.substring(0, at) + to + text.substring(at + from.length()));
    Files.setLastModifiedTime(
        f, FileTime.from(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(text.length())));
  }

  /** One typing goal with a log a week for ten weeks, speed rising and levelling off. */
  private static String portfolio() {
    StringBuilder s =
        new StringBuilder(
            """
            -- content/site.yaml --
            title: Outlooks
            -- content/goals/typing.md --
            ---
            title: Type faster
            metrics:
              - id: wpm
                label: Words per minute
            ---
            """);
    int[] wpm = {30, 36, 41, 45, 48, 51, 53, 54, 55, 56};
    LocalDate day = LocalDate.of(2026, 9, 3);
    for (int v : wpm) {
      s.append("-- content/logs/")
          .append(day)
          .append("-typing.md --\n---\ngoal: typing\nmetrics: { wpm: ")
          .append(v)
          .append(" }\n---\n");
      day = day.plusWeeks(1);
    }
    return s.toString();
  }
}
