package dev.cairn.render;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.render.data.DailyCsvWriter;
import dev.cairn.render.data.PortfolioJsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The data export: {@code data/portfolio.json} and one CSV of daily values per goal. */
final class DataFiles {

  private DataFiles() {}

  static List<FileJob> jobs(RenderContext ctx) {
    PortfolioAnalysis analysis = ctx.content().analysis();
    List<FileJob> files = new ArrayList<>();
    PortfolioJsonWriter json = new PortfolioJsonWriter(ctx.views()::suggestion);
    files.add(
        new FileJob(
            "data/portfolio.json",
            List.of(analysis),
            () -> json.write(analysis).getBytes(StandardCharsets.UTF_8)));
    DailyCsvWriter csv = new DailyCsvWriter();
    for (GoalAnalysis ga : analysis.goals()) {
      files.add(
          new FileJob(
              "data/" + ga.goal().slug() + ".csv",
              List.of(ga),
              () -> csv.write(ga).getBytes(StandardCharsets.UTF_8)));
    }
    return files;
  }
}
