package dev.cairn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void roundsForPeopleToOneDecimal() {
    Figures en = new Figures(Locale.forLanguageTag("en-GB"));
    assertEquals("35.5", en.number(35.5));
    assertEquals("47.9", en.number(47.91666));
    assertEquals("1,234", en.number(1234));
    assertEquals("0", en.number(-0.0));
  }

  @Test
  void followsTheLocale() {
    Figures de = new Figures(Locale.GERMANY);
    assertEquals("1.234,5", de.number(1234.5));
    assertEquals("20. November 2026", de.date(LocalDate.of(2026, 11, 20)));
    assertEquals(
        "20 November 2026",
        new Figures(Locale.forLanguageTag("en-GB")).date(LocalDate.of(2026, 11, 20)));
  }

  @Test
  void signsChanges() {
    Figures en = new Figures(Locale.ENGLISH);
    assertEquals("+48%", en.signedPercent(47.9));
    assertEquals("−3%", en.signedPercent(-3.2));
    assertEquals("0%", en.signedPercent(0.2));
    assertEquals("+11.5", en.signedNumber(11.5));
    assertEquals("−0.8", en.signedNumber(-0.83));
  }
}
