package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Composes YAML text into a node tree (never into objects) under tight limits, and turns every
 * SnakeYAML failure into one positioned diagnostic with a plain message.
 */
final class YamlComposer {
  static final int MAX_ALIASES = 10;
  static final int MAX_NESTING = 20;
  static final int MAX_CODE_POINTS = 1_000_000;

  private YamlComposer() {}

  // A Yaml instance is not thread-safe but can be reused: each compose() starts a fresh parser.
  private static final ThreadLocal<Yaml> COMPOSER =
      ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(options())));

  static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMergeOnCompose(false);
    return options;
  }

  /**
   * The document, or empty after adding an error to {@code sink}. An empty YAML text gives a
   * document without root.
   */
  static Optional<YamlDocument> compose(
      String path, String yaml, int firstLine, List<Diagnostic> sink) {
    LineIndex lines = LineIndex.of(yaml);
    YamlDocument empty = new YamlDocument(path, firstLine, lines, Optional.empty());
    // SnakeYAML's own limit does not count comments, so check the whole text first.
    if (yaml.length() > MAX_CODE_POINTS) {
      sink.add(Diagnostic.error(frontMatterStart(empty), tooLong()));
      return Optional.empty();
    }
    try {
      Node root = COMPOSER.get().compose(new StringReader(yaml));
      return Optional.of(new YamlDocument(path, firstLine, lines, Optional.ofNullable(root)));
    } catch (MarkedYAMLException e) {
      sink.add(Diagnostic.error(problemPosition(empty, e), syntaxMessage(empty, e)));
    } catch (ReaderException e) {
      sink.add(
          Diagnostic.error(
              empty.positionOfOffset(e.getPosition()),
              String.format(
                  Locale.ROOT,
                  "YAML: the character U+%04X is not allowed here; remove it",
                  e.getCodePoint())));
    } catch (YAMLException e) {
      sink.add(Diagnostic.error(limitPosition(empty, yaml, e), limitMessage(e)));
    } catch (RuntimeException | StackOverflowError e) {
      sink.add(Diagnostic.error(frontMatterStart(empty), "YAML could not be read: " + e));
    }
    return Optional.empty();
  }

  /** Unpositioned problems point at the line where the YAML text starts. */
  private static SourcePosition frontMatterStart(YamlDocument doc) {
    return new SourcePosition(doc.path(), Math.max(1, doc.firstLine() - 1), 1);
  }

  /**
   * SnakeYAML reports the alias and nesting limits without a place; the parse events (which neither
   * expand aliases nor recurse) show where the limit is crossed.
   */
  private static SourcePosition limitPosition(YamlDocument doc, String yaml, YAMLException e) {
    String text = String.valueOf(e.getMessage());
    boolean aliases = text.startsWith("Number of aliases");
    if (!aliases && !text.startsWith("Nesting Depth exceeded")) return frontMatterStart(doc);
    Set<String> collectionAnchors = new HashSet<>();
    int depth = 0;
    int collectionAliases = 0;
    try {
      for (Event event : COMPOSER.get().parse(new StringReader(yaml))) {
        if (event instanceof CollectionStartEvent start) {
          if (start.getAnchor() != null) collectionAnchors.add(start.getAnchor());
          if (!aliases && ++depth > MAX_NESTING) return doc.position(event.getStartMark());
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        } else if (aliases
            && event instanceof AliasEvent alias
            && collectionAnchors.contains(alias.getAnchor())
            && ++collectionAliases > MAX_ALIASES) {
          return doc.position(event.getStartMark());
        }
      }
    } catch (YAMLException again) {
      // fall back to the start of the front matter
    }
    return frontMatterStart(doc);
  }

  private static SourcePosition problemPosition(YamlDocument doc, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    return mark == null ? frontMatterStart(doc) : doc.position(mark);
  }

  private static String syntaxMessage(YamlDocument doc, MarkedYAMLException e) {
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    if (problem != null && problem.contains("\\t(TAB)")) {
      return "YAML syntax: a tab character here; indent with spaces, not tabs";
    }
    if (problem != null && problem.startsWith("Global tag is not allowed")) {
      return "YAML: type tags (!!name) are not allowed; remove the tag";
    }
    StringBuilder message = new StringBuilder("YAML syntax: ").append(firstLine(problem));
    if (e.getProblem() != null && e.getContext() != null) {
      message.append(" (").append(e.getContext());
      Mark context = e.getContextMark();
      if (context != null
          && e.getProblemMark() != null
          && context.getIndex() != e.getProblemMark().getIndex()) {
        SourcePosition at = doc.position(context);
        message.append(" at line ").append(at.line()).append(", column ").append(at.column());
      }
      message.append(')');
    }
    return message.toString();
  }

  private static String limitMessage(YAMLException e) {
    String text = String.valueOf(e.getMessage());
    if (text.startsWith("Number of aliases")) {
      return "YAML: more than "
          + MAX_ALIASES
          + " aliases to lists or mappings; write the values out";
    }
    if (text.startsWith("Nesting Depth exceeded")) {
      return "YAML: nested more than " + MAX_NESTING + " levels deep";
    }
    if (text.startsWith("The incoming YAML document exceeds the limit")) {
      return tooLong();
    }
    return "YAML: " + firstLine(text);
  }

  private static String tooLong() {
    return "YAML: front matter longer than " + MAX_CODE_POINTS + " characters";
  }

  private static String firstLine(String text) {
    if (text == null) return "unreadable";
    String trimmed = text.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
  }
}
