package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckJsonFormatTest {

  @TempDir Path tmp;

  @Test
  void reportsWarningsButOkForAValidPortfolioAndExitsZero() {
    Path p =
        SiteFixture.write(
            tmp.resolve("p"),
            SiteFixture.SMALL
                + """
        -- content/logs/2026-10-01-reading.md --
        ---
        goal: reading
        ---
        """);
    CairnCommandTest.Run r =
        CairnCommandTest.run(
            "check", "--source", p.toString(), "--today", "2026-09-28", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        """
        {"errors":[
          {"path":"content/logs/2026-10-01-reading.md","line":1,"column":1,"severity":"warning","message":"log dated \
        2026-10-01, after today (2026-09-28); check the date"}
        ],"ok":true}
        """,
        r.out().replace("\r\n", "\n"));
    assertEquals("", r.err());
  }

  @Test
  void printsEachErrorWithItsPositionAndExitsOne() {
    Path p =
        SiteFixture.write(
            tmp.resolve("p"),
            SiteFixture.SMALL
                + """
        -- content/logs/bad/c-metric.md --
        ---
        date: 2026-09-10
        goal: guitar
        metrics: { changes: lots }
        ---
        -- content/logs/bad/b-goal.md --
        ---
        date: 2026-09-10
        goal: violin
        ---
        """);
    CairnCommandTest.Run r =
        CairnCommandTest.run(
            "check", "--source", p.toString(), "--today", "2026-09-28", "--format", "JSON");
    assertEquals(1, r.exit(), r.out() + r.err());
    List<String> lines =
        r.out().lines().filter(l -> !l.contains("\"severity\":\"warning\"")).toList();
    assertEquals("{\"errors\":[", lines.get(0));
    assertTrue(
        lines
            .get(1)
            .startsWith(
                "  {\"path\":\"content/logs/bad/b-goal.md\",\"line\":3,\"column\":7,"
                    + "\"severity\":\"error\",\"message\":\""),
        lines.get(1));
    assertTrue(
        lines
            .get(2)
            .startsWith(
                "  {\"path\":\"content/logs/bad/c-metric.md\",\"line\":4,\"column\":21,"
                    + "\"severity\":\"error\",\"message\":\""),
        lines.get(2));
    assertEquals("],\"ok\":false}", lines.get(lines.size() - 1));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    assertEquals(
        2, CairnCommandTest.run("check", "--source", p.toString(), "--format", "xml").exit());
  }

  @Test
  void escapesMessagesAndCountsWarningsOnlyWhenStrict() {
    List<Diagnostic> diagnostics =
        List.of(
            Diagnostic.warning(
                new SourcePosition("content/b.md", 2, 3), "tab\there \"quoted\" back\\slash"),
            Diagnostic.hint(new SourcePosition("content/c.md", 1, 1), "unknown key"),
            Diagnostic.error(
                new SourcePosition("content/a.md", 9, 1), "line\nbreak \u0001 and 🪨"));
    StringWriter out = new StringWriter();
    assertEquals(1, DiagnosticJsonWriter.print(diagnostics, false, new PrintWriter(out)));
    assertEquals(
        """
        {"errors":[
          {"path":"content/a.md","line":9,"column":1,"severity":"error","message":"line\\nbreak \\u0001 and 🪨"},
          {"path":"content/b.md","line":2,"column":3,"severity":"warning","message":"tab\\there \\"quoted\\" back\\\\slash"}
        ],"ok":false}
        """,
        out.toString().replace("\r\n", "\n"));

    StringWriter strict = new StringWriter();
    assertEquals(3, DiagnosticJsonWriter.print(diagnostics, true, new PrintWriter(strict)));
    assertTrue(
        strict.toString().contains("\"severity\":\"hint\",\"message\":\"unknown key\""),
        strict.toString());

    StringWriter warningsOnly = new StringWriter();
    assertEquals(
        0,
        DiagnosticJsonWriter.print(
            diagnostics.subList(0, 1), false, new PrintWriter(warningsOnly)));
    assertTrue(warningsOnly.toString().endsWith("],\"ok\":true}\n"), warningsOnly.toString());
  }
}
