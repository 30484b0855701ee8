package dev.cairn.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code notes:} in {@code content/site.yaml}: a folder of daily notes read in place
 * and which field of a note gives which metric of which goal.
 *
 * @param folder the folder, absolute
 * @param folderAt where site.yaml names the folder
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern for the date at the start
 *     of each file name
 * @param mappings in site.yaml order
 */
public record NotesSource(
    String folder, SourcePosition folderAt, String dateFormat, List<Mapping> mappings) {

  public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

  public NotesSource {
    Objects.requireNonNull(folder);
    Objects.requireNonNull(folderAt);
    Objects.requireNonNull(dateFormat);
    mappings = List.copyOf(mappings);
  }

  /**
   * {@code goal: { metric: field }}: the note's {@code field} (a dotted path into front matter, a
   * Dataview inline field or a Tracker tag) gives {@code metric} of {@code goal}.
   */
  public record Mapping(
      String goal, SourcePosition goalAt, String metric, SourcePosition metricAt, String field) {
    public Mapping {
      Objects.requireNonNull(goal);
      Objects.requireNonNull(goalAt);
      Objects.requireNonNull(metric);
      Objects.requireNonNull(metricAt);
      Objects.requireNonNull(field);
    }
  }
}
