import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a benchmark portfolio: N logs over G goals (one log per goal per day, counting back from
 * 2026-11-27), realistic bodies of about 150 words with a heading, a list and a link, 2–3 metrics,
 * wins, challenge levels and tags. The same folder is a Hugo site (hugo.toml and a minimal layout),
 * so Hugo builds exactly the same Markdown.
 *
 * <p>Run: {@code java bench/GenerateCorpus.java OUT_DIR LOGS GOALS}
 */
public class GenerateCorpus {

  static final String[] WORDS =
      ("practice slow steady tempo metronome chord change clean breath focus "
              + "morning evening tired energy small step win progress habit attempt repeat notice better "
              + "again today felt easy hard fingers timing rhythm pattern shape listen record review note "
              + "kitchen recipe pan heat salt taste knife onion garlic simmer run pace breath hill stride "
              + "page chapter book read quiet lamp tea")
          .split(" ");
  static final String[] TAGS = {
    "recording", "with-friends", "rain", "new-recipe", "long-run", "morning", "travel"
  };
  static final String[] LEVELS = {"warm-up", "basics", "steady", "stretch", "performance"};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int logs = Integer.parseInt(args[1]);
    int goals = Integer.parseInt(args[2]);
    Random random = new Random(42);
    Path content = out.resolve("content");
    Files.createDirectories(content.resolve("goals"));
    Files.writeString(
        content.resolve("site.yaml"), "title: Benchmark portfolio\nauthor: Bench\nlocale: en-GB\n");
    for (int g = 0; g < goals; g++) {
      Files.writeString(
          content.resolve("goals/goal-" + g + ".md"), goal(g), StandardCharsets.UTF_8);
    }
    int perGoal = (logs + goals - 1) / goals;
    LocalDate last = LocalDate.of(2026, 11, 27);
    int written = 0;
    for (int g = 0; g < goals && written < logs; g++) {
      double skill = 10 + random.nextInt(10);
      int level = 1;
      for (int d = perGoal - 1; d >= 0 && written < logs; d--) {
        LocalDate date = last.minusDays(d);
        skill += random.nextGaussian() * 0.8 + 0.05;
        if (random.nextInt(60) == 0 && level < LEVELS.length) level++;
        Path dir =
            content
                .resolve("logs")
                .resolve(String.valueOf(date.getYear()))
                .resolve(String.format("%02d", date.getMonthValue()));
        Files.createDirectories(dir);
        Files.writeString(
            dir.resolve(date + "-goal-" + g + ".md"),
            log(g, date, skill, level, random),
            StandardCharsets.UTF_8);
        written++;
      }
    }
    Files.writeString(
        out.resolve("hugo.toml"),
        """
        baseURL = "https://example.org/"
        title = "Benchmark portfolio"
        disableKinds = ["taxonomy", "term"]
        [markup.goldmark.renderer]
        unsafe = false
        """);
    Path layouts = Files.createDirectories(out.resolve("layouts/_default"));
    String head =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>";
    Files.writeString(
        layouts.resolve("single.html"),
        head
            + "<h1>{{ .Title }}</h1><p>{{ .Date.Format \"2006-01-02\" }}</p>{{ .Content }}</body></html>\n");
    Files.writeString(
        layouts.resolve("list.html"),
        head
            + "<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
    Files.writeString(
        out.resolve("layouts/index.html"),
        head
            + "<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
    System.out.println("wrote " + written + " logs over " + goals + " goals into " + out);
  }

  static String goal(int g) {
    boolean lower = g % 3 == 2;
    return """
        ---
        title: Goal number %d
        why: Because it matters
        capability: In six months I can do goal %d well
        started: 2024-01-01
        first_step: Two minutes
        metrics:
          - id: skill
            label: Skill score
            kind: mastery
            better: %s
            target: %d
          - id: minutes
            label: Minutes
            kind: activity
            unit: min
          - id: reps
            label: Clean repetitions
        challenge:
          levels: [%s]
        ---
        The story of goal %d.
        """
        .formatted(g, g, lower ? "lower" : "higher", lower ? 5 : 60, String.join(", ", LEVELS), g);
  }

  static String log(int g, LocalDate date, double skill, int level, Random r) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("title: \"Session ").append(date).append("\"\n");
    b.append("goal: goal-").append(g).append('\n');
    if (r.nextInt(3) > 0) b.append("win: \"").append(words(r, 6)).append("\"\n");
    b.append("metrics: { skill: ")
        .append(String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, skill)))
        .append(", minutes: ")
        .append(5 + r.nextInt(40));
    if (r.nextBoolean()) b.append(", reps: ").append(r.nextInt(30));
    b.append(" }\n");
    b.append("challenge: ").append(level).append('\n');
    if (r.nextInt(10) == 0) b.append("min_step: true\n");
    if (r.nextInt(4) == 0) b.append("tags: [").append(TAGS[r.nextInt(TAGS.length)]).append("]\n");
    b.append("---\n");
    b.append(words(r, 40)).append(".\n\n## What I worked on\n\n");
    for (int i = 0; i < 4; i++) b.append("- ").append(words(r, 8)).append('\n');
    b.append("\n")
        .append(words(r, 50))
        .append(", see [the guide](https://example.org/guide/")
        .append(r.nextInt(100))
        .append(") for details. ")
        .append(words(r, 30))
        .append(".\n");
    return b.toString();
  }

  static String words(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(' ');
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }
}
