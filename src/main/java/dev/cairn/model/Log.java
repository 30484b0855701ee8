package dev.cairn.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One practice log from {@code content/logs/**}. {@code slug} is its page name under {@code logs/},
 * unique in the portfolio; {@code metrics} keeps front-matter order; {@code challenge} is the
 * 1-based level, whether the file named it by number or by name; {@code milestone} names a thing
 * the person can now do.
 */
public record Log(
    String sourcePath,
    String slug,
    LocalDate date,
    String goal,
    Optional<String> win,
    Optional<String> milestone,
    Map<String, Double> metrics,
    OptionalInt challenge,
    boolean minStep,
    List<String> tags,
    boolean isPrivate,
    boolean draft,
    String body,
    Map<String, Object> extra) {

  public Log {
    Objects.requireNonNull(sourcePath);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(date);
    Objects.requireNonNull(goal);
    Objects.requireNonNull(win);
    Objects.requireNonNull(milestone);
    Objects.requireNonNull(challenge);
    Objects.requireNonNull(body);
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    tags = List.copyOf(tags);
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  public Optional<Double> value(String metricId) {
    return Optional.ofNullable(metrics.get(metricId));
  }
}
