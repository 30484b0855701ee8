package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the sample portfolio (content/, built with today fixed at {@link
 * SampleSite#TODAY}): the index, a goal, a log and a weekly review, and one SVG of each chart kind,
 * each normalised (parsed with jsoup and pretty-printed) and compared whole with its copy under
 * {@code src/test/resources/golden/}, at the same path as in the site.
 *
 * <p>After an intended change of output, regenerate them all and review the diff:
 *
 * <pre>
 * ./mvnw -B test -Dtest=SampleGoldenTest -Dcairn.golden.update=true
 * git diff src/test/resources/golden/
 * </pre>
 */
class SampleGoldenTest {

  static final String UPDATE_COMMAND =
      "./mvnw -B test -Dtest=SampleGoldenTest -Dcairn.golden.update=true";

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** The site files held as golden files: pages first, then one chart of each kind. */
  static final List<String> FILES =
      List.of(
          "index.html",
          "goals/guitar/index.html",
          "logs/2026-11-23-guitar/index.html",
          "reviews/2026-W47/index.html",
          "reviews/2026-11/index.html",
          "reviews/2026/index.html",
          "capabilities/index.html",
          "charts/guitar/changes-trend.svg",
          "charts/guitar/before-after.svg",
          "charts/guitar/activity.svg",
          "charts/guitar/calendar.svg",
          "charts/guitar/sparkline.svg");

  @TestFactory
  Stream<DynamicTest> sampleSiteMatchesItsGoldenFiles() throws IOException {
    Path site = SampleSite.require();
    boolean update = Boolean.getBoolean("cairn.golden.update");
    if (update) SampleSite.deleteTree(GOLDEN);
    return FILES.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file,
                    () -> {
                      Path built = site.resolve(file);
                      assertTrue(Files.isRegularFile(built), file + " is in the built sample site");
                      String actual = normalise(file, Files.readString(built));
                      Path golden = GOLDEN.resolve(file);
                      if (update) {
                        Files.createDirectories(golden.getParent());
                        Files.writeString(golden, actual, StandardCharsets.UTF_8);
                      } else {
                        assertSameText(file, golden, actual);
                      }
                    }));
  }

  /**
   * Pretty-printed by jsoup: HTML as HTML, SVG as XML. The generator's version is left out, so a
   * release does not change the golden files; nothing else in the output depends on the build.
   */
  static String normalise(String file, String text) {
    Document doc =
        file.endsWith(".svg") ? Jsoup.parse(text, "", Parser.xmlParser()) : Jsoup.parse(text);
    doc.select("meta[name=generator]").attr("content", "Cairn (version)");
    doc.outputSettings().prettyPrint(true).indentAmount(1).charset(StandardCharsets.UTF_8);
    return doc.outerHtml().strip() + "\n";
  }

  static void assertSameText(String file, Path golden, String actual) throws IOException {
    if (!Files.isRegularFile(golden)) {
      fail("no golden file " + golden + " for " + file + "; create it with: " + UPDATE_COMMAND);
    }
    String expected = Files.readString(golden).replace("\r\n", "\n");
    if (expected.equals(actual)) return;
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    int line = 0;
    while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) line++;
    fail(
        golden
            + " differs from the built "
            + file
            + " at line "
            + (line + 1)
            + ":\n  golden: "
            + (line < want.size() ? want.get(line) : "(end of file)")
            + "\n  built:  "
            + (line < got.size() ? got.get(line) : "(end of file)")
            + "\nIf the change is intended, regenerate the golden files with: "
            + UPDATE_COMMAND);
  }
}
