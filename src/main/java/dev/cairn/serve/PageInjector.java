package dev.cairn.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Adds the live-reload script, and the error overlay while the latest build failed, to an HTML page
 * as it is served (the files on disk stay as {@code cairn build} would write them).
 */
final class PageInjector {

  /** Where open pages listen for rebuilds. */
  static final String EVENTS_PATH = "/__cairn/events";

  private PageInjector() {}

  static byte[] inject(byte[] html, SiteState state) {
    String page = new String(html, StandardCharsets.UTF_8);
    String addition = (state.failed() ? overlay(state.problems()) : "") + script(state.build());
    int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String out = at < 0 ? page + addition : page.substring(0, at) + addition + page.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** The page served for every request while no build has succeeded yet. */
  static byte[] placeholder(SiteState state) {
    String page =
        """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · Cairn</title></head>
        <body style="font:16px/1.5 system-ui,sans-serif;margin:2rem">
        <p>The site could not be built yet. Fix the problems listed and save; this page reloads by itself.</p>
        </body>
        </html>
        """;
    return inject(page.getBytes(StandardCharsets.UTF_8), state);
  }

  /**
   * Reloads when the server reports a build other than the one this page came from: "build" on
   * connecting (covers a rebuild that finished while the page loaded, and a restarted server),
   * "reload" after each rebuild. A refused stream is retried after a pause. Pages work the same
   * without it.
   */
  static String script(long build) {
    return "<script>(function(){if(!window.EventSource)return;var b=\""
        + build
        + "\";"
        + "function c(){var s=new EventSource(\""
        + EVENTS_PATH
        + "\");"
        + "function r(e){if(e.data!==b){s.close();location.reload();}}"
        + "s.addEventListener(\"build\",r);s.addEventListener(\"reload\",r);"
        + "s.onerror=function(){if(s.readyState===2)setTimeout(c,2000);};}c();})();</script>\n";
  }

  static String overlay(List<String> problems) {
    StringBuilder b = new StringBuilder();
    b.append(
            "<div id=\"cairn-build-errors\" role=\"alert\" style=\"position:fixed;top:0;left:0;right:0;")
        .append("z-index:2147483647;max-height:70vh;overflow:auto;box-sizing:border-box;margin:0;")
        .append(
            "padding:1rem 1.25rem;background:#2a0e0e;color:#fdecec;border-bottom:4px solid #e5484d;")
        .append(
            "box-shadow:0 4px 24px rgba(0,0,0,.45);font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,")
        .append("monospace;text-align:left\">");
    b.append("<p style=\"margin:0 0 .5rem;font:600 15px/1.4 system-ui,sans-serif;color:#fff\">")
        .append("The last build failed (")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems")
        .append("). This is the last good site; save a fix to reload.</p>");
    b.append("<pre style=\"margin:0;padding:0;border:0;background:none;color:inherit;font:inherit;")
        .append("white-space:pre-wrap;overflow-wrap:anywhere\">");
    for (String p : problems) b.append(escape(p)).append('\n');
    b.append("</pre></div>\n");
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
