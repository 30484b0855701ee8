package dev.cairn.content;

import dev.cairn.model.NotesSource;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code notes:} of {@code content/site.yaml}: a list of {@code folder}, {@code date_format}
 * and {@code goals: { <goal>: { <metric id>: <field> } }}. The folder and the date format are
 * checked here; goals and metric ids are checked by {@link NotesReader} once goals are loaded.
 */
final class NotesConfigReader {
  private static final List<String> KEYS = List.of("folder", "date_format", "goals");

  private final Path portfolio;
  private final FieldReader r;

  NotesConfigReader(Path portfolio, FieldReader r) {
    this.portfolio = portfolio;
    this.r = r;
  }

  List<NotesSource> read(Node notes) {
    List<NotesSource> sources = new ArrayList<>();
    for (Node item : r.list(notes, "notes").orElse(List.of())) {
      Optional<Fields> fields = r.fields(item, "notes");
      if (fields.isEmpty()) continue;
      Fields f = fields.get();
      r.unknownKeys(f, KEYS, "is ignored");
      Optional<Node> folderNode = f.find("folder");
      if (folderNode.isEmpty()) {
        r.error(item, "notes: each entry needs `folder:`, e.g. folder: ../vault/Daily");
        continue;
      }
      Optional<Path> folder = folder(folderNode.get());
      Optional<String> format = f.find("date_format").flatMap(this::dateFormat);
      boolean formatBad = f.find("date_format").isPresent() && format.isEmpty();
      List<NotesSource.Mapping> mappings = new ArrayList<>();
      f.find("goals").ifPresent(n -> mappings.addAll(mappings(n)));
      if (folder.isEmpty() || formatBad) continue;
      sources.add(
          new NotesSource(
              folder.get().toString(),
              r.position(folderNode.get()),
              format.orElse(NotesSource.DEFAULT_DATE_FORMAT),
              mappings));
    }
    return sources;
  }

  private Optional<Path> folder(Node node) {
    Optional<String> text = r.text(node, "notes folder").map(String::strip);
    if (text.isEmpty()) {
      r.error(node, "notes folder: name a folder, e.g. ../vault/Daily");
      return Optional.empty();
    }
    Path folder;
    try {
      folder = portfolio.resolve(text.get()).normalize();
    } catch (InvalidPathException e) {
      r.error(node, "notes folder: '" + text.get() + "' is not a path");
      return Optional.empty();
    }
    if (!Files.isDirectory(folder)) {
      r.error(
          node,
          "notes folder: there is no folder "
              + text.get()
              + " (relative to the portfolio folder, or write an absolute path)");
      return Optional.empty();
    }
    return Optional.of(folder);
  }

  private Optional<String> dateFormat(Node node) {
    Optional<String> text = r.text(node, "date_format").map(String::strip);
    if (text.isEmpty()) return Optional.empty();
    if (parser(text.get()).isEmpty()) {
      r.error(
          node,
          "date_format: '"
              + text.get()
              + "' is not a date pattern with year, month and day; write e.g. yyyy-MM-dd or"
              + " dd.MM.yyyy");
      return Optional.empty();
    }
    return text;
  }

  /** The formatter for a pattern that writes and reads back a whole date, if it is one. */
  static Optional<DateTimeFormatter> parser(String pattern) {
    try {
      DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      LocalDate probe = LocalDate.of(2021, 11, 28);
      return LocalDate.parse(probe.format(f), f).equals(probe) ? Optional.of(f) : Optional.empty();
    } catch (IllegalArgumentException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private List<NotesSource.Mapping> mappings(Node goalsNode) {
    List<NotesSource.Mapping> out = new ArrayList<>();
    Optional<Fields> goals = r.fields(goalsNode, "notes goals");
    if (goals.isEmpty()) return out;
    for (Fields.Entry goal : goals.get().entries().values()) {
      String slug = goal.key().getValue();
      Optional<Fields> metrics = r.fields(goal.value(), "notes goals." + slug);
      if (metrics.isEmpty()) continue;
      for (Fields.Entry metric : metrics.get().entries().values()) {
        String id = metric.key().getValue();
        Optional<String> field =
            r.text(metric.value(), "notes goals." + slug + "." + id).map(String::strip);
        if (field.isEmpty()) {
          r.error(
              metric.value(),
              "notes goals."
                  + slug
                  + "."
                  + id
                  + ": name the note's field, e.g. "
                  + id
                  + ": exercise-pushup");
          continue;
        }
        out.add(
            new NotesSource.Mapping(
                slug, r.position(goal.key()), id, r.position(metric.key()), field.get()));
      }
    }
    return out;
  }
}
