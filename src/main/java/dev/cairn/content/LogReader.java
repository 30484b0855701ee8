package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and validates one log file against the goals read before it. A log naming a goal whose own
 * file has errors is checked as far as it can be without that goal and then left out, without a
 * second error.
 */
final class LogReader {
  private static final Pattern DATED_NAME =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9]).*");
  // Known keys; docs/content.md documents each one (checked by ContentDocTest).
  static final List<String> KEYS =
      List.of(
          "date",
          "goal",
          "win",
          "milestone",
          "metrics",
          "challenge",
          "min_step",
          "tags",
          "private",
          "draft");

  /**
   * Keys a goal may not use as metric ids, since a log can give metric values as top-level keys.
   */
  static final List<String> RESERVED_METRIC_IDS = KEYS;

  private final Map<String, Goal> goals;
  private final LogGoalReader goalReader;
  private final LocalDate today;
  private final List<Diagnostic> sink;

  /**
   * @param goals the goals read without errors, by slug
   * @param brokenGoals slugs (file names) of goal files that had errors
   */
  LogReader(
      Map<String, Goal> goals,
      Collection<String> brokenGoals,
      LocalDate today,
      List<Diagnostic> sink) {
    this.goals = Map.copyOf(goals);
    this.goalReader =
        new LogGoalReader(Stream.concat(goals.keySet().stream(), brokenGoals.stream()).toList());
    this.today = today;
    this.sink = sink;
  }

  /** The log, or empty when it has errors (all reported) or belongs to a goal with errors. */
  Optional<Log> read(String path, String slug, String text) {
    int before = sink.size();
    Optional<FrontMatterReader.Document> document = FrontMatterReader.read(path, text, "log", sink);
    if (document.isEmpty()) return Optional.empty();
    FieldReader r = document.get().reader();
    Fields f = document.get().fields();

    Optional<String> goalSlug = goalReader.read(r, f);
    Optional<Goal> goal = goalSlug.map(goals::get);
    Optional<LocalDate> date = readDate(r, f, path);
    Optional<String> win = f.find("win").flatMap(n -> r.text(n, "win")).map(String::strip);
    Optional<String> milestone =
        f.find("milestone").flatMap(n -> r.text(n, "milestone")).map(String::strip);
    Map<String, Double> metrics = LogMetricsReader.read(r, f, goal);
    OptionalInt challenge =
        f.find("challenge").map(n -> readChallenge(r, n, goal)).orElse(OptionalInt.empty());
    boolean minStep = f.find("min_step").flatMap(n -> r.bool(n, "min_step")).orElse(false);
    List<String> tags = f.find("tags").map(n -> readTags(r, n)).orElse(List.of());
    boolean isPrivate = f.find("private").flatMap(n -> r.bool(n, "private")).orElse(false);
    boolean draft = f.find("draft").flatMap(n -> r.bool(n, "draft")).orElse(false);
    Map<String, Object> extra = new LinkedHashMap<>();
    // Without its goal, a log's metric keys cannot be told from keys of its own: no hints then.
    if (goal.isPresent()) {
      List<String> known = new ArrayList<>(KEYS);
      known.addAll(LogMetricsReader.ids(goal));
      for (Fields.Entry entry : r.unknownKeys(f, known, "is kept for templates")) {
        String key = entry.key().getValue();
        r.plain(entry.value(), key).ifPresent(value -> extra.put(key, value));
      }
    }

    boolean hasErrors = sink.subList(before, sink.size()).stream().anyMatch(Diagnostic::isError);
    if (hasErrors || goal.isEmpty() || date.isEmpty()) return Optional.empty();
    return Optional.of(
        new Log(
            path,
            slug,
            date.get(),
            goalSlug.get(),
            win,
            milestone,
            metrics,
            challenge,
            minStep,
            tags,
            isPrivate,
            draft,
            document.get().body(),
            extra));
  }

  private Optional<LocalDate> readDate(FieldReader r, Fields f, String path) {
    Optional<Node> node = f.find("date").filter(n -> !FieldReader.isNull(n));
    Optional<LocalDate> date;
    if (node.isPresent()) {
      date = r.date(node.get(), "date");
    } else {
      String fileName = path.substring(path.lastIndexOf('/') + 1);
      Matcher dated = DATED_NAME.matcher(fileName);
      if (!dated.matches()) {
        r.error(
            null,
            "date is required: add a line `date: YYYY-MM-DD` or start the file name with the date,"
                + " e.g. 2026-11-20-"
                + fileName);
        return Optional.empty();
      }
      ScalarParser.Parsed<LocalDate> parsed = ScalarParser.date(dated.group(1));
      if (!parsed.isOk()) {
        r.error(
            null,
            "the date in the file name, "
                + parsed.problem()
                + "; rename the file or add a line `date: YYYY-MM-DD`");
        return Optional.empty();
      }
      date = Optional.of(parsed.value());
    }
    if (date.isPresent() && date.get().isAfter(today)) {
      r.warning(
          node.orElse(null),
          "log dated " + date.get() + ", after today (" + today + "); check the date");
    }
    return date;
  }

  private OptionalInt readChallenge(FieldReader r, Node node, Optional<Goal> goal) {
    Optional<ScalarNode> scalar = r.scalar(node, "challenge", "a level number or name");
    if (scalar.isEmpty() || scalar.get().getValue().isBlank() || goal.isEmpty()) {
      return OptionalInt.empty();
    }
    Goal g = goal.get();
    List<String> levels = g.challengeLevels();
    String text = scalar.get().getValue().strip();
    if (levels.isEmpty()) {
      r.error(
          node,
          "challenge: goal '"
              + g.slug()
              + "' defines no challenge levels; add"
              + " `challenge: { levels: [...] }` to "
              + g.sourcePath()
              + " or remove this line");
      return OptionalInt.empty();
    }
    // A plain number is a level number; a quoted one is too, unless a level has that name.
    boolean plain = FieldReader.isPlain(scalar.get());
    OptionalInt byNumber = levelNumber(text, levels.size());
    if (plain && byNumber.isPresent()) return byNumber;
    int exact = levels.indexOf(text);
    if (exact >= 0) return OptionalInt.of(exact + 1);
    List<Integer> similar = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).equalsIgnoreCase(text)) similar.add(i + 1);
    }
    if (similar.size() == 1) return OptionalInt.of(similar.get(0));
    if (byNumber.isPresent()) return byNumber;
    boolean numeric = plain && ScalarParser.looksWhole(text);
    r.error(
        node,
        "challenge: "
            + (numeric ? "level " + text + " is out of range" : "'" + text + "' is not a level")
            + " of goal '"
            + g.slug()
            + "'; valid levels: "
            + describeLevels(levels));
    return OptionalInt.empty();
  }

  private static OptionalInt levelNumber(String text, int levels) {
    if (!ScalarParser.looksWhole(text)) return OptionalInt.empty();
    BigInteger number = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    return number.signum() > 0 && number.compareTo(BigInteger.valueOf(levels)) <= 0
        ? OptionalInt.of(number.intValue())
        : OptionalInt.empty();
  }

  private static String describeLevels(List<String> levels) {
    List<String> described = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) described.add((i + 1) + " '" + levels.get(i) + "'");
    return String.join(", ", described);
  }

  private List<String> readTags(FieldReader r, Node node) {
    if (FieldReader.isNull(node)) return List.of();
    List<Node> items =
        node instanceof ScalarNode ? List.of(node) : r.list(node, "tags").orElse(List.of());
    Set<String> tags = new LinkedHashSet<>();
    for (Node item : items) {
      Optional<ScalarNode> scalar = r.scalar(item, "tags", "a tag");
      if (scalar.isEmpty()) {
        if (FieldReader.isNull(item)) r.error(item, "tags: empty tag; remove it or give it a name");
        continue;
      }
      String tag = scalar.get().getValue().strip();
      if (tag.isEmpty()) {
        r.error(item, "tags: empty tag; remove it or give it a name");
      } else {
        tags.add(tag);
      }
    }
    return List.copyOf(tags);
  }
}
