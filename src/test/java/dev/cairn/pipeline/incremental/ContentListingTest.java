package dev.cairn.pipeline.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Log;
import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server names the paths that changed; when each is a content file the last load found (or
 * a file the walk would pass over), the folder is not walked again. A log created without being
 * named shows that: it appears only with the next walk.
 */
class ContentListingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 9, 28);
  static final String EDITED = "content/logs/2026-09-08-guitar.md";
  static final String UNNAMED = "content/logs/2026-09-27-guitar.md";

  @TempDir Path tmp;
  private Path p;
  private IncrementalStages stages;
  private long clock = 1_700_000_000_000L;

  @BeforeEach
  void loadOnce() {
    p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    stages = new IncrementalStages(new PrintWriter(new StringWriter()));
    assertFalse(stages.load(p, TODAY).hasErrors());
  }

  @Test
  void aLogNamedByTheChangesIsReadAgainWithoutAWalk() throws Exception {
    edit(EDITED, "G to C", "G to C, cleanly");
    addLog(UNNAMED);
    stages.expectChanges(Optional.of(Set.of(p.resolve(EDITED))));
    List<Log> logs = stages.load(p, TODAY).portfolio().logs();
    assertTrue(logs.stream().anyMatch(l -> l.win().orElse("").equals("G to C, cleanly")));
    assertFalse(paths(logs).contains(UNNAMED), "no walk, so the unnamed new log is not seen");

    assertTrue(
        paths(stages.load(p, TODAY).portfolio().logs()).contains(UNNAMED), "changes unknown");
  }

  @Test
  void theSiteOfALoadWithoutAWalkEqualsAFreshBuild() throws Exception {
    SiteBuilder incremental = new SiteBuilder(stages);
    build(incremental, tmp.resolve("inc"));
    edit(EDITED, "G to C", "G to C, cleanly");
    stages.expectChanges(Optional.of(Set.of(p.resolve(EDITED))));
    build(incremental, tmp.resolve("inc"));
    build(new SiteBuilder(new PrintWriter(new StringWriter())), tmp.resolve("fresh"));
    List<String> files = SiteFixture.files(tmp.resolve("fresh"));
    assertEquals(files, SiteFixture.files(tmp.resolve("inc")));
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("fresh").resolve(f)),
          Files.readAllBytes(tmp.resolve("inc").resolve(f)),
          f);
    }
  }

  @Test
  void editorScratchFilesAndThemesDoNotMakeItWalk() throws Exception {
    edit(EDITED, "G to C", "G to C, cleanly");
    Path backup = Files.writeString(p.resolve(EDITED + "~"), "old");
    Path swap = Files.writeString(p.resolve("content/logs/.2026-09-08-guitar.md.swp"), "x");
    Path probe = p.resolve("content/logs/4913"); // written and deleted by vim before a save
    Path theme = p.resolve("themes/mine/templates/log.ftlh");
    addLog(UNNAMED);
    stages.expectChanges(Optional.of(Set.of(p.resolve(EDITED), backup, swap, probe, theme)));
    List<Log> logs = stages.load(p, TODAY).portfolio().logs();
    assertFalse(paths(logs).contains(UNNAMED));
    assertTrue(logs.stream().anyMatch(l -> l.win().orElse("").equals("G to C, cleanly")));
  }

  @Test
  void aCreatedLogIsFoundByAWalk() throws Exception {
    addLog(UNNAMED);
    stages.expectChanges(Optional.of(Set.of(p.resolve(UNNAMED))));
    assertTrue(paths(stages.load(p, TODAY).portfolio().logs()).contains(UNNAMED));
  }

  @Test
  void aDeletedLogIsMissedByAWalk() throws Exception {
    Files.delete(p.resolve(EDITED));
    stages.expectChanges(Optional.of(Set.of(p.resolve(EDITED))));
    assertFalse(paths(stages.load(p, TODAY).portfolio().logs()).contains(EDITED));
  }

  @Test
  void aNewFolderOfLogsIsWalked() throws Exception {
    Path folder = Files.createDirectories(p.resolve("content/logs/2026"));
    addLog("content/logs/2026/2026-09-27-guitar.md");
    stages.expectChanges(Optional.of(Set.of(folder)));
    assertTrue(
        paths(stages.load(p, TODAY).portfolio().logs())
            .contains("content/logs/2026/2026-09-27-guitar.md"));
  }

  @Test
  void aRemovedFolderThatHeldLogsIsWalked() throws Exception {
    addLog("content/logs/2026/2026-09-27-guitar.md");
    assertTrue(
        paths(stages.load(p, TODAY).portfolio().logs())
            .contains("content/logs/2026/2026-09-27-guitar.md"));
    Files.delete(p.resolve("content/logs/2026/2026-09-27-guitar.md"));
    Files.delete(p.resolve("content/logs/2026"));
    stages.expectChanges(Optional.of(Set.of(p.resolve("content/logs/2026"))));
    assertFalse(
        paths(stages.load(p, TODAY).portfolio().logs())
            .contains("content/logs/2026/2026-09-27-guitar.md"));
  }

  @Test
  void aNewSettingsFileIsWalked() throws Exception {
    Files.delete(p.resolve("content/site.yaml"));
    assertTrue(stages.load(p, TODAY).portfolio().site().author().isEmpty());
    Files.writeString(p.resolve("content/site.yaml"), "title: T\nauthor: Ada\n");
    stages.expectChanges(Optional.of(Set.of(p.resolve("content/site.yaml"))));
    assertEquals(Optional.of("Ada"), stages.load(p, TODAY).portfolio().site().author());
  }

  private void build(SiteBuilder builder, Path out) throws Exception {
    assertFalse(builder.build(new BuildOptions(p, out, false, TODAY)).hasErrors());
  }

  private static List<String> paths(List<Log> logs) {
    return logs.stream().map(Log::sourcePath).toList();
  }

  private void addLog(String path) throws Exception {
    Path f = p.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "---\ngoal: guitar\nmetrics: { changes: 25 }\n---\n");
    touch(f);
  }

  private void edit(String file, String from, String to) throws Exception {
    Path f = p.resolve(file);
    Files.writeString(f, Files.readString(f).replace(from, to));
    touch(f);
  }

  // File times on some file systems are coarse; give every edit a distinct, later time.
  private void touch(Path f) throws Exception {
    clock += 10_000;
    Files.setLastModifiedTime(f, FileTime.from(Instant.ofEpochMilli(clock)));
  }
}
