package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.cairn.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Atom feed's id never follows the title (issue 13; RFC 4287 4.2.6). */
class FeedIdTest {

  @TempDir Path tmp;

  private String feedId(String name, String title, String... buildArgs) throws Exception {
    Path p =
        SiteFixture.write(tmp.resolve(name), SiteFixture.SMALL.replace("Test portfolio", title));
    String[] args = new String[4 + buildArgs.length];
    args[0] = "build";
    args[1] = "--source";
    args[2] = p.toString();
    args[3] = "--today=2026-09-28";
    System.arraycopy(buildArgs, 0, args, 4, buildArgs.length);
    CairnCommandTest.Run r = CairnCommandTest.run(args);
    assertEquals(0, r.exit(), r.err());
    return Jsoup.parse(Files.readString(p.resolve("site/feed.xml")), "", Parser.xmlParser())
        .selectFirst("feed > id")
        .text();
  }

  @Test
  void renamingThePortfolioKeepsTheFeedId() throws Exception {
    String before = feedId("a", "Mara's practice notebook", "--base-url", "https://ex.org/m/");
    String after = feedId("b", "Mara's notebook, renamed", "--base-url", "https://ex.org/m/");
    assertEquals(before, after);
    assertEquals("tag:ex.org,2026:cairn:/m/", before);
  }

  @Test
  void withoutABaseUrlTheIdIsStillFixed() throws Exception {
    assertEquals("urn:cairn:portfolio", feedId("a", "One title"));
    assertEquals("urn:cairn:portfolio", feedId("b", "Another title"));
  }

  @Test
  void twoPortfoliosOnOneHostHaveDifferentIds() throws Exception {
    String spanish = feedId("a", "T", "--base-url", "https://USER.github.io/spanish");
    assertEquals("tag:user.github.io,2026:cairn:/spanish/", spanish);
    assertNotEquals(spanish, feedId("b", "T", "--base-url", "https://user.github.io/guitar/"));
  }
}
