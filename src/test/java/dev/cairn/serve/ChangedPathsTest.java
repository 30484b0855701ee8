package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangedPathsTest {

  @Test
  void gathersPathsUntilTakenAndStartsAfresh() {
    ChangedPaths changed = new ChangedPaths(false);
    changed.add(Path.of("a.md"));
    changed.add(Optional.of(Set.of(Path.of("b.md"))));
    assertEquals(Optional.of(Set.of(Path.of("a.md"), Path.of("b.md"))), changed.take());
    assertEquals(Optional.of(Set.of()), changed.take());
  }

  @Test
  void oneReportWithoutPathsMakesTheWholeRoundUnknown() {
    ChangedPaths changed = new ChangedPaths(false);
    changed.add(Path.of("a.md"));
    changed.add(Optional.empty());
    changed.add(Path.of("b.md"));
    assertEquals(Optional.empty(), changed.take());
    changed.add(Path.of("c.md"));
    assertEquals(Optional.of(Set.of(Path.of("c.md"))), changed.take());
  }

  @Test
  void unknownUntilTheFirstTakeWhenSoStarted() {
    ChangedPaths changed = new ChangedPaths(true);
    changed.add(Path.of("a.md"));
    assertEquals(Optional.empty(), changed.take());
    changed.markUnknown();
    assertEquals(Optional.empty(), changed.take());
  }
}
