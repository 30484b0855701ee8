package dev.cairn.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

  @Test
  void unitsWithBracesAndQuotesAreShownAsWritten() {
    String pattern = "{0} " + ChartStyle.literal("{7*7} o'clock");
    assertEquals("5 {7*7} o'clock", MessageFormat.format(pattern, 5));
  }
}
