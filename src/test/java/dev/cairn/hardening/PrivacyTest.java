package dev.cairn.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private goals, private logs and drafts reach no byte of the output: not their text, names, tags,
 * numbers, nor the weeks only they fill.
 */
class PrivacyTest {

  private static final String PORTFOLIO =
      """
      -- content/site.yaml --
      title: Open portfolio
      base_url: https://example.org/
      -- content/goals/guitar.md --
      ---
      title: Play guitar
      metrics:
        - id: changes
        - id: minutes
          kind: activity
      ---
      -- content/goals/hiddengoal.md --
      ---
      title: Xprivgoaltitle
      why: Xprivwhy
      private: true
      metrics:
        - id: xprivmetric
          label: Xprivlabel
      ---
      Xprivgoalstory
      -- content/logs/2026-11-02-guitar.md --
      ---
      goal: guitar
      win: Public win
      milestone: Public milestone
      metrics: { changes: 10, minutes: 20 }
      tags: [public]
      ---
      -- content/logs/2026-11-03-hiddengoal.md --
      ---
      goal: hiddengoal
      win: Xprivgoalwin
      milestone: Xprivgoalmilestone
      metrics: { xprivmetric: 777 }
      tags: [xprivgoaltag]
      ---
      -- content/logs/2026-10-05-xprivfilename.md --
      ---
      goal: guitar
      win: Xprivlogwin
      milestone: Xprivlogmilestone
      metrics: { changes: 991, minutes: 992 }
      tags: [xprivlogtag]
      private: true
      ---
      Xprivlognotes
      -- content/logs/2026-11-04-xdraftfilename.md --
      ---
      goal: guitar
      win: Xdraftwin
      milestone: Xdraftmilestone
      metrics: { changes: 993 }
      tags: [xdrafttag]
      draft: true
      ---
      Xdraftnotes
      """;

  @TempDir Path tmp;

  private Map<String, byte[]> build(boolean drafts) throws IOException {
    Path p = SiteFixture.write(tmp.resolve(drafts ? "with-drafts" : "plain"), PORTFOLIO);
    List<String> args =
        new java.util.ArrayList<>(
            List.of("build", "--source", p.toString(), "--today", "2026-11-28"));
    if (drafts) args.add("--drafts");
    BadInputCasesTest.Run run = BadInputCasesTest.build(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.output());
    return BadInputCasesTest.snapshot(p.resolve("site"));
  }

  private static void assertAbsent(Map<String, byte[]> site, List<String> secrets) {
    for (Map.Entry<String, byte[]> f : site.entrySet()) {
      String text =
          new String(f.getValue(), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
      String name = f.getKey().toLowerCase(java.util.Locale.ROOT);
      for (String secret : secrets) {
        String s = secret.toLowerCase(java.util.Locale.ROOT);
        assertFalse(
            text.contains(s) || name.contains(s), "«" + secret + "» leaks into " + f.getKey());
      }
    }
  }

  @Test
  void privateAndDraftContentLeavesNoTrace() throws IOException {
    Map<String, byte[]> site = build(false);
    assertAbsent(site, List.of("xpriv", "hiddengoal", "xdraft", "991", "992", "993", "777"));
    // 2026-10-05 is in week 2026-W41 and in October, filled only by the private log
    assertFalse(
        site.keySet().stream().anyMatch(f -> f.contains("2026-W41") || f.contains("2026-10")),
        site.keySet().toString());
    assertTrue(site.containsKey("goals/guitar/index.html"));
    // The public milestone is there, so the private ones were left out, not all milestones.
    for (String page :
        List.of(
            "capabilities/index.html", "reviews/2026-11/index.html", "reviews/2026/index.html")) {
      String text = new String(site.get(page), StandardCharsets.UTF_8);
      assertTrue(text.contains("Public milestone"), page);
    }
  }

  @Test
  void draftsShowWithTheFlagButPrivateContentStillDoesNot() throws IOException {
    Map<String, byte[]> site = build(true);
    assertAbsent(site, List.of("xpriv", "hiddengoal", "991", "992", "777"));
    assertTrue(
        new String(site.get("capabilities/index.html"), StandardCharsets.UTF_8)
            .contains("Xdraftmilestone"));
    assertTrue(
        site.containsKey("logs/2026-11-04-xdraftfilename/index.html"), site.keySet().toString());
  }
}
