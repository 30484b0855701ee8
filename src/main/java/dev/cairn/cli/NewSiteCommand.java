package dev.cairn.cli;

import dev.cairn.model.Goal;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import dev.cairn.model.Slugs;
import dev.cairn.pipeline.PortfolioReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cairn new site DIR}: a portfolio folder of one's own, ready to build. Everything is
 * checked before the first file is written, so a refusal leaves the folder as it was; it never
 * prompts.
 */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    description = {
      "Create a portfolio in DIR: a commented content/site.yaml, a goal per --goal with a first"
          + " log for the first one, .gitignore and a README. Refuses a folder that already holds"
          + " content/."
    })
final class NewSiteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;

  @Parameters(paramLabel = "DIR", description = "The portfolio folder to create.")
  Path dir;

  @Option(names = "--title", paramLabel = "TITLE", description = "The portfolio's title.")
  String title;

  @Option(names = "--author", paramLabel = "NAME", description = "Your name, shown on pages.")
  String author;

  @Option(
      names = "--goal",
      paramLabel = "TITLE",
      description = "A goal to start with (repeatable); the first one gets a log dated today.")
  List<String> goals = new ArrayList<>();

  @Option(
      names = "--github-pages",
      description =
          "Also write .github/workflows/pages.yml, which builds and publishes the site on GitHub"
              + " Pages, and copy this Cairn's jar to .cairn/cairn.jar for it.")
  boolean githubPages;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = dir.toAbsolutePath().normalize();
    Optional<String> refusal = refusal(root);
    Map<Path, String> goalFiles = new LinkedHashMap<>();
    for (String goalTitle : goals) {
      if (refusal.isPresent()) break;
      if (goalTitle.isBlank()) {
        refusal = Optional.of("--goal needs a title, e.g. --goal \"Learn Spanish\"");
        break;
      }
      Path file = root.resolve("content/goals").resolve(Slugs.of(goalTitle, "goal") + ".md");
      if (goalFiles.containsKey(file)) {
        refusal =
            Optional.of(
                "--goal \""
                    + goalFiles.get(file)
                    + "\" and --goal \""
                    + goalTitle
                    + "\" would both be "
                    + root.relativize(file)
                    + "; give them different titles");
      }
      goalFiles.put(file, goalTitle);
    }
    Optional<Path> jar = Optional.empty();
    if (refusal.isEmpty() && githubPages) {
      jar = runningJar();
      if (jar.isEmpty()) {
        refusal =
            Optional.of(
                "--github-pages copies the running Cairn's jar into the portfolio, but this Cairn"
                    + " does not run from a jar; use the cairn command of the distribution");
      }
    }
    if (refusal.isPresent()) {
      err.println("cairn: " + refusal.get() + "; nothing was written");
      err.flush();
      return 2;
    }

    LocalDate today = LocalDate.now();
    List<Path> written = new ArrayList<>();
    Path siteYaml = root.resolve("content/site.yaml");
    Files.createDirectories(siteYaml.getParent());
    write(
        siteYaml,
        PortfolioTemplates.siteYaml(Optional.ofNullable(title), Optional.ofNullable(author)),
        written);
    for (Map.Entry<Path, String> goal : goalFiles.entrySet()) {
      NewCommand.writeGoal(goal.getKey(), goal.getValue(), today);
      written.add(goal.getKey());
    }
    if (!goalFiles.isEmpty()) {
      Portfolio portfolio = PortfolioReader.read(root, today);
      String firstSlug = fileSlug(goalFiles.keySet().iterator().next());
      Optional<Goal> first = portfolio.findGoal(firstSlug);
      if (first.isPresent()) {
        written.add(NewCommand.writeLog(root, portfolio, first.get(), today));
      }
    }
    List<String> notes = new ArrayList<>();
    ignoreBuildOutput(root.resolve(".gitignore"), written).ifPresent(notes::add);
    Path readme = root.resolve("README.md");
    String shownTitle = title != null ? title : SiteConfig.DEFAULT_TITLE;
    if (!writeIfAbsent(readme, PortfolioTemplates.readme(shownTitle, githubPages), written)) {
      notes.add("kept    README.md (already there)");
    }
    if (jar.isPresent()) {
      Path workflow = root.resolve(PagesWorkflow.PATH);
      Files.createDirectories(workflow.getParent());
      if (!writeIfAbsent(workflow, PagesWorkflow.text(), written)) {
        notes.add("kept    " + PagesWorkflow.PATH + " (already there)");
      }
      Path copy = root.resolve(PagesWorkflow.JAR);
      Files.createDirectories(copy.getParent());
      Files.copy(jar.get(), copy, StandardCopyOption.REPLACE_EXISTING);
      written.add(copy);
    }

    for (Path p : written) out.println("  created " + root.relativize(p));
    for (String note : notes) out.println("  " + note);
    out.println();
    out.println("Next:");
    out.println("  cd " + dir);
    if (goalFiles.isEmpty()) out.println("  cairn new goal \"Play guitar\"");
    out.println("  cairn serve        # preview at http://localhost:1313/");
    out.println("  cairn build        # the site in site/");
    out.flush();
    return 0;
  }

  /** Why nothing may be written into {@code root}, if so. */
  private static Optional<String> refusal(Path root) {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      return Optional.of(root + " is a file, not a folder");
    }
    if (Files.exists(root.resolve("content"))) {
      return Optional.of(
          root + " already holds a portfolio (content/); add goals with cairn new goal instead");
    }
    return Optional.empty();
  }

  private static String fileSlug(Path goalFile) {
    String name = goalFile.getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }

  /** Adds what builds leave behind to .gitignore, keeping any lines already there. */
  private static Optional<String> ignoreBuildOutput(Path gitignore, List<Path> written)
      throws IOException {
    if (!Files.exists(gitignore)) {
      write(gitignore, PortfolioTemplates.gitignore(), written);
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(gitignore, StandardCharsets.UTF_8);
    List<String> missing =
        PortfolioTemplates.IGNORED.stream()
            .filter(
                p ->
                    lines.stream()
                        .map(String::strip)
                        .noneMatch(l -> l.equals(p) || l.equals("/" + p)))
            .toList();
    if (missing.isEmpty()) return Optional.of("kept    .gitignore (already ignores site/)");
    String text = Files.readString(gitignore, StandardCharsets.UTF_8);
    String joined =
        (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + String.join("\n", missing) + "\n";
    Files.writeString(gitignore, joined, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return Optional.of("updated .gitignore (added " + String.join(", ", missing) + ")");
  }

  private static void write(Path file, String text, List<Path> written) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    written.add(file);
  }

  private static boolean writeIfAbsent(Path file, String text, List<Path> written)
      throws IOException {
    if (Files.exists(file)) return false;
    write(file, text, written);
    return true;
  }

  /** The jar this Cairn runs from, if it runs from one (not from a classes folder). */
  static Optional<Path> runningJar() {
    try {
      var source = NewSiteCommand.class.getProtectionDomain().getCodeSource();
      if (source == null) return Optional.empty();
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location) && location.toString().endsWith(".jar")
          ? Optional.of(location)
          : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }
}
