package dev.cairn.render;

import java.util.List;

/** The theme's static files, copied as they are. */
final class ThemeFiles {

  private ThemeFiles() {}

  static List<FileJob> jobs(Theme theme) {
    return theme.staticFiles().entrySet().stream()
        .map(e -> FileJob.ready(e.getKey(), e.getValue()))
        .toList();
  }
}
