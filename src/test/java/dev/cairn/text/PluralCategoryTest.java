package dev.cairn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PluralCategoryTest {

  static Stream<String> bundled() {
    return Messages.BUNDLED.stream();
  }

  /** ICU4J's CLDR rules are the reference: whole counts from 0 to 2,000 and a few millions. */
  @ParameterizedTest
  @MethodSource("bundled")
  void agreesWithCldrAsIcuHasIt(String language) {
    PluralRules icu = PluralRules.forLocale(ULocale.forLanguageTag(language));
    Locale locale = Locale.forLanguageTag(language);
    LongStream.concat(
            LongStream.rangeClosed(0, 2_000),
            LongStream.of(999_999, 1_000_000, 1_000_001, 1_500_000, 2_000_000, 7_000_000))
        .forEach(
            n ->
                assertEquals(
                    icu.select(n),
                    PluralCategory.of(locale, n).suffix(),
                    () -> language + " " + n));
  }

  @Test
  void handWorkedForms() {
    assertEquals(PluralCategory.ONE, PluralCategory.of(Locale.ENGLISH, 1));
    assertEquals(PluralCategory.OTHER, PluralCategory.of(Locale.ENGLISH, 0));
    assertEquals(PluralCategory.ONE, PluralCategory.of(Locale.FRENCH, 0)); // "0 entrée"
    assertEquals(PluralCategory.MANY, PluralCategory.of(Locale.FRENCH, 1_000_000));
    assertEquals(PluralCategory.OTHER, PluralCategory.of(Locale.forLanguageTag("es"), 0));
    assertEquals(PluralCategory.OTHER, PluralCategory.of(Locale.GERMAN, 2));
    assertEquals(PluralCategory.ONE, PluralCategory.of(Locale.forLanguageTag("sv"), 1));
  }
}
