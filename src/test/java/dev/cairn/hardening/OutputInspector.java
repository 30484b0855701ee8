package dev.cairn.hardening;

import java.util.Locale;

/** Checks shared by the hardening tests on what reaches the output. */
final class OutputInspector {

  private OutputInspector() {}

  /** True for http, https, mailto and relative URLs, judged the way a browser reads the scheme. */
  static boolean isSafeUrl(String url) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7f) b.append(c);
    }
    String s = b.toString();
    int colon = s.indexOf(':');
    if (colon < 0) return true;
    for (int i = 0; i < colon; i++) {
      if ("/?#".indexOf(s.charAt(i)) >= 0) return true;
    }
    String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
  }
}
