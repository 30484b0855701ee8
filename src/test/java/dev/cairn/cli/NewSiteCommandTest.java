package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Log;
import dev.cairn.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn new site}: a portfolio of one's own (issue 13). */
class NewSiteCommandTest {

  @TempDir Path tmp;

  @Test
  void writesAPortfolioThatBuildsAndShowsItsGoals() throws Exception {
    Path p = tmp.resolve("p");
    LocalDate today = LocalDate.now();
    CairnCommandTest.Run r =
        CairnCommandTest.run(
            "new",
            "site",
            p.toString(),
            "--title",
            "Ada's notebook",
            "--author",
            "Ada Lovelace",
            "--goal",
            "Learn Spanish",
            "--goal",
            "Run 5k");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            ".gitignore",
            "README.md",
            "content/goals/learn-spanish.md",
            "content/goals/run-5k.md",
            "content/logs/" + today.getYear() + "/" + today + "-learn-spanish.md",
            "content/site.yaml"),
        SiteFixture.files(p));
    assertTrue(r.out().contains("created content/site.yaml"), r.out());

    String siteYaml = Files.readString(p.resolve("content/site.yaml"));
    assertTrue(siteYaml.contains("\ntitle: \"Ada's notebook\"\n"), siteYaml);
    assertTrue(siteYaml.contains("\nauthor: Ada Lovelace\n"), siteYaml);
    assertEquals(
        NewCommand.goalTemplate("Learn Spanish", today),
        Files.readString(p.resolve("content/goals/learn-spanish.md")));
    assertEquals(
        "# Made by cairn build; rebuilt from content/ at any time\nsite/\n.site.prev/\n.site.cache/\n.site.lock\n",
        Files.readString(p.resolve(".gitignore")));
    String readme = Files.readString(p.resolve("README.md"));
    assertTrue(readme.startsWith("# Ada's notebook\n"), readme);
    for (String part :
        List.of("## Write", "## Preview", "## Publish", "cairn serve", "--base-url")) {
      assertTrue(readme.contains(part), part);
    }

    LoadResult loaded = new ContentLoader(today).load(p);
    assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
    assertEquals("Ada's notebook", loaded.portfolio().site().title());
    List<Log> logs = loaded.portfolio().logs();
    assertEquals(1, logs.size());
    assertEquals("learn-spanish", logs.get(0).goal());
    assertEquals(today, logs.get(0).date());

    CairnCommandTest.Run build = CairnCommandTest.run("build", "--source", p.toString());
    assertEquals(0, build.exit(), build.err());
    Document index = Jsoup.parse(p.resolve("site/index.html").toFile(), "UTF-8");
    String text = index.text();
    assertTrue(text.contains("Learn Spanish") && text.contains("Run 5k"), text);
  }

  @Test
  void withoutOptionsItStillMakesABuildablePortfolio() throws Exception {
    Path p = tmp.resolve("empty");
    CairnCommandTest.Run r = CairnCommandTest.run("new", "site", p.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(".gitignore", "README.md", "content/site.yaml"), SiteFixture.files(p));
    assertTrue(r.out().contains("cairn new goal"), r.out());
    assertEquals(0, CairnCommandTest.run("check", "--source", p.toString()).exit());
  }

  @Test
  void refusesAFolderThatHoldsAPortfolioAndWritesNothing() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    List<String> before = SiteFixture.files(p);
    CairnCommandTest.Run r =
        CairnCommandTest.run("new", "site", p.toString(), "--goal", "Learn Spanish");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("already holds a portfolio (content/)"), r.err());
    assertEquals("", r.out());
    assertEquals(before, SiteFixture.files(p));
  }

  @Test
  void refusesTwoGoalsThatWouldShareAFileAndWritesNothing() {
    Path p = tmp.resolve("p");
    CairnCommandTest.Run r =
        CairnCommandTest.run(
            "new", "site", p.toString(), "--goal", "Learn Spanish", "--goal", "learn spanish!");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("learn-spanish.md"), r.err());
    assertFalse(Files.exists(p));
  }

  @Test
  void githubPagesRefusesWhenCairnDoesNotRunFromAJar() {
    // Tests run Cairn from target/classes; the distribution's jar is covered by DistributionIT.
    Path p = tmp.resolve("p");
    CairnCommandTest.Run r = CairnCommandTest.run("new", "site", p.toString(), "--github-pages");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--github-pages"), r.err());
    assertFalse(Files.exists(p));
  }

  @Test
  void keepsAnExistingReadmeAndAddsToAnExistingGitignore() throws Exception {
    Path p = tmp.resolve("repo");
    Files.createDirectories(p);
    Files.writeString(p.resolve("README.md"), "mine\n");
    Files.writeString(p.resolve(".gitignore"), "*.bak\n/site/");
    CairnCommandTest.Run r = CairnCommandTest.run("new", "site", p.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("mine\n", Files.readString(p.resolve("README.md")));
    assertEquals(
        "*.bak\n/site/\n.site.prev/\n.site.cache/\n.site.lock\n",
        Files.readString(p.resolve(".gitignore")));
    assertTrue(r.out().contains("kept    README.md"), r.out());
  }
}
