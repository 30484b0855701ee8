package dev.cairn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlScalarsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Meditate",
        "Play guitar",
        "yes",
        "No",
        "null",
        "~",
        "Read, slowly",
        "a: b",
        "- dash",
        "#hash",
        "=HYPERLINK(\"http://x\")",
        "back\\slash",
        "line one\nline two",
        "tab\there",
        "trailing ",
        " leading",
        "two  spaces",
        "123",
        "1e3",
        "2025-03-12",
        "Café ☕ 🎸",
        "\u2028separator",
        "bell\u0007",
        "",
      })
  void roundTripsThroughTheLoader(String text) {
    String yaml = "title: " + YamlScalars.string(text) + "\n";
    Map<String, Object> read = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    assertEquals(text, String.valueOf(read.get("title")), yaml);
  }
}
