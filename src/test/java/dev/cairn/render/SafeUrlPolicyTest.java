package dev.cairn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeUrlPolicyTest {

  private final SafeUrlPolicy policy = new SafeUrlPolicy();

  @ParameterizedTest
  @CsvSource({
    "https://example.org, true",
    "HTTP://EXAMPLE.ORG, true",
    "mailto:me@example.org, true",
    "../goals/guitar/index.html, true",
    "#section, true",
    "?q=1, true",
    "notes/a:b, true",
    "javascript:alert(1), false",
    "' javascript:alert(1)', false",
    "'java\tscript:alert(1)', false",
    "'data:text/html;base64,AAAA', false",
    "vbscript:x, false",
    "file:///etc/passwd, false",
    "ftp://example.org, false",
  })
  void allowsOnlyHttpMailtoAndRelative(String url, boolean safe) {
    assertEquals(safe, policy.isSafe(url), url);
  }
}
