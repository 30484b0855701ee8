package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the front-matter splitter. Without {@code JAZZER_FUZZ} only the seed corpus in {@code
 * FrontMatterSplitterFuzzTestInputs/splitsAnyText/} runs; see docs/security.md.
 */
class FrontMatterSplitterFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void splitsAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
    boolean opensWithFence = text.startsWith("---");
    if (split instanceof FrontMatterSplitter.Present p) {
      assertTrue(opensWithFence, "front matter found in a file not starting with ---");
      assertEquals(2, p.yamlLine());
      assertTrue(text.endsWith(p.body()), "the body is the end of the file");
      int yamlAt = afterFirstLine(text);
      assertTrue(text.startsWith(p.yaml(), yamlAt), "the YAML starts on line 2");
      String between =
          text.substring(yamlAt + p.yaml().length(), text.length() - p.body().length());
      assertEquals("---", between.strip(), "only a fence lies between YAML and body");
    } else if (split instanceof FrontMatterSplitter.Unclosed) {
      assertTrue(opensWithFence, "unclosed front matter in a file not starting with ---");
    }
  }

  private static int afterFirstLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') return i + 1;
      if (c == '\r') return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    }
    return text.length();
  }
}
