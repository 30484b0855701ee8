package dev.cairn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.pipeline.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

  @TempDir Path dir;

  private TemplateEngine engineWith(String name, String template) throws IOException {
    Path templates = dir.resolve("themes/mine/templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve(name), template);
    return new TemplateEngine(ThemeLoader.load(dir, Optional.of("mine")), Locale.ENGLISH);
  }

  @Test
  void escapesHtmlInFtlh() throws Exception {
    TemplateEngine engine = engineWith("x.ftlh", "<p title=\"${t}\">${t}</p>");
    assertEquals(
        "<p title=\"&quot;&lt;b&gt;\">&quot;&lt;b&gt;</p>",
        render(engine, "x.ftlh", Map.of("t", "\"<b>")));
  }

  @Test
  void refusesToInstantiateClasses() throws Exception {
    TemplateEngine engine =
        engineWith(
            "x.ftlh", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    TemplateProblem p =
        assertThrows(TemplateProblem.class, () -> render(engine, "x.ftlh", Map.of()));
    assertEquals("themes/mine/templates/x.ftlh", p.position().path());
    assertEquals(1, p.position().line());
  }

  @Test
  void refusesTheApiBuiltIn() throws Exception {
    TemplateEngine engine = engineWith("x.ftlh", "${m?api.getClass()}");
    assertThrows(
        TemplateProblem.class, () -> render(engine, "x.ftlh", Map.of("m", Map.of("a", 1))));
  }

  @Test
  void reportsSyntaxErrorsWithLineAndColumn() throws Exception {
    TemplateEngine engine = engineWith("x.ftlh", "line one\n<#if>\n");
    TemplateProblem p =
        assertThrows(TemplateProblem.class, () -> render(engine, "x.ftlh", Map.of()));
    assertEquals("themes/mine/templates/x.ftlh", p.position().path());
    assertEquals(2, p.position().line());
    assertTrue(p.getMessage().startsWith("template syntax"), p.getMessage());
  }

  @Test
  void reportsMissingValuesWithoutPrintingThemIntoThePage() throws Exception {
    TemplateEngine engine = engineWith("x.ftlh", "a\nb ${missing.value}");
    TemplateProblem p =
        assertThrows(TemplateProblem.class, () -> render(engine, "x.ftlh", Map.of()));
    assertEquals(2, p.position().line());
    assertEquals(5, p.position().column());
    assertFalse(p.getMessage().contains("\n"));
  }

  @Test
  void userPartialOverridesTheBuiltInOne() throws Exception {
    TemplateEngine engine = engineWith("_footer.ftlh", "<footer>mine</footer>");
    assertEquals("<footer>mine</footer>", render(engine, "_footer.ftlh", Map.of()));
    TemplateEngine builtIn = new TemplateEngine(ThemeLoader.builtIn(), Locale.ENGLISH);
    assertThrows(TemplateProblem.class, () -> render(builtIn, "does-not-exist.ftlh", Map.of()));
  }

  private static String render(TemplateEngine engine, String template, Object model)
      throws TemplateProblem {
    return new String(engine.renderBytes(template, model), StandardCharsets.UTF_8);
  }
}
