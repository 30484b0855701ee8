package dev.cairn.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documentation points only at documentation the repository has. */
class DocLinksTest {

  private static final Pattern CITED_DOCUMENT =
      Pattern.compile("(?<![\\w/.-])(docs/[\\w-]+\\.md|[A-Z][A-Z_]*\\.md)\\b");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void everyLinkBetweenDocsLeadsToAFileAndHeadingThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : markdownPages()) {
      String text = Files.readString(page);
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String link = m.group(1);
        if (link.matches("[a-z]+:.*")) continue; // https:, mailto:
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
          broken.add(page + ": " + link + " (no such file)");
        } else if (hash >= 0 && !anchors(target).contains(link.substring(hash + 1))) {
          broken.add(page + ": " + link + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  /**
   * A cited guide ({@code docs/<name>.md}) or root document (an upper-case name such as {@code
   * README.md}) must be in the repository, and no file may send the reader to "product
   * documentation" elsewhere.
   */
  @Test
  void noFileCitesADocumentTheRepositoryLacks() throws IOException {
    List<String> found = new ArrayList<>();
    for (String root : List.of("docs", "themes", "src", "bench", "README.md")) {
      if (!Files.exists(Path.of(root))) continue;
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String text;
          try {
            text = Files.readString(f);
          } catch (MalformedInputException binary) {
            continue;
          }
          Matcher cited = CITED_DOCUMENT.matcher(text);
          while (cited.find()) {
            if (!Files.isRegularFile(Path.of(cited.group(1)))) found.add(f + ": " + cited.group(1));
          }
          // the test itself names the phrase it looks for
          if (text.contains("product documentation") && !f.endsWith("DocLinksTest.java")) {
            found.add(f + ": product documentation");
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  private static List<Path> markdownPages() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      return Stream.concat(
              Stream.of(Path.of(".", "README.md")),
              files.filter(p -> p.toString().endsWith(".md")).sorted())
          .toList();
    }
  }

  /** The heading anchors of a Markdown page, made as GitHub makes them. */
  private static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new HashSet<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page)) {
      if (line.startsWith("```")) fenced = !fenced;
      if (fenced || !line.startsWith("#")) continue;
      String title = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
      anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
    }
    return anchors;
  }
}
