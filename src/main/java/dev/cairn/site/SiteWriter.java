package dev.cairn.site;

import dev.cairn.model.OutputFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a site into an output folder without ever showing a half-written one. Two strategies:
 * {@link SwappingSiteWriter} for builds (write beside, then swap in) and {@link InPlaceSiteWriter}
 * for the dev server's own folders.
 */
public interface SiteWriter {

  /**
   * Starts writing a site: takes the lock, cleans up after killed builds and picks the folder to
   * write into. Files can then be put one by one as they are rendered (from several threads), so
   * the whole site never has to be held in memory.
   */
  WriteSession open(Path outDir) throws SiteWriteFailed;

  /**
   * Writes the whole site at once: {@link #open}, {@link WriteSession#put} each file, {@link
   * WriteSession#commit}.
   */
  default void write(Path outDir, List<OutputFile> files) throws SiteWriteFailed {
    WriteSession session = open(outDir);
    try {
      files.parallelStream().forEach(session::putUnchecked);
      session.commit();
    } catch (UncheckedIOException e) {
      session.abort(e.getCause());
    } finally {
      session.close();
    }
  }
}
