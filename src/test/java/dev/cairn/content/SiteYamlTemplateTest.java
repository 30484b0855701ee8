package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.cli.CairnCommand;
import dev.cairn.model.SiteConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The site.yaml of {@code cairn new site} explains every key the loader knows, truthfully. */
class SiteYamlTemplateTest {

  @TempDir Path tmp;

  private String newSiteYaml() throws Exception {
    Path p = tmp.resolve("p");
    CommandLine cl = CairnCommand.newCommandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(0, cl.execute("new", "site", p.toString()), err.toString());
    return Files.readString(p.resolve("content/site.yaml"));
  }

  @Test
  void everyKeyTheLoaderKnowsIsExplainedWithItsDefault() throws Exception {
    String yaml = newSiteYaml();
    for (String key : SiteConfigReader.KEYS) {
      Pattern keyLine = Pattern.compile("(?m)^(# )?" + key + ": ");
      assertTrue(keyLine.matcher(yaml).find(), key + " is missing from site.yaml");
      Pattern commentBefore =
          Pattern.compile("(?ms)^# [^\\n]*Default: [^\\n]*\\n(# [^\\n]*\\n)*?(# )?" + key + ": ");
      assertTrue(commentBefore.matcher(yaml).find(), key + " has no comment naming its default");
    }
  }

  @Test
  void theCommentedValuesAreTheRealDefaults() throws Exception {
    String uncommented = newSiteYaml().replaceAll("(?m)^# ([a-z_]+: )", "$1");
    Path p = tmp.resolve("q");
    Files.createDirectories(p.resolve("content"));
    Files.writeString(p.resolve("content/site.yaml"), uncommented);
    LoadResult loaded = new ContentLoader(LocalDate.of(2026, 11, 1)).load(p);
    assertEquals(java.util.List.of(), loaded.diagnostics());
    SiteConfig d = SiteConfig.defaults();
    SiteConfig got = loaded.portfolio().site();
    assertEquals(d.locale(), got.locale());
    assertEquals(d.weekStart(), got.weekStart());
    assertEquals(d.windowWeeks(), got.windowWeeks());
    assertEquals(d.stretchWeeks(), got.stretchWeeks());
    assertEquals(d.unsafeHtml(), got.unsafeHtml());
    assertEquals(Optional.empty(), got.theme(), "theme: default is the built-in theme");
  }
}
