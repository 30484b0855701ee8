package dev.cairn.content;

import static dev.cairn.content.PortfolioFixture.formatted;
import static dev.cairn.content.PortfolioFixture.load;
import static dev.cairn.content.PortfolioFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.SiteConfig;
import dev.cairn.model.WeekStart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigTest {
  @TempDir Path dir;

  private LoadResult site(String yaml) {
    return load(write(dir, "-- content/site.yaml --\n" + yaml));
  }

  @Test
  void readsEverySetting() throws Exception {
    Files.createDirectories(dir.resolve("themes/paper"));
    LoadResult result =
        site(
            """
            title: Mara's notebook
            author: Mara
            base_url: https://example.org/mara/
            theme: paper
            locale: de-DE
            week_start: sunday
            window_weeks: 3
            stretch_weeks: 6
            unsafe_html: true
            """);
    assertEquals(List.of(), formatted(result));
    assertEquals(
        new SiteConfig(
            "Mara's notebook",
            Optional.of("Mara"),
            Optional.of("https://example.org/mara/"),
            Optional.of("paper"),
            Locale.GERMANY,
            WeekStart.SUNDAY,
            3,
            6,
            true),
        result.portfolio().site());
  }

  @Test
  void weekStartDefaultsToTheLocalesFirstDay() {
    for (String monday : List.of("de-DE", "fr-FR", "es-ES", "sv-SE", "en-GB", "de", "en")) {
      assertEquals(
          WeekStart.MONDAY,
          site("locale: " + monday + "\n").portfolio().site().weekStart(),
          monday);
    }
    assertEquals(WeekStart.SUNDAY, site("locale: en-US\n").portfolio().site().weekStart());
    assertEquals(
        WeekStart.MONDAY,
        site("locale: en-US\nweek_start: monday\n").portfolio().site().weekStart(),
        "a week_start that is set wins");
  }

  @Test
  void emptyOrMissingSiteYamlGivesDefaults() {
    assertEquals(SiteConfig.defaults(), site("# nothing set\n").portfolio().site());
  }

  @Test
  void builtInDefaultThemeNeedsNoFolder() {
    LoadResult result = site("theme: default\n");
    assertEquals(List.of(), formatted(result));
    assertEquals(Optional.empty(), result.portfolio().site().theme());
  }

  @Test
  void reportsEachBadSettingAndKeepsItsDefault() {
    LoadResult result =
        site(
            """
            base_url: example.org
            theme: paper
            locale: en_GB
            week_start: saturday
            window_weeks: 0
            stretch_weeks: 2.5
            unsafe_html: yes
            colour: blue
            """);
    assertEquals(
        List.of(
            "content/site.yaml:1:11: base_url: 'example.org' is not an absolute http or https URL;"
                + " write e.g. https://example.org/portfolio/",
            "content/site.yaml:2:8: theme: there is no folder themes/paper/ in the portfolio",
            "content/site.yaml:3:9: locale: 'en_GB' is not a BCP 47 language tag; write en-GB",
            "content/site.yaml:4:13: week_start: 'saturday' is not valid; use monday or sunday",
            "content/site.yaml:5:15: window_weeks: '0' is too small; write a whole number of at"
                + " least 1",
            "content/site.yaml:6:16: stretch_weeks: '2.5' is not a whole number",
            "content/site.yaml:7:14: unsafe_html: 'yes' is not a boolean; use true or false",
            "content/site.yaml:8:1: warning: unknown key 'colour' is ignored"),
        formatted(result));
    assertEquals(SiteConfig.defaults(), result.portfolio().site());
  }

  @Test
  void themeMustBeAFolderName() {
    assertEquals(
        List.of(
            "content/site.yaml:1:8: theme: '../x' is not a folder name; name a folder under"
                + " themes/"),
        formatted(site("theme: ../x\n")));
  }

  @Test
  void siteYmlIsNotReadSilently() {
    LoadResult result = load(write(dir, "-- content/site.yml --\ntitle: X\n"));
    assertEquals(
        List.of("content/site.yml:1:1: warning: this file is not read; rename it to site.yaml"),
        formatted(result));
  }

  @Test
  void syntaxErrorInSiteYamlIsPositioned() {
    assertEquals(
        List.of("content/site.yaml:2:10: YAML syntax: mapping values are not allowed here"),
        formatted(site("title: x\nauthor: a: b\n")));
  }
}
