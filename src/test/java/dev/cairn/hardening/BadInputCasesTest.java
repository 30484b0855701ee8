package dev.cairn.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cairn.cli.CairnCommand;
import dev.cairn.testing.FixtureParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Runs the bad-input cases of {@code src/test/resources/bad-input/cases.txt} through the real
 * command line, each on a fresh portfolio with a previous site in place. The document's header
 * explains the format.
 */
class BadInputCasesTest {

  static final String TODAY = "2026-11-28";
  static final String PREVIOUS_INDEX = "previous site\n";
  private static final Pattern POSITIONED = Pattern.compile("^.+:\\d+:\\d+: .+");

  /** One case of the document: files to write, setup steps and expectations, in order. */
  record Case(String name, List<FileSection> files, List<String> setup, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  record FileSection(String path, byte[] bytes) {}

  record Run(int exit, String output) {}

  static List<Case> cases() throws IOException {
    List<Case> all = parse(resource("/bad-input/cases.txt"));
    Case base = all.get(0);
    List<Case> out = new ArrayList<>();
    for (Case c : all.subList(1, all.size())) {
      List<FileSection> files = new ArrayList<>(base.files());
      files.addAll(c.files());
      out.add(new Case(c.name(), files, c.setup(), c.expected()));
    }
    return out;
  }

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void buildHandlesBadInput(Case c) throws IOException {
    Path portfolio = tmp.resolve("p");
    for (FileSection f : c.files()) {
      Path file = portfolio.resolve(f.path());
      Files.createDirectories(file.getParent());
      Files.write(file, f.bytes());
    }
    for (String step : c.setup()) setUp(portfolio, step);
    Path site = portfolio.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve(".cairn-site"), "marker\n");
    Files.writeString(site.resolve("index.html"), PREVIOUS_INDEX);
    Map<String, byte[]> before = snapshot(site);

    Run run = build("build", "--source", portfolio.toString(), "--today", TODAY);
    if (Boolean.getBoolean("cases.show"))
      System.out.println("=== " + c.name() + "\n" + run.output());

    String out = run.output();
    assertFalse(out.contains("\tat "), "no stack trace:\n" + out);
    assertFalse(out.contains("Exception"), "no exception name:\n" + out);
    assertFalse(out.contains("internal error"), "no internal error:\n" + out);
    List<String> lines = out.lines().toList();
    for (String want : c.expected()) {
      String[] kv = want.split(" ", 2);
      String arg = kv.length > 1 ? kv[1] : "";
      switch (kv[0]) {
        case "exit" -> assertEquals(Integer.parseInt(arg), run.exit(), out);
        case "line" ->
            assertTrue(
                lines.stream().anyMatch(l -> l.startsWith(arg)),
                "a line starting with «" + arg + "» in:\n" + out);
        case "absent" -> assertFalse(out.contains(arg), "«" + arg + "» absent from:\n" + out);
        case "site" -> assertSiteFile(site, arg, out);
        case "no-site" -> assertFalse(Files.exists(site.resolve(arg)), arg + " not in the site");
        case "site-lacks" -> assertSiteLacks(site, arg);
        default -> throw new IllegalArgumentException("unknown expectation: " + want);
      }
    }
    if (run.exit() == 0) {
      assertTrue(Files.exists(site.resolve("index.html")), "a site was built:\n" + out);
      assertFalse(
          PREVIOUS_INDEX.equals(Files.readString(site.resolve("index.html"))),
          "the previous site was replaced");
    } else {
      assertArrayEquals(
          before.keySet().toArray(),
          snapshot(site).keySet().toArray(),
          "same files after a failure");
      before.forEach(
          (k, v) -> assertArrayEquals(v, read(site.resolve(k)), k + " unchanged after a failure"));
      if (run.exit() == 1) {
        for (String line : lines) {
          if (line.matches("\\d+ errors?(, \\d+ warnings?)?")
              || line.startsWith("Nothing was written")) continue;
          assertTrue(
              POSITIONED.matcher(line).matches(),
              "every message has a path:line:col: «" + line + "»\n" + out);
        }
      }
    }
    try (Stream<Path> leftovers = Files.list(portfolio)) {
      assertEquals(
          List.of(),
          leftovers
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(".site.tmp-") || n.startsWith(".site.old-"))
              .toList(),
          "no leftovers");
    }
  }

  private static void assertSiteFile(Path site, String arg, String out) throws IOException {
    int colon = arg.indexOf(": ");
    String file = colon < 0 ? arg : arg.substring(0, colon);
    assertTrue(
        Files.exists(site.resolve(file)),
        file + " in the site:\n" + out + "\nfiles: " + snapshot(site).keySet());
    if (colon >= 0) {
      String text = Files.readString(site.resolve(file));
      assertTrue(
          text.contains(arg.substring(colon + 2)),
          file + " contains «" + arg.substring(colon + 2) + "»");
    }
  }

  private static void assertSiteLacks(Path site, String text) throws IOException {
    for (Map.Entry<String, byte[]> e : snapshot(site).entrySet()) {
      assertFalse(
          new String(e.getValue(), StandardCharsets.UTF_8).contains(text),
          "«" + text + "» in " + e.getKey());
    }
  }

  private static void setUp(Path portfolio, String step) throws IOException {
    String[] parts = step.split(" ");
    switch (parts[0]) {
      case "symlink" -> {
        Path link = portfolio.resolve(parts[1]);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of(parts[3]));
      }
      case "unreadable" -> {
        Path file = portfolio.resolve(parts[1]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running with rights that read any file (root)");
      }
      case "delete" -> deleteTree(portfolio.resolve(parts[1]));
      default -> throw new IllegalArgumentException("unknown setup: " + step);
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  static Run build(String... args) {
    CommandLine cl = CairnCommand.newCommandLine();
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out, true);
    cl.setOut(w);
    cl.setErr(w);
    int exit = cl.execute(args);
    return new Run(exit, out.toString());
  }

  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) return files;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BadInputCasesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Parses the case document; see its header for the format. */
  static List<Case> parse(String doc) {
    List<Case> cases = new ArrayList<>();
    String name = null;
    List<FileSection> files = new ArrayList<>();
    List<String> setup = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    StringBuilder sections = new StringBuilder(); // file sections since the last directive
    for (String line : (doc + "\n=== (end)").split("\n", -1)) {
      boolean directive =
          line.startsWith("=== ") || line.startsWith(">>> ") || line.startsWith("@@ ");
      if (!directive) {
        if (FixtureParser.isHeader(line) || sections.length() > 0) {
          sections.append(line).append('\n');
        }
        continue;
      }
      for (FixtureParser.Section section : FixtureParser.parse(sections.toString())) {
        files.add(new FileSection(section.path(), section.withoutTrailingBlankLines().bytes()));
      }
      sections.setLength(0);
      if (line.startsWith("=== ")) {
        if (name != null)
          cases.add(new Case(name, List.copyOf(files), List.copyOf(setup), List.copyOf(expected)));
        name = line.substring(4).strip();
        files.clear();
        setup.clear();
        expected.clear();
      } else if (line.startsWith(">>> ")) {
        expected.add(line.substring(4).strip());
      } else {
        setup.add(line.substring(3).strip());
      }
    }
    return cases;
  }
}
