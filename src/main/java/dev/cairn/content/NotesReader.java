package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import dev.cairn.model.NotesSource;
import dev.cairn.model.SourcePosition;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads daily notes in place (the {@code notes:} of site.yaml) into logs. A field is looked up in
 * the note's front matter (a dotted path into nested maps), then in Dataview inline fields ({@code
 * key:: value}, {@code [key:: value]}, {@code (key:: value)}), then in Obsidian Tracker tags
 * ({@code #key:value}, a unit suffix such as {@code kg} dropped). Each note with at least one
 * mapped value is one log of that goal on the date its file name starts with.
 *
 * <p>Notes are private journals: a log made from a note holds only the date, the goal and the
 * mapped numbers. Its page name is {@code notes-<goal>-<yyyy-MM-dd>} ({@code -2}, {@code -3} where
 * two notes share a date or an ordinary log has that name), and its source path is a made-up one,
 * so neither the note's text, its other fields nor its file name reach the site. Problems inside a
 * note are warnings, since a note is not Cairn's own file; problems in site.yaml are errors.
 */
final class NotesReader {
  /** What the notes gave: logs, and problems with their places. */
  record Result(List<Log> logs, List<Diagnostic> diagnostics) {}

  private final Path portfolio;
  private final Map<String, Goal> goals;
  private final Set<String> brokenGoals;
  private final List<Diagnostic> sink = new ArrayList<>();

  NotesReader(Path portfolio, Map<String, Goal> goals, Collection<String> brokenGoals) {
    this.portfolio = portfolio;
    this.goals = goals;
    this.brokenGoals = Set.copyOf(brokenGoals);
  }

  /**
   * @param takenSlugs page names of the ordinary logs, which note logs never take
   */
  Result read(List<NotesSource> sources, Collection<String> takenSlugs) {
    List<Log> logs = new ArrayList<>();
    Set<String> taken = new HashSet<>(takenSlugs);
    for (NotesSource source : sources) {
      Map<String, Map<String, String>> byGoal = checkedMappings(source);
      if (byGoal.isEmpty()) continue;
      DateTimeFormatter format =
          NotesConfigReader.parser(source.dateFormat()).orElseThrow(IllegalStateException::new);
      for (Path file : notes(Path.of(source.folder()), source.folderAt())) {
        Optional<LocalDate> date = dateOf(file.getFileName().toString(), format);
        if (date.isEmpty()) continue;
        Optional<NoteFields> note = readNote(file);
        if (note.isEmpty()) continue;
        byGoal.forEach(
            (goal, fields) -> {
              Map<String, Double> values = new LinkedHashMap<>();
              fields.forEach(
                  (metric, field) -> note.get().value(field).ifPresent(v -> values.put(metric, v)));
              if (values.isEmpty()) return;
              String base = "notes-" + goal + "-" + date.get();
              String slug = base;
              for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
              logs.add(
                  new Log(
                      "notes:" + slug,
                      slug,
                      date.get(),
                      goal,
                      Optional.empty(),
                      Optional.empty(),
                      values,
                      OptionalInt.empty(),
                      false,
                      List.of(),
                      false,
                      false,
                      "",
                      Map.of()));
            });
      }
    }
    return new Result(logs, sink);
  }

  /** goal → metric id → field, the goals and ids that exist; the others reported. */
  private Map<String, Map<String, String>> checkedMappings(NotesSource source) {
    Map<String, Map<String, String>> byGoal = new LinkedHashMap<>();
    for (NotesSource.Mapping m : source.mappings()) {
      if (brokenGoals.contains(m.goal())) continue; // its own errors are reported
      Goal goal = goals.get(m.goal());
      if (goal == null) {
        sink.add(
            Diagnostic.error(
                m.goalAt(),
                "notes goals: unknown goal '"
                    + m.goal()
                    + "'"
                    + (goals.isEmpty()
                        ? "; no goals are defined yet (add content/goals/<slug>.md)"
                        : "; valid goals: " + String.join(", ", new TreeMap<>(goals).keySet()))));
        continue;
      }
      List<String> ids = goal.metrics().stream().map(Metric::id).toList();
      if (!ids.contains(m.metric())) {
        sink.add(
            Diagnostic.error(
                m.metricAt(),
                "notes goals."
                    + m.goal()
                    + ": '"
                    + m.metric()
                    + "' is not a metric of goal '"
                    + m.goal()
                    + "'; valid ids: "
                    + String.join(", ", ids)));
        continue;
      }
      byGoal.computeIfAbsent(m.goal(), g -> new LinkedHashMap<>()).put(m.metric(), m.field());
    }
    return byGoal;
  }

  /** The Markdown files under the folder, hidden folders (.obsidian, .trash) left out, sorted. */
  private List<Path> notes(Path folder, SourcePosition folderAt) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".md")) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      sink.add(
          Diagnostic.error(folderAt, "notes folder: cannot read it: " + ContentWalker.reason(e)));
    }
    files.sort(null);
    return files;
  }

  private static Optional<LocalDate> dateOf(String fileName, DateTimeFormatter format) {
    ParsePosition at = new ParsePosition(0);
    try {
      var parsed = format.parseUnresolved(fileName, at);
      if (parsed == null || at.getErrorIndex() >= 0) return Optional.empty();
      String prefix = fileName.substring(0, at.getIndex());
      if (prefix.length() < fileName.length()
          && Character.isDigit(fileName.charAt(prefix.length()))) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.parse(prefix, format));
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private String shown(Path file) {
    String rel;
    try {
      rel = portfolio.relativize(file).toString();
    } catch (IllegalArgumentException e) {
      rel = file.toString();
    }
    return rel.replace('\\', '/');
  }

  private Optional<NoteFields> readNote(Path file) {
    String path = shown(file);
    List<Diagnostic> local = new ArrayList<>();
    Optional<String> text = SourceReader.read(new SourceFile(path, file), local);
    asWarnings(local);
    if (text.isEmpty()) return Optional.empty();
    Optional<Node> frontMatter = Optional.empty();
    String body = text.get();
    FrontMatterSplitter.Split split = FrontMatterSplitter.split(text.get());
    if (split instanceof FrontMatterSplitter.Present present) {
      body = present.body();
      local.clear();
      frontMatter =
          YamlComposer.compose(path, present.yaml(), present.yamlLine(), local)
              .flatMap(YamlDocument::root);
      asWarnings(local);
    }
    return Optional.of(new NoteFields(path, frontMatter, body, sink));
  }

  private void asWarnings(List<Diagnostic> found) {
    for (Diagnostic d : found) {
      sink.add(
          Diagnostic.warning(d.position(), d.message() + " (in a note read in place; skipped)"));
    }
  }
}
