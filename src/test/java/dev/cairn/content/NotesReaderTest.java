package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.cli.CairnCommand;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Log;
import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Daily notes read in place (docs/importing.md, "Notes read in place"; issue 14). */
class NotesReaderTest {
  @TempDir Path tmp;

  static final String GOAL =
      """
      -- content/goals/fitness.md --
      ---
      title: Fitness
      metrics:
        - { id: pushups, kind: activity }
        - { id: systolic, better: lower }
        - { id: weight, better: lower }
        - { id: plank }
      ---
      """;

  static final String SITE =
      """
      -- content/site.yaml --
      title: Notes
      notes:
        - folder: ../vault/Daily
          goals:
            fitness:
              pushups: exercise-pushup
              systolic: bp.systolic
              weight: weight
              plank: exercise-plank
      """;

  /** A vault as Obsidian keeps it: two file-name styles, nested front matter, hidden folders. */
  static final String VAULT =
      """
      -- vault/Daily/2021-01-01.md --
      ---
      bp:
        systolic: 128
        diastolic: 81
      mood: NOTEMARKER-FIELD
      tags: [journal]
      ---
      # Friday NOTEMARKER-TEXT

      - Exercise Pushup:: 30
      Weighed in: #weight:72.5kg, then [exercise-plank:: 85]
      -- vault/Daily/2021-01-02-Saturday NOTEMARKER-NAME.md --
      Only tags today: #weight:72.1kg #exercise-plank:90sec and #mood:great
      -- vault/Daily/2021-01-03.md --
      Nothing measured, only words: NOTEMARKER-TEXT.
      -- vault/Daily/Ideas.md --
      exercise-pushup:: 99
      -- vault/Daily/.obsidian/2021-01-04.md --
      exercise-pushup:: 99
      -- vault/Daily/2021/2021-01-05.md --
      ---
      weight: 71.9
      ---
      weight:: 80
      #weight:81kg
      """;

  private Path portfolio(String sections) {
    SiteFixture.write(tmp, sections);
    return tmp.resolve("p");
  }

  private static Map<String, Map<String, Double>> byDate(List<Log> logs) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Log l : logs) out.put(l.date().toString(), l.metrics());
    return out;
  }

  @Test
  void readsFrontMatterThenDataviewThenTrackerTags() {
    Path p = portfolio(prefix(SITE + GOAL) + VAULT);
    LoadResult loaded = new ContentLoader(LocalDate.of(2021, 1, 10)).load(p);
    assertEquals(List.of(), withoutNotes(loaded));
    List<Log> logs = loaded.portfolio().logs();
    assertEquals(
        Map.of(
            "2021-01-01",
            Map.of("pushups", 30.0, "systolic", 128.0, "weight", 72.5, "plank", 85.0),
            "2021-01-02",
            Map.of("weight", 72.1, "plank", 90.0),
            "2021-01-05",
            Map.of("weight", 71.9)),
        byDate(logs),
        "a note without mapped values, an undated note and hidden folders give no log;"
            + " front matter wins over Dataview, Dataview over tags");
    Log first = logs.get(0);
    assertEquals("notes-fitness-2021-01-01", first.slug());
    assertEquals("fitness", first.goal());
    assertEquals("", first.body());
    assertTrue(first.win().isEmpty());
    assertTrue(first.tags().isEmpty());
    assertTrue(first.extra().isEmpty());
    assertFalse(first.sourcePath().contains("2021-01-01.md"));
  }

  @Test
  void nothingOfANoteButTheMappedNumbersReachesTheSite() throws Exception {
    Path p = portfolio(prefix(SITE + GOAL) + VAULT);
    StringWriter err = new StringWriter();
    CommandLine cl = CairnCommand.newCommandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    int exit = cl.execute("build", "--source", p.toString(), "--today", "2021-01-10");
    assertEquals(0, exit, err.toString());
    assertEquals(
        "date,pushups,systolic,weight,plank\r\n2021-01-01,30,128,72.5,85\r\n"
            + "2021-01-02,,,72.1,90\r\n2021-01-05,,,71.9,\r\n",
        Files.readString(p.resolve("site/data/fitness.csv")));
    List<String> outputs = SiteFixture.files(p.resolve("site"));
    assertTrue(outputs.contains("logs/notes-fitness-2021-01-02/index.html"), outputs.toString());
    for (String f : outputs) {
      assertFalse(f.contains("Saturday") || f.contains("NOTEMARKER"), f);
      String bytes =
          new String(Files.readAllBytes(p.resolve("site").resolve(f)), StandardCharsets.ISO_8859_1);
      for (String secret :
          List.of("NOTEMARKER", "Saturday", "diastolic", "journal", "great", "Daily")) {
        assertFalse(bytes.contains(secret), secret + " in " + f);
      }
    }
  }

  @Test
  void readsOtherDateFormatsAndAbsoluteFolders() {
    Path vault = tmp.resolve("elsewhere");
    Path p =
        portfolio(
            prefix(
                    """
                    -- content/site.yaml --
                    notes:
                      - folder: %s
                        date_format: dd.MM.yyyy
                        goals:
                          fitness: { weight: weight }
                    """
                        .formatted(vault.toAbsolutePath()))
                + prefix(GOAL)
                + """
                -- elsewhere/03.01.2021 Sunday.md --
                weight:: 70
                -- elsewhere/2021-01-04.md --
                weight:: 99
                """);
    LoadResult loaded = new ContentLoader(LocalDate.of(2021, 1, 10)).load(p);
    assertEquals(List.of(), withoutNotes(loaded));
    assertEquals(Map.of("2021-01-03", Map.of("weight", 70.0)), byDate(loaded.portfolio().logs()));
  }

  @Test
  void reportsConfigurationErrorsInSiteYaml() {
    Path p =
        portfolio(
            prefix(
                    """
                    -- content/site.yaml --
                    notes:
                      - folder: ../vault/Daily
                        goals:
                          fitnes:
                            weight: weight
                          fitness:
                            wieght: weight
                      - folder: ../vault/Missing
                      - folder: ../vault/Daily
                        date_format: yyyy-MM
                    """)
                + prefix(GOAL)
                + VAULT);
    LoadResult loaded = new ContentLoader(LocalDate.of(2021, 1, 10)).load(p);
    assertEquals(
        List.of(
            "content/site.yaml:4:7: notes goals: unknown goal 'fitnes'; valid goals: fitness",
            "content/site.yaml:7:9: notes goals.fitness: 'wieght' is not a metric of goal"
                + " 'fitness'; valid ids: pushups, systolic, weight, plank",
            "content/site.yaml:8:13: notes folder: there is no folder ../vault/Missing (relative"
                + " to the portfolio folder, or write an absolute path)",
            "content/site.yaml:10:18: date_format: 'yyyy-MM' is not a date pattern with year,"
                + " month and day; write e.g. yyyy-MM-dd or dd.MM.yyyy"),
        withoutNotes(loaded).stream().map(Diagnostic::format).toList());
    assertTrue(loaded.portfolio().logs().isEmpty());
  }

  @Test
  void aNoteFieldThatIsNoNumberIsAWarningAndLeftOut() {
    Path p =
        portfolio(
            prefix(SITE + GOAL)
                + """
                -- vault/Daily/2021-01-06.md --
                weight:: heavy
                exercise-pushup:: 12
                """);
    LoadResult loaded = new ContentLoader(LocalDate.of(2021, 1, 10)).load(p);
    assertFalse(loaded.hasErrors());
    assertEquals(
        List.of(
            "../vault/Daily/2021-01-06.md:1:1: warning: field 'weight' is not a number, so it is"
                + " left out of the log"),
        withoutNotes(loaded).stream().map(Diagnostic::format).toList());
    assertEquals(Map.of("2021-01-06", Map.of("pushups", 12.0)), byDate(loaded.portfolio().logs()));
  }

  /** Puts the portfolio's own files under p/, beside the vault. */
  private static String prefix(String sections) {
    return sections.replace("-- content/", "-- p/content/");
  }

  /** The diagnostics but the tracking-budget notes: the fixture goal tracks four metrics. */
  private static List<Diagnostic> withoutNotes(LoadResult loaded) {
    return loaded.diagnostics().stream()
        .filter(d -> d.severity() != Diagnostic.Severity.NOTE)
        .toList();
  }
}
