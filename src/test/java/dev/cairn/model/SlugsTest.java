package dev.cairn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs are file and folder names too: they must be safe on Windows and macOS (issue 14). */
class SlugsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "con       | log | con-log",
        "NUL       | log | nul-log",
        "Aux.      | goal | aux-goal",
        "com1      | log | com1-log",
        "LPT9      | log | lpt9-log",
        "console   | log | console",
        "com10     | log | com10",
        "con.txt   | log | con-txt",
        "trailing. | log | trailing",
      })
  void neverIsAReservedDeviceName(String text, String fallback, String slug) {
    assertEquals(slug, Slugs.of(text, fallback));
  }

  @ParameterizedTest
  @CsvSource({
    "'a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p'"
  })
  void isAtMostEightyCharactersAndEndsOnALetterOrDigit(String text) {
    String slug = Slugs.of(text + "-" + text, "log");
    assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
    assertTrue(Character.isLetterOrDigit(slug.charAt(slug.length() - 1)), slug);
    assertEquals(Slugs.of(slug, "log"), slug, "a slug is its own slug");
  }

  @ParameterizedTest
  @CsvSource({"Café, Cafe\u0301", "ÅNGSTRÖM, a\u030angstro\u0308m"})
  void namesThatDifferOnlyInCaseOrNormalisationShareOneSlug(String a, String b) {
    assertEquals(Slugs.of(a, "log"), Slugs.of(b, "log"));
  }
}
