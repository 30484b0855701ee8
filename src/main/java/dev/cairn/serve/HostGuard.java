package dev.cairn.serve;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose {@code Host} is not a loopback name while the server listens on loopback,
 * so that a web page whose domain was rebound to 127.0.0.1 (DNS rebinding) cannot read the preview,
 * private content included.
 */
final class HostGuard {

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final boolean loopbackOnly;

  HostGuard(InetAddress bind) {
    this.loopbackOnly = bind.isLoopbackAddress();
  }

  boolean allows(String host) {
    if (!loopbackOnly) return true;
    if (host == null) return false;
    String h = host.strip().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      String port = h.substring(colon + 1);
      if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9'))
        return false;
      h = h.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(h);
  }
}
