package dev.cairn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole small portfolio written inline, in sections headed {@code -- path --} (read by {@link
 * FixtureParser}), as Hugo's integration tests do:
 *
 * <pre>
 * -- content/goals/guitar.md --
 * ---
 * title: Guitar
 * ...
 * </pre>
 */
public final class SiteFixture {

  private SiteFixture() {}

  /** Writes each section's file under {@code root}, replacing any file already there. */
  public static Path write(Path root, String sections) {
    for (FixtureParser.Section section : FixtureParser.parse(sections)) {
      writeFile(root, section.path(), section.bytes());
    }
    return root;
  }

  private static void writeFile(Path root, String path, byte[] content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under a folder, as '/'-separated relative paths, sorted. */
  public static List<String> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<String> out = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small, complete portfolio used by several end-to-end tests. */
  public static final String SMALL =
      """
      -- content/site.yaml --
      title: Test portfolio
      author: Ada
      locale: en-GB
      -- content/goals/guitar.md --
      ---
      title: Play guitar
      why: Campfire songs
      capability: In six months I can play ten songs at 90 bpm
      started: 2026-09-01
      first_step: Two minutes of one chord change
      metrics:
        - id: changes
          label: Clean chord changes per minute
          unit: per min
          target: 60
        - id: minutes
          label: Practice minutes
          kind: activity
          unit: min
      challenge:
        levels: [open chords, barre chords, songs]
      ---
      The **story** of the guitar.
      -- content/goals/reading.md --
      ---
      title: Read more
      metrics:
        - id: pages
          kind: activity
      ---
      -- content/logs/2026-09-01-guitar.md --
      ---
      goal: guitar
      win: First G chord
      metrics: { changes: 10, minutes: 15 }
      challenge: 1
      tags: [start]
      ---
      Notes with a [link](https://example.org) and <b>raw html</b>.
      -- content/logs/2026-09-08-guitar.md --
      ---
      goal: guitar
      win: G to C
      metrics: { changes: 14, minutes: 20 }
      challenge: open chords
      ---
      -- content/logs/2026-09-15-guitar.md --
      ---
      goal: guitar
      metrics: { changes: 18, minutes: 5 }
      min_step: true
      ---
      Tired. It counts.
      -- content/logs/2026-09-22-guitar.md --
      ---
      goal: guitar
      win: First barre chord
      metrics: { changes: 22, minutes: 30 }
      challenge: barre chords
      tags: [start, recording]
      ---
      -- content/logs/2026-09-23-reading.md --
      ---
      goal: reading
      metrics: { pages: 30 }
      ---
      -- content/logs/sub/2026-09-24-guitar.md --
      ---
      goal: guitar
      win: SECRET-PRIVATE-LOG
      metrics: { changes: 99 }
      private: true
      ---
      SECRET-PRIVATE-BODY
      -- content/logs/2026-09-25-guitar.md --
      ---
      goal: guitar
      win: SECRET-DRAFT-LOG
      metrics: { changes: 98 }
      draft: true
      ---
      """;
}
