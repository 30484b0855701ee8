package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

  @TempDir Path dir;

  private Path jar() throws Exception {
    return Files.write(dir.resolve("cairn.jar"), new byte[] {1, 2, 3});
  }

  private static String option(List<String> options, String prefix) {
    return options.stream().filter(o -> o.startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void theFirstRunWritesTheArchiveWhichIsKeptOnlyAfterACleanExit() throws Exception {
    Path cache = dir.resolve("cache");
    ClassArchive first = ClassArchive.of(jar().toString(), Optional.of(cache)).orElseThrow();
    String dump = option(first.options(), "-XX:ArchiveClassesAtExit=");
    Path pending = Path.of(dump.substring(dump.indexOf('=') + 1));
    assertTrue(first.options().contains("-Xlog:cds=off"), "warnings stay off the user's screen");

    Files.write(pending, new byte[] {9});
    first.settle(1);
    assertFalse(Files.exists(pending), "a failed run's archive is dropped");
    assertTrue(option(first.options(), "-XX:ArchiveClassesAtExit=").startsWith("-XX"));

    Files.writeString(cache.resolve("cairn-0000000000000000.jsa"), "an older jar's");
    Files.write(pending, new byte[] {9});
    first.settle(0);
    assertFalse(Files.exists(pending));
    String use = option(first.options(), "-XX:SharedArchiveFile=");
    Path archive = Path.of(use.substring(use.indexOf('=') + 1));
    assertTrue(Files.isRegularFile(archive));
    assertEquals(
        List.of(archive.getFileName().toString()),
        Files.list(cache).map(p -> p.getFileName().toString()).toList(),
        "archives of other jars are removed");
  }

  @Test
  void aChangedJarGetsAnotherArchive() throws Exception {
    Path jar = jar();
    Path cache = dir.resolve("cache");
    String before =
        ClassArchive.of(jar.toString(), Optional.of(cache)).orElseThrow().options().get(0);
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
    String after =
        ClassArchive.of(jar.toString(), Optional.of(cache)).orElseThrow().options().get(0);
    assertNotEquals(before, after);
  }

  @Test
  void noArchiveWithoutAJarOrACacheFolder() throws Exception {
    assertTrue(ClassArchive.of(dir.toString(), Optional.of(dir)).isEmpty());
    assertTrue(ClassArchive.of(jar().toString(), Optional.empty()).isEmpty());
    Path blocked = Files.writeString(dir.resolve("file"), "not a folder");
    ClassArchive archive =
        ClassArchive.of(jar().toString(), Optional.of(blocked.resolve("c"))).orElseThrow();
    assertEquals(List.of(), archive.options(), "an unusable cache folder means no archive");
  }

  @Test
  void onlyBatchCommandsOfAJarUseAnArchive() {
    // The tests run from classes, not a jar: the child gets no archive, and serve never does.
    TunedJvm.Child build = TunedJvm.child(new String[] {"build"}, Optional.of(dir)).orElseThrow();
    assertTrue(build.archive().isEmpty());
    assertTrue(build.command().containsAll(TunedJvm.OPTIONS));
    assertTrue(TunedJvm.child(new String[] {"new", "log"}, Optional.of(dir)).isEmpty());
    assertTrue(ClassArchive.cacheDir().isPresent());
  }
}
