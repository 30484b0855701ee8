package dev.cairn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cairn.render.data.JsonReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTextTest {

  private static String inline(String s) {
    StringBuilder out = new StringBuilder();
    JsonText.string(out, s);
    return out.toString();
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertEquals("\"say \\\"hi\\\" \\\\ now\"", inline("say \"hi\" \\ now"));
    assertEquals(
        "\"a\\nb\\rc\\td\\b\\f\\u0001\\u001f\\u007f\"", inline("a\nb\rc\td\b\f\u0001\u001f\u007f"));
  }

  @Test
  void escapesCharactersUnsafeInHtmlAndJavaScript() {
    assertEquals(
        "\"\\u003c/script\\u003e \\u0026 \\u2028\\u2029\"", inline("</script> & \u2028\u2029"));
  }

  @Test
  void keepsOtherUnicodeAndPairedSurrogatesButEscapesLoneOnes() {
    assertEquals("\"G–C é 🎸\"", inline("G–C é 🎸"));
    assertEquals("\"\\ud83c!\"", inline("\ud83c!"));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
    "22, 22",
    "-3, -3",
    "35.5, 35.5",
    "0.1, 0.1",
    "-0.0, 0",
    "1e20, 100000000000000000000",
    "1e21, 1E21",
    "1.5e-7, 1.5E-7",
    "0.001, 0.001",
    "47.91666666666667, 47.91666666666667",
  })
  void printsNumbersUnroundedWithoutTrailingPointZero(double value, String expected) {
    assertEquals(Optional.of(expected), UnroundedNumbers.format(value));
  }

  @Test
  void printsNullForNanAndInfinity() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", Double.NaN);
    m.put("b", Double.POSITIVE_INFINITY);
    m.put("c", Double.NEGATIVE_INFINITY);
    assertEquals("{\n  \"a\": null,\n  \"b\": null,\n  \"c\": null\n}\n", JsonText.encode(m));
  }

  @Test
  void prettyPrintsWithTwoSpacesAndKeepsKeyOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", List.of(1, 2.5));
    m.put("a", Map.of());
    m.put("d", LocalDate.of(2026, 1, 2));
    m.put("e", List.of());
    m.put("t", true);
    assertEquals(
        """
        {
          "z": [
            1,
            2.5
          ],
          "a": {},
          "d": "2026-01-02",
          "e": [],
          "t": true
        }
        """,
        JsonText.encode(m));
  }

  static LongStream seeds() {
    return LongStream.range(1, 101);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomStringsReadBackUnchanged(long seed) {
    Random random = new Random(seed);
    char[] chars = new char[random.nextInt(40)];
    String alphabet = "\"\\/<>&'\n\r\t\b\f\u0000\u001f\u2028\u2029aé–🎸";
    for (int i = 0; i < chars.length; i++) {
      chars[i] =
          random.nextInt(4) == 0
              ? (char) random.nextInt(0x80)
              : alphabet.charAt(random.nextInt(alphabet.length()));
    }
    String s = new String(chars);
    String json = JsonText.encode(Map.of("s", s));
    assertEquals(s, ((Map<?, ?>) JsonReader.parse(json)).get("s"), Arrays.toString(chars));
    assertFalse(json.matches("(?s).*[<>&\u2028\u2029].*"), json);
  }
}
