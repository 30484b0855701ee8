package dev.cairn.pipeline.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Equal values digest alike and unequal ones differ, however often an instance is shared. */
class ValueDigestTest {

  record Entry(String name, LocalDate date, Optional<Double> value) {}

  record Page(String title, List<Entry> entries, Map<String, Integer> counts) {}

  private static List<Entry> entries(int n, String last) {
    List<Entry> list = new ArrayList<>();
    IntStream.range(0, n - 1)
        .forEach(
            i ->
                list.add(
                    new Entry(
                        "e" + i, LocalDate.of(2026, 1, 1).plusDays(i), Optional.of(i * 1.5))));
    list.add(new Entry(last, LocalDate.of(2026, 12, 1), Optional.empty()));
    return List.copyOf(list);
  }

  @Test
  void equalValuesOfOtherInstancesDigestAlike() {
    Supplier<Page> page = () -> new Page("Log", entries(20, "last"), Map.of("a", 1, "b", 2));
    assertEquals(
        new ValueDigest().of(List.of(page.get())), new ValueDigest().of(List.of(page.get())));
    ValueDigest one = new ValueDigest();
    assertEquals(one.of(List.of(page.get())), one.of(List.of(page.get())), "one digest, twice");
  }

  @Test
  void aChangeDeepInASharedListChangesEveryDigestThatShowsIt() {
    ValueDigest digest = new ValueDigest();
    List<Entry> shared = entries(1000, "last");
    List<Entry> changed = entries(1000, "last, edited");
    String a = digest.of(List.of(new Page("p1", shared, Map.of())));
    String b = digest.of(List.of(new Page("p2", shared, Map.of())));
    assertNotEquals(a, b, "the title differs");
    assertNotEquals(a, digest.of(List.of(new Page("p1", changed, Map.of()))));
    assertEquals(a, new ValueDigest().of(List.of(new Page("p1", entries(1000, "last"), Map.of()))));
  }

  @Test
  void shortAndLongListsNeverDigestAlike() {
    ValueDigest digest = new ValueDigest();
    assertNotEquals(digest.of(List.of(entries(7, "x"))), digest.of(List.of(entries(8, "x"))));
    assertNotEquals(
        digest.of(List.of(List.of("a", "b"))), digest.of(List.of(List.of("ab"))), "lengths kept");
  }

  @Test
  void mapsAndSetsWithoutAnOrderDigestByContentAlone() {
    ValueDigest digest = new ValueDigest();
    Map<String, Integer> one = new java.util.HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
    Map<String, Integer> other = new java.util.TreeMap<>(one);
    assertEquals(
        digest.of(List.of(Map.copyOf(one))), digest.of(List.of(new java.util.HashMap<>(other))));
    assertNotEquals(digest.of(List.of(Map.of("a", 1))), digest.of(List.of(Map.of("a", 2))));
    assertEquals(
        digest.of(List.of(new java.util.HashSet<>(List.of("x", "y", "z")))),
        digest.of(List.of(Set.of("z", "y", "x"))));
  }

  @Test
  void aValueItCannotSeeIsRefused() {
    Runnable hidden = () -> {};
    assertThrows(
        ValueDigest.Unhashable.class, () -> new ValueDigest().of(List.of(List.of(hidden))));
  }
}
