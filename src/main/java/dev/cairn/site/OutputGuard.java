package dev.cairn.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Decides whether an output folder may be replaced: never the portfolio itself, a folder that holds
 * it or its content, and never a non-empty folder Cairn did not create (marked by {@link #MARKER}).
 */
public final class OutputGuard {

  /** The file that marks a folder as one Cairn generated. */
  public static final String MARKER = ".cairn-site";

  private OutputGuard() {}

  public static void check(Path portfolioDir, Path outDir) throws OutputRefused {
    Path portfolio = real(portfolioDir);
    Path out = real(outDir);
    if (out.equals(portfolio)) {
      throw new OutputRefused(
          "--out "
              + outDir
              + " is the portfolio folder itself; choose a folder for the site, e.g. site/");
    }
    if (portfolio.startsWith(out)) {
      throw new OutputRefused(
          "--out " + outDir + " contains the portfolio; replacing it would delete your content");
    }
    if (out.startsWith(portfolio.resolve("content"))
        || out.startsWith(portfolio.resolve("themes"))) {
      throw new OutputRefused(
          "--out "
              + outDir
              + " lies inside content/ or themes/; choose a folder outside them, e.g. site/");
    }
    if (Files.isSymbolicLink(outDir)) {
      throw new OutputRefused("--out " + outDir + " is a symbolic link; give the real folder");
    }
    if (Files.exists(outDir, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(outDir, LinkOption.NOFOLLOW_LINKS)) {
        throw new OutputRefused("--out " + outDir + " is a file, not a folder");
      }
      if (Files.isDirectory(outDir.resolve("content"))) {
        throw new OutputRefused(
            "--out " + outDir + " holds a content/ folder; it looks like a portfolio, not a site");
      }
      if (!Files.exists(outDir.resolve(MARKER)) && !isEmpty(outDir)) {
        throw new OutputRefused(
            "--out "
                + outDir
                + " is a non-empty folder that Cairn did not create; "
                + "empty it or choose another folder");
      }
    }
  }

  private static boolean isEmpty(Path dir) throws OutputRefused {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new OutputRefused("cannot read --out " + dir + ": " + e.getMessage());
    }
  }

  /** The real path where it exists, else the real parent plus the remaining names. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    Path rest = abs.getRoot().relativize(abs.getRoot());
    while (existing != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) return abs;
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return abs;
    }
  }
}
