package dev.cairn.render.data;

import dev.cairn.analysis.DailyValue;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.model.Metric;
import dev.cairn.text.UnroundedNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes {@code site/data/<slug>.csv}: a {@code date} column and one column per metric id in
 * front-matter order, one row per day with any value, ascending. RFC 4180 (CRLF line ends, quoting
 * where needed); cells a spreadsheet would read as a formula are prefixed with {@code '}.
 */
public final class DailyCsvWriter {

  private static final String CRLF = "\r\n";
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

  public String write(GoalAnalysis goal) {
    Map<String, Map<LocalDate, Double>> byMetric = new HashMap<>();
    TreeMap<LocalDate, Boolean> days = new TreeMap<>();
    for (MetricAnalysis m : goal.metrics()) {
      Map<LocalDate, Double> values = new HashMap<>();
      for (DailyValue d : m.daily()) {
        values.put(d.date(), d.value());
        days.put(d.date(), true);
      }
      byMetric.put(m.metric().id(), values);
    }
    List<Metric> columns = goal.goal().metrics();
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    header.add("date");
    columns.forEach(c -> header.add(c.id()));
    row(out, header);
    for (LocalDate day : days.keySet()) {
      List<String> cells = new ArrayList<>();
      cells.add(day.toString());
      for (Metric c : columns) {
        Double value = byMetric.getOrDefault(c.id(), Map.of()).get(day);
        cells.add(value == null ? "" : UnroundedNumbers.format(value).orElse(""));
      }
      row(out, cells);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(cell(cells.get(i)));
    }
    out.append(CRLF);
  }

  /** One field: neutralised against formula injection, then quoted per RFC 4180 if needed. */
  static String cell(String text) {
    String safe = text;
    if (!text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(text).matches()) {
      safe = "'" + text;
    }
    boolean quote = safe.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n');
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
