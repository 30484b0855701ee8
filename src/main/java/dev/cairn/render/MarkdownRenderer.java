package dev.cairn.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with GFM tables, autolinks, strikethrough and heading anchors. Unless the
 * portfolio opts into unsafe HTML, raw HTML is escaped, links with a disallowed scheme lose their
 * link (the text stays), and such images become their alt text. Thread-safe; build one per run.
 */
public final class MarkdownRenderer {

  /** Tables bigger than this are left as text: a guard against pathological input. */
  static final int MAX_TABLE_CELLS = 2_000;

  private final Parser parser;
  private final Parser parserWithoutTables;
  private final HtmlRenderer renderer;
  private final boolean unsafeHtml;

  public MarkdownRenderer(boolean unsafeHtml) {
    this.unsafeHtml = unsafeHtml;
    List<Extension> extensions =
        List.of(
            TablesExtension.builder().maxCells(MAX_TABLE_CELLS).build(),
            AutolinkExtension.create(),
            StrikethroughExtension.create(),
            HeadingAnchorExtension.create());
    SafeUrlPolicy urls = new SafeUrlPolicy();
    HtmlRenderer.Builder rendererBuilder = HtmlRenderer.builder().extensions(extensions);
    if (!unsafeHtml) rendererBuilder.escapeHtml(true).sanitizeUrls(true).urlSanitizer(urls);
    this.parser = parser(extensions, unsafeHtml, urls);
    this.parserWithoutTables = parser(extensions.subList(1, extensions.size()), unsafeHtml, urls);
    this.renderer = rendererBuilder.build();
  }

  private static Parser parser(List<Extension> extensions, boolean unsafeHtml, SafeUrlPolicy urls) {
    Parser.Builder builder = Parser.builder().extensions(extensions).maxInlineNesting(50);
    if (!unsafeHtml) builder.postProcessor(document -> dropUnsafeLinks(document, urls));
    return builder.build();
  }

  /** Whether raw HTML and every link scheme pass through as written ({@code unsafe_html}). */
  public boolean unsafeHtml() {
    return unsafeHtml;
  }

  /** Markdown as safe HTML and the opening of its plain text (for summaries), from one parse. */
  public record Rendered(String html, String text) {}

  /** Summaries are cut at 200 characters; a little more text than that is enough. */
  static final int PLAIN_TEXT_LIMIT = 400;

  public String toHtml(String markdown) {
    return renderer.render(parse(markdown));
  }

  public Rendered render(String markdown) {
    Node document = parse(markdown);
    return new Rendered(renderer.render(document), plainText(document));
  }

  private static String plainText(Node document) {
    StringBuilder text = new StringBuilder();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak b) {
            append(" ");
          }

          @Override
          public void visit(HardLineBreak b) {
            append(" ");
          }

          @Override
          public void visit(Paragraph p) {
            visitChildren(p);
            append(" ");
          }

          @Override
          public void visit(Heading h) {
            visitChildren(h);
            append(" ");
          }

          // Whitespace runs become one space; text past the limit is not needed.
          private void append(String s) {
            for (int i = 0; i < s.length() && text.length() < PLAIN_TEXT_LIMIT; i++) {
              char c = s.charAt(i);
              boolean space = Character.isWhitespace(c);
              if (space && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) continue;
              text.append(space ? ' ' : c);
            }
          }
        });
    return text.toString().strip();
  }

  // commonmark aborts the whole document when a table exceeds maxCells; the text still deserves
  // a page, so it is parsed again with tables left as plain paragraphs.
  private Node parse(String markdown) {
    try {
      return parser.parse(markdown);
    } catch (IllegalArgumentException tooManyCells) {
      return parserWithoutTables.parse(markdown);
    }
  }

  private static Node dropUnsafeLinks(Node document, SafeUrlPolicy urls) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            visitChildren(link);
            if (!urls.isSafe(link.getDestination())) unwrap(link);
          }

          @Override
          public void visit(Image image) {
            if (!urls.isSafe(image.getDestination())) {
              image.insertBefore(new Text(altText(image)));
              image.unlink();
            }
          }
        });
    return document;
  }

  private static void unwrap(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }

  private static String altText(Node image) {
    StringBuilder b = new StringBuilder();
    for (Node c = image.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) b.append(t.getLiteral());
    }
    return b.toString();
  }
}
