package dev.cairn.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.render.data.JsonReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/computations.md against real builds: its table names every field of {@code
 * data/portfolio.json} (walked in the sample portfolio's build), and its worked example builds to
 * exactly the files it shows.
 */
class ComputationsDocTest {
  private static final DocFile DOC = DocFile.read("computations.md");
  private static final String JSON_SECTION = "## `data/portfolio.json`";
  private static final LocalDate SAMPLE_TODAY = LocalDate.of(2026, 11, 28);

  @TempDir static Path sampleDir;
  private static Set<String> sampleFields;

  @TempDir Path dir;

  /** The field paths of the sample portfolio's portfolio.json; built once for this class. */
  private static synchronized Set<String> sampleFields() throws Exception {
    if (sampleFields == null) {
      Path site = build(Path.of("").toAbsolutePath(), sampleDir.resolve("site"), SAMPLE_TODAY);
      Set<String> fields = new TreeSet<>();
      walk("", JsonReader.parse(Files.readString(site.resolve("data/portfolio.json"))), fields);
      sampleFields = fields;
    }
    return sampleFields;
  }

  @Test
  void everyFieldOfPortfolioJsonHasARow() throws Exception {
    Set<String> fields = sampleFields();
    assertTrue(fields.contains("goals[].metrics[].trend.eta"), "the sample has trends: " + fields);

    Set<String> missing = new TreeSet<>(fields);
    DocFile.tableKeys(DOC.section(JSON_SECTION)).forEach(missing::remove);
    assertTrue(
        missing.isEmpty(),
        DOC.name()
            + ", section '"
            + JSON_SECTION
            + "': fields of portfolio.json without a row: "
            + missing);
  }

  @Test
  void everyRowNamesAFieldOfPortfolioJson() throws Exception {
    Set<String> fields = sampleFields();
    Set<String> unknown = new TreeSet<>(DocFile.tableKeys(DOC.section(JSON_SECTION)));
    unknown.removeAll(fields);
    assertTrue(
        unknown.isEmpty(), DOC.name() + ": rows for fields portfolio.json lacks: " + unknown);
  }

  /** Field paths such as {@code goals[].metrics[].weekly[].week}; objects and lists count too. */
  @SuppressWarnings("unchecked")
  private static void walk(String path, Object value, Set<String> fields) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        fields.add(child);
        walk(child, e.getValue(), fields);
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) walk(path + "[]", item, fields);
    }
  }

  @Test
  void theWorkedExampleBuildsToTheFilesShown() throws Exception {
    Map<String, String> files = DOC.markedBlocks("file");
    Map<String, String> outputs = DOC.markedBlocks("output");
    assertFalse(files.isEmpty(), DOC.name() + " marks no example file");
    assertEquals(
        Set.of("data/portfolio.json"),
        Set.copyOf(outputs.keySet().stream().filter(k -> k.endsWith(".json")).toList()));
    Matcher today = Pattern.compile("--today (\\d{4}-\\d{2}-\\d{2})").matcher(DOC.text());
    assertTrue(today.find(), DOC.name() + " shows no build command with --today");

    Path source = dir.resolve("example");
    DocFile.writeFiles(source, files);
    Path site = build(source, source.resolve("site"), LocalDate.parse(today.group(1)));

    for (Map.Entry<String, String> expected : outputs.entrySet()) {
      String actual = Files.readString(site.resolve(expected.getKey())).replace("\r\n", "\n");
      assertEquals(
          expected.getValue(),
          actual,
          DOC.name() + ": the worked example's " + expected.getKey() + " differs from the build");
    }
  }

  private static Path build(Path source, Path out, LocalDate today) throws Exception {
    StringWriter messages = new StringWriter();
    BuildResult result =
        new SiteBuilder(new PrintWriter(messages))
            .build(new BuildOptions(source, out, false, today));
    assertFalse(result.hasErrors(), "build of " + source + " failed:\n" + messages);
    return out;
  }
}
