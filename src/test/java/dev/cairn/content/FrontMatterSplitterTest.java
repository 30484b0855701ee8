package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.cairn.content.FrontMatterSplitter.Absent;
import dev.cairn.content.FrontMatterSplitter.Present;
import dev.cairn.content.FrontMatterSplitter.Unclosed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterSplitterTest {

  private static Present present(String text) {
    return assertInstanceOf(Present.class, FrontMatterSplitter.split(text));
  }

  @Test
  void splitsYamlFromBody() {
    Present p = present("---\ntitle: x\n---\nBody\n");
    assertEquals("title: x\n", p.yaml());
    assertEquals(2, p.yamlLine());
    assertEquals("Body\n", p.body());
  }

  @Test
  void keepsCrlfInsideYamlAndBody() {
    Present p = present("---\r\ntitle: x\r\nwin: y\r\n---\r\nBody\r\nmore\r\n");
    assertEquals("title: x\r\nwin: y\r\n", p.yaml());
    assertEquals("Body\r\nmore\r\n", p.body());
  }

  @Test
  void acceptsMixedLineEndingsIncludingLoneCarriageReturn() {
    Present p = present("---\r\na: 1\rb: 2\n---\rBody");
    assertEquals("a: 1\rb: 2\n", p.yaml());
    assertEquals("Body", p.body());
  }

  @Test
  void toleratesTrailingBlanksOnFenceLines() {
    Present p = present("--- \t\na: 1\n---  \nBody");
    assertEquals("a: 1\n", p.yaml());
    assertEquals("Body", p.body());
  }

  @Test
  void closingFenceMustStandAlone() {
    Present p = present("---\na: |\n  ----\n  --- x\n   ---\n---\nBody\n---\nnot yaml\n");
    assertEquals("a: |\n  ----\n  --- x\n   ---\n", p.yaml());
    assertEquals("Body\n---\nnot yaml\n", p.body());
  }

  @Test
  void fenceLinesInsideTheBodyStayInTheBody() {
    Present p = present("---\na: 1\n---\nText\n\n---\n\nA rule above.\n");
    assertEquals("Text\n\n---\n\nA rule above.\n", p.body());
  }

  @Test
  void closingFenceAtEndOfFileGivesEmptyBody() {
    Present p = present("---\na: 1\n---");
    assertEquals("a: 1\n", p.yaml());
    assertEquals("", p.body());
  }

  @Test
  void emptyFrontMatterIsPresent() {
    Present p = present("---\n---\nBody");
    assertEquals("", p.yaml());
    assertEquals("Body", p.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"---\na: 1\n", "---\na: 1\n----\n", "---\na: 1\n--- x\n", "---", "---\n"})
  void rejectsUnclosedFrontMatter(String text) {
    assertInstanceOf(Unclosed.class, FrontMatterSplitter.split(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Just text\n",
        "----\na: 1\n----\n",
        "\n---\na: 1\n---\n",
        " ---\na: 1\n---\n",
        "--- x\n---\n"
      })
  void findsNoFrontMatterUnlessLineOneIsAFence(String text) {
    assertInstanceOf(Absent.class, FrontMatterSplitter.split(text));
  }
}
