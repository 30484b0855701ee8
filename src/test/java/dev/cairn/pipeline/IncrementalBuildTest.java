package dev.cairn.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cairn.pipeline.incremental.IncrementalStages;
import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental rebuild must give exactly the site a fresh build gives, whatever the edit. */
class IncrementalBuildTest {

  static final LocalDate TODAY = LocalDate.of(2026, 9, 28);

  @TempDir Path tmp;
  private long clock = 1_700_000_000_000L;
  private LocalDate today = TODAY;
  private Path p;
  private SiteBuilder incremental;

  /** Each test starts from a portfolio built once incrementally, equal to a fresh build. */
  @BeforeEach
  void buildOnce() throws Exception {
    p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    incremental = new SiteBuilder(new IncrementalStages(new PrintWriter(new StringWriter())));
    assertSame(incremental, p, "initial");
  }

  @Test
  void aWinEdited() throws Exception {
    edit(p, "content/logs/2026-09-08-guitar.md", "G to C", "G to C, cleanly");
    assertSame(incremental, p, "a win edited");
  }

  @Test
  void aMilestoneAddedThenRenamed() throws Exception {
    edit(p, "content/logs/2026-09-08-guitar.md", "G to C", "G to C\nmilestone: First song");
    assertSame(incremental, p, "a milestone added");
    edit(p, "content/logs/2026-09-08-guitar.md", "First song", "First whole song");
    assertSame(incremental, p, "a milestone renamed");
  }

  @Test
  void aNoteEdited() throws Exception {
    edit(p, "content/logs/2026-09-15-guitar.md", "Tired. It counts.", "Tired, but **it counts**.");
    assertSame(incremental, p, "a note edited");
  }

  @Test
  void aMetricEdited() throws Exception {
    edit(p, "content/logs/2026-09-22-guitar.md", "changes: 22", "changes: 25");
    assertSame(incremental, p, "a metric edited");
  }

  @Test
  void aLogAdded() throws Exception {
    SiteFixture.write(
        p,
        """
        -- content/logs/2026-09-26-guitar.md --
        ---
        goal: guitar
        win: New log
        metrics: { changes: 27 }
        tags: [late]
        ---
        """);
    touch(p.resolve("content/logs/2026-09-26-guitar.md"));
    assertSame(incremental, p, "a log added");
  }

  @Test
  void aFlatKeyBecomesAMetricWhenItsGoalGainsThatMetric() throws Exception {
    SiteFixture.write(
        p,
        """
        -- content/logs/2026-09-26-guitar.md --
        ---
        goal: "[[guitar]]"
        changes: 27
        bpm: 80
        ---
        """);
    touch(p.resolve("content/logs/2026-09-26-guitar.md"));
    assertSame(incremental, p, "a flat log added");
    edit(p, "content/goals/guitar.md", "  - id: minutes\n", "  - id: bpm\n  - id: minutes\n");
    assertSame(incremental, p, "its goal gained the metric");
  }

  @Test
  void aLogDeleted() throws Exception {
    Files.delete(p.resolve("content/logs/2026-09-01-guitar.md"));
    assertSame(incremental, p, "a log deleted");
  }

  @Test
  void aGoalEdited() throws Exception {
    edit(p, "content/goals/guitar.md", "title: Play guitar", "title: Play the guitar");
    assertSame(incremental, p, "a goal edited");
  }

  @Test
  void aThemePartialAddedThenEdited() throws Exception {
    SiteFixture.write(
        p,
        """
        -- themes/mine/templates/_footer.ftlh --
        <footer>Edited footer</footer>
        """);
    Files.writeString(p.resolve("content/site.yaml"), "title: Test portfolio\ntheme: mine\n");
    touch(p.resolve("content/site.yaml"));
    assertSame(incremental, p, "a theme partial added");

    edit(p, "themes/mine/templates/_footer.ftlh", "Edited footer", "Edited again");
    assertSame(incremental, p, "a theme partial edited");
  }

  @Test
  void aThemeMessageAddedThenEdited() throws Exception {
    SiteFixture.write(
        p,
        """
        -- themes/mine/i18n/en.properties --
        nav.goals=My goals
        count.logs.other={0} sessions
        chart.activity.title=Sessions each week
        """);
    Files.writeString(p.resolve("content/site.yaml"), "title: Test portfolio\ntheme: mine\n");
    touch(p.resolve("content/site.yaml"));
    assertSame(incremental, p, "a theme message added");

    edit(p, "themes/mine/i18n/en.properties", "sessions", "practice sessions");
    assertSame(incremental, p, "a theme message edited");
  }

  @Test
  void settingsChanged() throws Exception {
    Files.writeString(
        p.resolve("content/site.yaml"),
        "title: Test portfolio\n"
            + "base_url: https://example.org/p/\nlocale: de-DE\nweek_start: sunday\nwindow_weeks: 1\n");
    touch(p.resolve("content/site.yaml"));
    assertSame(incremental, p, "settings changed");
  }

  @Test
  void daysPassed() throws Exception {
    today = TODAY.plusDays(9);
    assertSame(incremental, p, "days passed");
  }

  @Test
  void aLogMovedToAnotherWeek() throws Exception {
    edit(p, "content/logs/2026-09-15-guitar.md", "---\n", "---\ndate: 2026-09-02\n");
    assertSame(incremental, p, "a log moved to another week");
  }

  private void edit(Path p, String file, String from, String to) throws Exception {
    Path f = p.resolve(file);
    String text = Files.readString(f);
    assertFalse(!text.contains(from), file + " lacks " + from);
    Files.writeString(f, text.replace(from, to));
    touch(f);
  }

  // File times on some file systems are coarse; give every edit a distinct, later time.
  private void touch(Path f) throws Exception {
    clock += 10_000;
    Files.setLastModifiedTime(f, FileTime.from(Instant.ofEpochMilli(clock)));
  }

  private void assertSame(SiteBuilder incremental, Path p, String step) throws Exception {
    Path a = tmp.resolve("inc");
    Path b = tmp.resolve("fresh");
    assertFalse(incremental.build(new BuildOptions(p, a, false, today)).hasErrors(), step);
    assertFalse(
        new SiteBuilder(new PrintWriter(new StringWriter()))
            .build(new BuildOptions(p, b, false, today))
            .hasErrors(),
        step);
    List<String> files = SiteFixture.files(b);
    assertEquals(files, SiteFixture.files(a), step);
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f)), step + ": " + f);
    }
  }
}
