package dev.cairn.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to serve: the portfolio folder, where to listen (port 0 picks a free one), drafts or not,
 * whether private content is shown (the owner's preview), and a fixed reference date if any
 * (otherwise each rebuild uses the current date).
 */
public record ServeOptions(
    Path source,
    InetAddress bind,
    int port,
    boolean drafts,
    boolean includePrivate,
    Optional<LocalDate> today) {

  public ServeOptions {
    Objects.requireNonNull(source);
    Objects.requireNonNull(bind);
    Objects.requireNonNull(today);
    if (port < 0 || port > 65535)
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    source = source.toAbsolutePath().normalize();
  }
}
