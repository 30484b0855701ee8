package dev.cairn.pipeline;

import dev.cairn.content.ContentLoader;
import dev.cairn.model.Portfolio;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The portfolio as loaded, for the commands that add content rather than build it ({@code new log},
 * {@code new site}): every valid goal and log, private and draft ones included; files with errors
 * are left out, as {@code check} reports them.
 */
public final class PortfolioReader {

  private PortfolioReader() {}

  public static Portfolio read(Path source, LocalDate today) {
    return new ContentLoader(today).load(source).portfolio();
  }
}
