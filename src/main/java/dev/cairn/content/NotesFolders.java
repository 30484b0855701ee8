package dev.cairn.content;

import dev.cairn.model.NotesSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders of daily notes that {@code content/site.yaml} reads in place, for watching them. */
public final class NotesFolders {
  private NotesFolders() {}

  /** The existing notes folders named in site.yaml, absolute; none when it cannot be read. */
  public static List<Path> of(Path portfolio) {
    Path file = portfolio.resolve("content/site.yaml");
    if (!Files.isRegularFile(file)) return List.of();
    List<dev.cairn.model.Diagnostic> ignored = new ArrayList<>();
    return SourceReader.read(new SourceFile("content/site.yaml", file), ignored)
        .map(text -> new SiteConfigReader(portfolio, ignored).read("content/site.yaml", text))
        .map(site -> site.notes().stream().map(NotesSource::folder).map(Path::of).toList())
        .orElse(List.of());
  }
}
