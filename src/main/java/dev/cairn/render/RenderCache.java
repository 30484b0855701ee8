package dev.cairn.render;

import dev.cairn.model.Memo;
import dev.cairn.render.data.JsonText;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build can reuse from the previous one in a long-running process (the dev server):
 * rendered pages by path together with the values of the template variables each page actually
 * read. A page is re-rendered only when one of those values changed, so editing one log re-renders
 * its page and the few pages that list it.
 *
 * <p>It also keeps the views built for the previous build ({@link Memo}): a log whose record, goal
 * and neighbours are the same objects as last time keeps its views, so comparing its page's values
 * is a matter of identity.
 */
public final class RenderCache {

  private record Page(String template, Map<String, Object> used, byte[] bytes) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private Object themeKey;

  final Memo<String, MarkdownRenderer.Rendered> bodies = Memo.remembering();
  final Memo<String, Views.LogLinkView> logLinks = Memo.remembering();
  final Memo<String, Views.ReviewGoalView> reviewGoals = Memo.remembering();
  final Memo<String, SiteRenderer.PageJob> goalPages = Memo.remembering();
  final Memo<String, SiteRenderer.PageJob> logPages = Memo.remembering();
  private final Memo<String, TemplateEngine> engines = Memo.remembering();
  final Memo<String, Map<String, Object>> feedEntries = Memo.remembering();
  final Memo<String, byte[]> dataFiles = Memo.remembering();
  final Memo<String, JsonText.Raw> goalJson = Memo.remembering();
  final Memo<String, List<Views.GoalSummaryView>> navigation = Memo.remembering();

  /** Forgets everything when the theme's templates or the Markdown settings changed. */
  public synchronized void validate(Object themeKey) {
    if (!Objects.equals(themeKey, this.themeKey)) {
      pages.clear();
      memos().forEach(Memo::clear);
      this.themeKey = themeKey;
    }
  }

  /**
   * The template engine of the previous build while the theme, its templates and the locale are the
   * same, so templates are parsed once, not on every save. Call after {@link #validate}.
   */
  public TemplateEngine templates(Theme theme, List<String> templatesFingerprint, Locale locale) {
    return engines.get(
        "engine",
        List.of(theme, templatesFingerprint, locale),
        () -> new TemplateEngine(theme, locale));
  }

  Optional<byte[]> page(String path, String template, Map<String, Object> data) {
    Page p = pages.get(path);
    if (p == null || !p.template.equals(template)) return Optional.empty();
    for (Map.Entry<String, Object> e : p.used.entrySet()) {
      if (!Objects.equals(e.getValue(), data.get(e.getKey()))) return Optional.empty();
    }
    return Optional.of(p.bytes);
  }

  void putPage(String path, String template, Map<String, Object> used, byte[] bytes) {
    pages.put(path, new Page(template, Collections.unmodifiableMap(new HashMap<>(used)), bytes));
  }

  void retainPages(Set<String> paths) {
    pages.keySet().retainAll(paths);
    memos().forEach(Memo::forgetUnused);
  }

  private List<Memo<?, ?>> memos() {
    return List.of(
        bodies,
        logLinks,
        reviewGoals,
        goalPages,
        logPages,
        feedEntries,
        dataFiles,
        goalJson,
        navigation,
        engines);
  }
}
