package dev.cairn.pipeline.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with the cache of the last one must give exactly the site a cold build gives, whatever
 * changed in between, the cache itself included.
 */
class CachedBuildTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 9, 28);

  @TempDir Path tmp;
  private Path p;
  private Path out;
  private Path manifest;
  private int files;
  private int logs;
  private CachedStages lastCached;

  @BeforeEach
  void buildOnce() throws Exception {
    p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    out = tmp.resolve("site");
    manifest = BuildCache.folderOf(out).resolve("manifest");
    assertEquals(0, cachedBuildEqualsCold(TODAY), "nothing to reuse on the first build");
    assertTrue(Files.isRegularFile(manifest));
    files = SiteFixture.files(out).size();
    try (var found = Files.walk(p.resolve("content/logs"))) {
      logs = (int) found.filter(f -> f.toString().endsWith(".md")).count();
    }
  }

  @Test
  void anUnchangedPortfolioIsTakenFromTheCacheButForThemeFiles() throws Exception {
    assertEquals(files - themeFiles(), cachedBuildEqualsCold(TODAY), "every page, chart, data");
  }

  @Test
  void aBigSiteCachesOnlyItsCharts() throws Exception {
    PrintWriter quiet = new PrintWriter(new StringWriter());
    CachedStages cached = new CachedStages(quiet, out, 1, ParsedLogs.LIMIT);
    assertFalse(new SiteBuilder(cached).build(new BuildOptions(p, out, false, TODAY)).hasErrors());
    int charts = (int) SiteFixture.files(out).stream().filter(CachedBuildTest::isChart).count();
    assertEquals(charts, cached.reused());
    assertEquals(charts, cachedBuildEqualsCold(TODAY), "the charts kept by the big build");
  }

  @Test
  void anEditedLogRendersItsPagesAgain() throws Exception {
    edit("content/logs/2026-09-08-guitar.md", "G to C", "G to C, cleanly");
    int reused = cachedBuildEqualsCold(TODAY);
    assertTrue(reused > 0 && reused < files, reused + " of " + files);
  }

  @Test
  void unchangedLogFilesAreNeitherParsedNorRenderedAgain() throws Exception {
    cachedBuildEqualsCold(TODAY);
    assertEquals(logs, lastCached.logsReused());
    assertEquals(shown(), lastCached.bodiesReused());
    assertTrue(Files.isRegularFile(BuildCache.folderOf(out).resolve("logs")));
  }

  @Test
  void anEditedLogFileIsParsedAgain() throws Exception {
    edit("content/logs/2026-09-08-guitar.md", "G to C", "G to C, cleanly");
    cachedBuildEqualsCold(TODAY);
    assertEquals(logs - 1, lastCached.logsReused());
    assertEquals(shown() - 1, lastCached.bodiesReused());
    edit("content/logs/2026-09-08-guitar.md", "G to C, cleanly", "G to C");
    cachedBuildEqualsCold(TODAY);
    assertEquals(logs - 1, lastCached.logsReused(), "the old bytes are not kept");
  }

  @Test
  void logsAreParsedAgainWhenWhatTheyAreCheckedAgainstChanges() throws Exception {
    cachedBuildEqualsCold(TODAY.plusDays(3));
    assertEquals(0, lastCached.logsReused(), "another date");
    edit("content/goals/guitar.md", "Play guitar", "Play the guitar");
    cachedBuildEqualsCold(TODAY.plusDays(3));
    assertEquals(0, lastCached.logsReused(), "another goal");
  }

  @Test
  void bodiesAreRenderedAgainForUnsafeHtml() throws Exception {
    Files.writeString(p.resolve("content/site.yaml"), "title: Test portfolio\nunsafe_html: true\n");
    cachedBuildEqualsCold(TODAY);
    assertEquals(logs, lastCached.logsReused());
    assertEquals(0, lastCached.bodiesReused());
  }

  @Test
  void aBigPortfolioKeepsNoLogs() throws Exception {
    PrintWriter quiet = new PrintWriter(new StringWriter());
    CachedStages cached = new CachedStages(quiet, out, CachedStages.PAGE_CACHE_LIMIT, logs - 1);
    assertFalse(new SiteBuilder(cached).build(new BuildOptions(p, out, false, TODAY)).hasErrors());
    assertEquals(0, cached.logsReused());
    assertFalse(Files.exists(BuildCache.folderOf(out).resolve("logs")));
    cachedBuildEqualsCold(TODAY);
    assertEquals(0, lastCached.logsReused());
  }

  @Test
  void aLogsFileCutShortOrDamagedIsIgnored() throws Exception {
    Path kept = BuildCache.folderOf(out).resolve("logs");
    byte[] whole = Files.readAllBytes(kept);
    Files.write(kept, java.util.Arrays.copyOf(whole, whole.length - 1));
    cachedBuildEqualsCold(TODAY);
    assertEquals(0, lastCached.logsReused(), "cut short");
    whole = Files.readAllBytes(kept);
    whole[whole.length / 2] ^= 1;
    Files.write(kept, whole);
    cachedBuildEqualsCold(TODAY);
    assertEquals(0, lastCached.logsReused(), "one bit changed");
  }

  @Test
  void aMetricEditRedrawsChartsAndStillMatches() throws Exception {
    edit("content/logs/2026-09-22-guitar.md", "changes: 22", "changes: 25");
    cachedBuildEqualsCold(TODAY);
  }

  @Test
  void aThemeSettingsOrDateChangeStillMatches() throws Exception {
    SiteFixture.write(p, "-- themes/mine/templates/_footer.ftlh --\n<footer>Mine</footer>\n");
    Files.writeString(p.resolve("content/site.yaml"), "title: Test portfolio\ntheme: mine\n");
    cachedBuildEqualsCold(TODAY);
    edit("themes/mine/templates/_footer.ftlh", "Mine", "Mine, edited");
    assertEquals(dataAndCharts(), cachedBuildEqualsCold(TODAY), "every page rendered again");
    Files.writeString(
        p.resolve("content/site.yaml"),
        "title: Test portfolio\nlocale: de-DE\nweek_start: sunday\n");
    cachedBuildEqualsCold(TODAY);
    cachedBuildEqualsCold(TODAY.plusDays(9));
  }

  @Test
  void aManifestCutShortIsIgnored() throws Exception {
    byte[] whole = Files.readAllBytes(manifest);
    Files.write(manifest, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertEquals(0, cachedBuildEqualsCold(TODAY));
  }

  @Test
  void aDamagedManifestIsIgnored() throws Exception {
    byte[] whole = Files.readAllBytes(manifest);
    whole[whole.length / 2] ^= 1;
    Files.write(manifest, whole);
    assertEquals(0, cachedBuildEqualsCold(TODAY));
    Files.write(manifest, new byte[0]);
    assertEquals(0, cachedBuildEqualsCold(TODAY));
  }

  @Test
  void aManifestOfAnotherCairnIsIgnored() throws Exception {
    String text = Files.readString(manifest);
    Files.writeString(manifest, text.replaceFirst("\t[^\n]*\n", "\t0.0.1\n"));
    assertEquals(0, cachedBuildEqualsCold(TODAY));
  }

  @Test
  void aSiteFileChangedByHandIsMadeAgain() throws Exception {
    Path page = out.resolve("index.html");
    Files.writeString(page, Files.readString(page).replace("<html", "<html data-x"));
    Path chart =
        SiteFixture.files(out).stream()
            .filter(f -> f.endsWith(".svg"))
            .map(out::resolve)
            .findFirst()
            .orElseThrow();
    Files.delete(chart);
    assertEquals(files - themeFiles() - 2, cachedBuildEqualsCold(TODAY));
  }

  /** The logs whose bodies the site shows: all but the fixture's one draft and one private log. */
  private int shown() {
    return logs - 2;
  }

  /** The theme's static files, copied on every build: the files neither pages, charts nor data. */
  private int themeFiles() throws Exception {
    return (int)
        SiteFixture.files(out).stream()
            .filter(f -> !f.endsWith(".html") && !f.endsWith(".xml"))
            .filter(f -> !isChart(f) && !f.startsWith("data/"))
            .count();
  }

  /** The goals' charts, and the share image of each year in review. */
  private static boolean isChart(String file) {
    return file.startsWith("charts/") || file.matches("reviews/\\d{4}/share\\.png");
  }

  /** Charts and data files keep their digests when only templates change. */
  private int dataAndCharts() throws Exception {
    return (int)
        SiteFixture.files(out).stream().filter(f -> isChart(f) || f.startsWith("data/")).count();
  }

  private void edit(String file, String from, String to) throws Exception {
    Path f = p.resolve(file);
    String text = Files.readString(f);
    assertTrue(text.contains(from), file + " lacks " + from);
    Files.writeString(f, text.replace(from, to));
  }

  /** Builds with the cache into {@code out} and cold elsewhere; returns how much was reused. */
  private int cachedBuildEqualsCold(LocalDate today) throws Exception {
    PrintWriter quiet = new PrintWriter(new StringWriter());
    CachedStages cached = new CachedStages(quiet, out);
    lastCached = cached;
    BuildResult result = new SiteBuilder(cached).build(new BuildOptions(p, out, false, today));
    assertFalse(result.hasErrors(), result.diagnostics().toString());
    Path cold = tmp.resolve("cold");
    assertFalse(new SiteBuilder(quiet).build(new BuildOptions(p, cold, false, today)).hasErrors());
    List<String> names = SiteFixture.files(cold);
    assertEquals(names, SiteFixture.files(out));
    for (String f : names) {
      assertArrayEquals(Files.readAllBytes(cold.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
    }
    return cached.reused();
  }
}
