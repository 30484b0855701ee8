package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalarParserTest {

  @ParameterizedTest
  @CsvSource({
    "12, 12",
    "-3, -3",
    "4.5, 4.5",
    "1e3, 1000",
    "+2.25, 2.25",
    "0, 0",
    "-0, 0",
    "0.5, 0.5",
    "2E-2, 0.02"
  })
  void acceptsPlainDecimals(String text, double expected) {
    ScalarParser.Parsed<Double> parsed = ScalarParser.number(text, true);
    assertTrue(parsed.isOk(), parsed.problem());
    assertEquals(expected, parsed.value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "012    | '012' has a leading zero (YAML 1.1 reads such numbers as octal); write 12",
        "1:30   | '1:30' is not a decimal number (YAML 1.1 reads it in base 60, as 90); write one"
            + " decimal number, such as 90 or 1.5",
        "0x1F   | '0x1F' is not a decimal number; write it in decimal: 31",
        "0o17   | '0o17' is not a decimal number; write it in decimal: 15",
        "1_000  | '1_000' has digit separators; write 1000",
        ".nan   | '.nan' is not a finite number; write a decimal number such as 12 or 4.5",
        ".inf   | '.inf' is not a finite number; write a decimal number such as 12 or 4.5",
        "-.inf  | '-.inf' is not a finite number; write a decimal number such as 12 or 4.5",
        "4,5    | '4,5' is not a number; use a point for decimals: 4.5",
        ".5     | '.5' is not a plain decimal number; write 0.5",
        "many   | 'many' is not a number; write a decimal number such as 12 or 4.5",
        "1e999  | '1e999' is too large",
      })
  void rejectsOtherNumberFormsWithAFix(String text, String problem) {
    assertEquals(problem, ScalarParser.number(text, true).problem());
  }

  @Test
  void quotedNumberIsTextNotANumber() {
    assertEquals(
        "'12' is quoted text, not a number; remove the quotes",
        ScalarParser.number("12", false).problem());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {"2 | 2", "2.0 | 2", "1e1 | 10"})
  void wholeNumbersAcceptIntegralValues(String text, int expected) {
    assertEquals(expected, ScalarParser.wholeNumber(text, true, 1).value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2.5 | '2.5' is not a whole number",
        "0   | '0' is too small; write a whole number of at least 1",
        "99999999999 | '99999999999' is too large",
        "1e-99999999999 | '1e-99999999999' is not a whole number",
      })
  void wholeNumbersRejectFractionsAndRange(String text, String problem) {
    assertEquals(problem, ScalarParser.wholeNumber(text, true, 1).problem());
  }

  @Test
  void booleansAreOnlyTrueAndFalse() {
    assertEquals(true, ScalarParser.bool("true", true).value());
    assertEquals(false, ScalarParser.bool("false", true).value());
    for (String word : new String[] {"yes", "no", "on", "off", "1", "0", "True", "y"}) {
      assertEquals(
          "'" + word + "' is not a boolean; use true or false",
          ScalarParser.bool(word, true).problem());
    }
    assertEquals(
        "'true' is quoted text; write true without quotes",
        ScalarParser.bool("true", false).problem());
  }

  @Test
  void datesAreStrictCalendarDates() {
    assertEquals(LocalDate.of(2024, 2, 29), ScalarParser.date("2024-02-29").value());
    assertEquals("'2026-02-30' is not a calendar date", ScalarParser.date("2026-02-30").problem());
    assertEquals("'2026-02-29' is not a calendar date", ScalarParser.date("2026-02-29").problem());
    assertEquals("'2026-13-01' is not a calendar date", ScalarParser.date("2026-13-01").problem());
    assertEquals(
        "'0000-01-01' is out of range; write a date from 1900-01-01 to 2999-12-31",
        ScalarParser.date("0000-01-01").problem());
    assertEquals(
        "'1899-12-31' is out of range; write a date from 1900-01-01 to 2999-12-31",
        ScalarParser.date("1899-12-31").problem());
    assertEquals(LocalDate.of(1900, 1, 1), ScalarParser.date("1900-01-01").value());
    assertEquals(LocalDate.of(2999, 12, 31), ScalarParser.date("2999-12-31").value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2026-11-20T10:00:00Z      | '2026-11-20T10:00:00Z' has a time; write the date only, as"
            + " YYYY-MM-DD",
        "2026-11-20 10:00:00 +01:00 | '2026-11-20 10:00:00 +01:00' has a time; write the date only,"
            + " as YYYY-MM-DD",
        "2026-1-5                  | '2026-1-5' is not written YYYY-MM-DD; write 2026-01-05",
        "20.11.2026                | '20.11.2026' is not a date; write YYYY-MM-DD",
      })
  void rejectsTimestampsAndOtherDateForms(String text, String problem) {
    assertEquals(problem, ScalarParser.date(text).problem());
  }

  @Test
  void looksWholeOnlyForSignedDigits() {
    assertTrue(ScalarParser.looksWhole("3"));
    assertFalse(ScalarParser.looksWhole("3.0"));
    assertFalse(ScalarParser.looksWhole("three"));
  }
}
