package dev.cairn.pipeline.incremental;

import dev.cairn.chart.ChartFile;
import dev.cairn.chart.ChartJob;
import dev.cairn.chart.ChartRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of the previous build, by path, with the job that drew each: a job equal to last
 * build's (equal data, size, palette and locale) gives the same bytes, so it is not drawn again.
 */
final class DrawnCharts {

  private record Drawn(ChartJob job, ChartFile file) {}

  private Map<String, Drawn> last = new HashMap<>();

  /** The file of every job, in job order, drawing only the jobs that changed. */
  List<ChartFile> draw(List<ChartJob> jobs, ChartRenderer renderer) {
    List<ChartJob> changed = new ArrayList<>();
    for (ChartJob job : jobs) {
      Drawn before = last.get(job.path());
      if (before == null || !before.job().equals(job)) changed.add(job);
    }
    Map<String, ChartFile> fresh = new HashMap<>();
    List<ChartFile> drawn = renderer.draw(changed);
    for (int i = 0; i < changed.size(); i++) fresh.put(changed.get(i).path(), drawn.get(i));
    Map<String, Drawn> next = new HashMap<>();
    List<ChartFile> files = new ArrayList<>(jobs.size());
    for (ChartJob job : jobs) {
      ChartFile file =
          fresh.containsKey(job.path()) ? fresh.get(job.path()) : last.get(job.path()).file();
      next.put(job.path(), new Drawn(job, file));
      files.add(file);
    }
    last = next;
    return files;
  }
}
