package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathDecoderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      /                          | ''                  | true
      /index.html                | index.html          | false
      /goals/guitar              | goals/guitar        | false
      /goals/guitar/             | goals/guitar        | true
      /tags/caf%C3%A9/           | tags/café           | true
      /a+b%20c.txt               | a+b c.txt           | false
      /logs/2026-09-08-guitar/   | logs/2026-09-08-guitar | true
      """)
  void decodesOrdinaryPathsOnce(String raw, String relative, boolean trailingSlash) {
    RequestPathDecoder.RequestPath path = RequestPathDecoder.decode(raw).orElseThrow();
    assertEquals(relative, path.relative());
    assertEquals(trailingSlash, path.trailingSlash());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "index.html",
        "/..",
        "/../pom.xml",
        "/a/../b",
        "/./a",
        "/%2e%2e/",
        "/%2E%2e/x",
        "/%2e/x",
        "/..%2fcontent/site.yaml",
        "/a%2fb",
        "/a%2Fb",
        "/a%5cb",
        "/a\\b",
        "//etc/passwd",
        "/a//b",
        "/a%00b",
        "/a%0ab",
        "/C:/Windows",
        "/c%3a/x",
        "/%",
        "/%2",
        "/%zz",
        "/%c0%ae%c0%ae/",
        "/%ff",
        "/a%7f",
      })
  void refusesWhatCouldLeaveTheSite(String raw) {
    assertTrue(RequestPathDecoder.decode(raw).isEmpty(), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%252e%252e/x"})
  void decodesOnlyOnce(String raw) {
    assertEquals(List.of("%2e%2e", "x"), RequestPathDecoder.decode(raw).orElseThrow().segments());
  }

  @ParameterizedTest
  @ValueSource(ints = {RequestPathDecoder.MAX_LENGTH + 1})
  void refusesOverlongPaths(int length) {
    assertTrue(RequestPathDecoder.decode("/" + "a".repeat(length - 1)).isEmpty());
  }
}
