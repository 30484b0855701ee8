package dev.cairn.content;

import static dev.cairn.content.PortfolioFixture.GUITAR;
import static dev.cairn.content.PortfolioFixture.formatted;
import static dev.cairn.content.PortfolioFixture.load;
import static dev.cairn.content.PortfolioFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class YamlLimitsTest {
  @TempDir Path dir;

  private LoadResult log(String text) {
    return load(write(dir, GUITAR + "-- content/logs/x.md --\n" + text));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void rejectsBillionLaughsQuickly() {
    LoadResult result =
        log(
            """
            ---
            goal: guitar
            date: 2026-11-20
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            ---
            """);
    assertEquals(
        List.of(
            "content/logs/x.md:6:11: YAML: more than 10 aliases to lists or mappings; write the"
                + " values out"),
        formatted(result));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void rejectsDeepNesting() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertEquals(
        List.of("content/logs/x.md:4:23: YAML: nested more than 20 levels deep"),
        formatted(log("---\ngoal: guitar\ndate: 2026-11-20\nx: " + deep + "\n---\n")));
  }

  @Test
  void rejectsRecursiveAliasInAnExtraKey() {
    assertEquals(
        List.of("content/logs/x.md:4:7: loop: a recursive alias is not allowed here"),
        formatted(log("---\ngoal: guitar\ndate: 2026-11-20\nloop: &x [1, *x]\n---\n")).stream()
            .filter(s -> !s.contains("warning"))
            .toList());
  }

  @Test
  void rejectsMergeKeys() {
    assertEquals(
        List.of(
            "content/logs/x.md:5:11: YAML merge keys (<<) are not supported; write the keys out"),
        formatted(
                log(
                    "---\n"
                        + "goal: guitar\n"
                        + "date: 2026-11-20\n"
                        + "base: &b {changes: 1}\n"
                        + "metrics: {<<: *b}\n"
                        + "---\n"))
            .stream()
            .filter(s -> !s.contains("warning"))
            .toList());
  }

  @Test
  void rejectsGlobalTags() {
    assertEquals(
        List.of("content/logs/x.md:4:4: YAML: type tags (!!name) are not allowed; remove the tag"),
        formatted(
            log(
                "---\n"
                    + "goal: guitar\n"
                    + "date: 2026-11-20\n"
                    + "x: !!javax.script.ScriptEngineManager [1]\n"
                    + "---\n")));
  }

  @Test
  void tabIndentationIsASyntaxErrorNotAStackTrace() {
    assertEquals(
        List.of(
            "content/logs/x.md:5:1: YAML syntax: a tab character here; indent with spaces, not"
                + " tabs"),
        formatted(log("---\ngoal: guitar\ndate: 2026-11-20\nmetrics:\n\tchanges: 3\n---\n")));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rejectsOversizedFrontMatter() {
    String filler = "# " + "x".repeat(1_100_000) + "\n";
    assertEquals(
        List.of("content/logs/x.md:1:1: YAML: front matter longer than 1000000 characters"),
        formatted(log("---\ngoal: guitar\ndate: 2026-11-20\n" + filler + "---\n")));
  }

  @Test
  void keysMustBePlainText() {
    assertEquals(
        List.of("content/logs/x.md:4:3: keys must be plain text, not a list"),
        formatted(log("---\ngoal: guitar\ndate: 2026-11-20\n? [a, b]\n: 1\n---\n")));
  }
}
