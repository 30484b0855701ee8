package dev.cairn.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parts of a page each rendered by a template of its own and handed to the page's template as
 * finished markup under {@code name}: a part whose inputs did not change need not be rendered again
 * when the page is (the feed's 10,000 entries, of which an edit changes one).
 *
 * @param template renders one part; it sees the shared data, {@code root}, and the part's value as
 *     {@code variable}
 * @param items made only when the page is rendered
 */
public record PageParts(String name, String template, String variable, Supplier<List<Part>> items) {

  /**
   * One part: the value it is made from ({@code inputs}: equal inputs give an equal part, given
   * equal shared data) and the value its template sees.
   */
  public record Part(Object inputs, Object value) {}

  /**
   * Renders a page's parts to markup, in order, for the page's template to print one after the
   * other; {@code model} holds the shared data and {@code root}.
   */
  @FunctionalInterface
  public interface PartStep {
    List<Object> render(PageParts parts, List<Part> items, Map<String, Object> model)
        throws TemplateProblem;
  }
}
