package dev.cairn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Log;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IndexPageTest {

  /**
   * Ten wins and a later log without one; by hand, newest first and those of one date in portfolio
   * order: 09-12 w2 w4 w8, 09-11 w10, 09-09 w6, 09-07 w7, 09-05 w3, 09-03 w5 (then w9, w1 fall
   * off).
   */
  @Test
  void theEightNewestWinsInStableOrder() {
    List<Log> logs =
        List.of(
            log("w1", "2026-09-01", true),
            log("w2", "2026-09-12", true),
            log("w3", "2026-09-05", true),
            log("w4", "2026-09-12", true),
            log("n1", "2026-09-30", false),
            log("w5", "2026-09-03", true),
            log("w6", "2026-09-09", true),
            log("w7", "2026-09-07", true),
            log("w8", "2026-09-12", true),
            log("w9", "2026-09-02", true),
            log("w10", "2026-09-11", true));
    assertEquals(
        List.of("w2", "w4", "w8", "w10", "w6", "w7", "w3", "w5"),
        IndexPage.latestWins(logs).stream().map(Log::slug).toList());
  }

  @Test
  void fewerWinsThanPlacesAreAllShown() {
    List<Log> logs = List.of(log("w1", "2026-09-01", true), log("w2", "2026-09-02", true));
    assertEquals(List.of("w2", "w1"), IndexPage.latestWins(logs).stream().map(Log::slug).toList());
    assertEquals(List.of(), IndexPage.latestWins(List.of(log("n1", "2026-09-01", false))));
  }

  private static Log log(String slug, String date, boolean win) {
    return new Log(
        "content/logs/" + slug + ".md",
        slug,
        LocalDate.parse(date),
        "guitar",
        win ? Optional.of("a win") : Optional.empty(),
        Optional.empty(),
        Map.of(),
        OptionalInt.empty(),
        false,
        List.of(),
        false,
        false,
        "",
        Map.of());
  }
}
