package dev.cairn.render;

import dev.cairn.model.SourcePosition;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker, hardened: templates cannot instantiate classes or reach the Java API, errors are
 * rethrown (never printed into a page), dates are UTC, and {@code .ftlh} auto-escapes HTML.
 * Templates come from the portfolio's theme first, then from the built-in default.
 */
public final class TemplateEngine {

  private final Configuration config;
  private final Theme theme;
  // Generated templates that render a part template once per value (renderEach), by name.
  private final Map<String, String> eachTemplates = new ConcurrentHashMap<>();

  public TemplateEngine(Theme theme, Locale locale) {
    this.theme = theme;
    this.config = new Configuration(Configuration.VERSION_2_3_35);
    config.setTemplateLoader(loader(theme));
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setRecognizeStandardFileExtensions(true);
    config.setLocale(locale);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setAttemptExceptionReporter((e, env) -> {});
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setLocalizedLookup(false);
    config.setNumberFormat("computer");
    config.setBooleanFormat("c");
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    wrapper.setExposeFields(false);
    config.setObjectWrapper(wrapper.build());
    var words = theme.words(locale);
    config.setSharedVariable("msg", MessageMethod.msg(words));
    config.setSharedVariable("plural", MessageMethod.plural(words));
  }

  /** The theme whose templates this engine renders. */
  public Theme theme() {
    return theme;
  }

  /** The locale of the words and numbers it renders. */
  public Locale locale() {
    return config.getLocale();
  }

  /**
   * Renders a template straight to UTF-8 bytes, so a page of a big site (the feed lists every log)
   * is never held as a string as well; nothing is written anywhere on failure.
   */
  public byte[] renderBytes(String templateName, Object dataModel) throws TemplateProblem {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8192);
    process(templateName, dataModel, out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the bytes stay in memory
    }
    return bytes.toByteArray();
  }

  /**
   * Renders {@code templateName} once for each of {@code values}, which it sees as {@code
   * variable}, in one pass, as one piece of markup: what rendering each apart and joining them
   * gives, without starting a template anew for each of thousands.
   */
  public Object renderEach(
      String templateName, String variable, List<?> values, Map<String, Object> model)
      throws TemplateProblem {
    String each = "each-" + variable + "-" + templateName;
    eachTemplates.putIfAbsent(
        each, "<#list cairnEach as " + variable + "><#include \"/" + templateName + "\"></#list>");
    Map<String, Object> data = new HashMap<>(model);
    data.put("cairnEach", values);
    StringWriter out = new StringWriter(64 * 1024);
    process(each, data, out);
    return markupOf(templateName, out.toString());
  }

  /** A rendered part and the top-level variables its template read. */
  public record TrackedMarkup(Object markup, Map<String, Object> used) {}

  /**
   * Renders a template as markup of its output format, for another template of the same format to
   * print as it is (a page's part, {@link PageParts}), and records which top-level variables it
   * read.
   */
  public TrackedMarkup renderMarkupTracked(String templateName, Map<String, Object> data)
      throws TemplateProblem {
    Map<String, Object> used = new HashMap<>();
    StringWriter out = new StringWriter(1024);
    process(templateName, tracking(data, used), out);
    return new TrackedMarkup(markupOf(templateName, out.toString()), used);
  }

  private Object markupOf(String templateName, String text) throws TemplateProblem {
    try {
      if (config.getTemplate(templateName).getOutputFormat()
          instanceof MarkupOutputFormat<?> format) {
        return format.fromMarkup(text);
      }
    } catch (IOException | TemplateModelException e) {
      throw new TemplateProblem(
          SourcePosition.startOf(label(templateName)), "cannot use template: " + e.getMessage(), e);
    }
    return text;
  }

  /** A rendered page (UTF-8) and the top-level variables its template (and partials) read. */
  public record Tracked(byte[] bytes, Map<String, Object> used) {}

  /**
   * Renders like {@link #renderBytes} and records which top-level variables were read, and their
   * values.
   */
  public Tracked renderTracked(String templateName, Map<String, Object> data)
      throws TemplateProblem {
    Map<String, Object> used = new HashMap<>();
    return new Tracked(renderBytes(templateName, tracking(data, used)), used);
  }

  /** A data model that records in {@code used} each top-level variable read, with its value. */
  private TemplateHashModel tracking(Map<String, Object> data, Map<String, Object> used) {
    ObjectWrapper wrapper = config.getObjectWrapper();
    return new TemplateHashModel() {
      @Override
      public TemplateModel get(String key) throws TemplateModelException {
        Object value = data.get(key);
        used.put(key, value);
        return value == null ? null : wrapper.wrap(value);
      }

      @Override
      public boolean isEmpty() {
        return data.isEmpty();
      }
    };
  }

  private void process(String templateName, Object dataModel, Writer out) throws TemplateProblem {
    try {
      Template template = config.getTemplate(templateName);
      template.process(dataModel, out);
    } catch (TemplateNotFoundException e) {
      throw new TemplateProblem(
          SourcePosition.startOf(label(templateName)), "template not found: " + templateName, e);
    } catch (ParseException e) {
      throw syntaxProblem(e);
    } catch (InvalidReferenceException e) {
      String blamed = e.getBlamedExpressionString();
      String message =
          blamed == null
              ? firstLine(e.getMessageWithoutStackTop())
              : "'"
                  + blamed
                  + "' is missing or null; give a default ("
                  + blamed
                  + "!'') or test it ("
                  + blamed
                  + "??)";
      throw new TemplateProblem(
          position(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()), message, e);
    } catch (TemplateException e) {
      throw new TemplateProblem(
          position(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
          firstLine(e.getMessageWithoutStackTop()),
          e);
    } catch (IOException e) {
      throw new TemplateProblem(
          SourcePosition.startOf(label(templateName)),
          "cannot read template: " + e.getMessage(),
          e);
    }
  }

  private TemplateProblem syntaxProblem(ParseException e) {
    return new TemplateProblem(
        position(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
        "template syntax: " + firstLine(e.getEditorMessage()),
        e);
  }

  private SourcePosition position(String templateName, Integer line, Integer column) {
    String name = templateName == null ? "?" : templateName;
    return new SourcePosition(
        label(name),
        line == null || line < 1 ? 1 : line,
        column == null || column < 1 ? 1 : column);
  }

  private String label(String templateName) {
    return theme.positionLabel(templateName);
  }

  private static String firstLine(String message) {
    if (message == null) return "template error";
    String m = message.strip();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  private TemplateLoader loader(Theme theme) {
    StringTemplateLoader themeTemplates = new StringTemplateLoader();
    theme.templates().forEach(themeTemplates::putTemplate);
    TemplateLoader generated =
        new TemplateLoader() {
          @Override
          public Object findTemplateSource(String name) {
            return eachTemplates.containsKey(name) ? name : null;
          }

          @Override
          public long getLastModified(Object source) {
            return 0;
          }

          @Override
          public Reader getReader(Object source, String encoding) {
            return new StringReader(eachTemplates.get((String) source));
          }

          @Override
          public void closeTemplateSource(Object source) {}
        };
    return new MultiTemplateLoader(new TemplateLoader[] {themeTemplates, generated});
  }

  /**
   * Parses every template of the theme without rendering anything: the problems a build would meet
   * in template syntax, so that {@code check} fails where {@code build} would.
   */
  public List<TemplateProblem> parseAll() {
    List<TemplateProblem> problems = new ArrayList<>();
    for (String name : theme.templates().keySet()) {
      try {
        config.getTemplate(name);
      } catch (ParseException e) {
        problems.add(syntaxProblem(e));
      } catch (IOException e) {
        problems.add(
            new TemplateProblem(
                SourcePosition.startOf(label(name)), "cannot read template: " + e.getMessage(), e));
      }
    }
    return problems;
  }
}
