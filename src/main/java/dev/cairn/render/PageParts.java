package dev.cairn.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parts of a page each rendered by a template of its own and handed to the page's template as
 * finished markup under {@code name}: a part whose inputs did not change need not be rendered again
 * when the page is (the feed's 10,000 entries, of which an edit changes one).
 *
 * @param template renders one part; it sees the shared data, {@code root} and the part's own data
 * @param items made only when the page is rendered
 */
public record PageParts(String name, String template, Supplier<List<Part>> items) {

  /**
   * One part: the value it is made from ({@code inputs}: equal inputs give an equal part, given
   * equal shared data) and its data, both unmodifiable (there are thousands of parts: nothing is
   * copied).
   */
  public record Part(Object inputs, Map<String, Object> data) {}

  /** Renders one part, whose whole data model {@code model} gives, to markup for the page. */
  @FunctionalInterface
  public interface PartStep {
    Object render(String template, Part part, Supplier<Map<String, Object>> model)
        throws TemplateProblem;
  }
}
