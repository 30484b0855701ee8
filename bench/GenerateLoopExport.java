import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a Loop Habit Tracker export (since 2.3.1) as its ZIP: H habits over Y years counting back
 * from 2026-11-27, half yes/no and half numerical, one checkmark per habit and day (about 73,000
 * for 20 habits over 10 years), a few with notes that hold commas, quotes and line breaks.
 *
 * <p>Run: {@code java bench/GenerateLoopExport.java OUT.zip HABITS YEARS}
 */
public class GenerateLoopExport {

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int habits = Integer.parseInt(args[1]);
    int years = Integer.parseInt(args[2]);
    Random random = new Random(42);
    LocalDate last = LocalDate.of(2026, 11, 27);
    LocalDate first = last.minusYears(years).plusDays(1);
    try (OutputStream file = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      StringBuilder list =
          new StringBuilder(
              "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,"
                  + "Color,Unit,Target Type,Target Value,Archived?\n");
      for (int h = 1; h <= habits; h++) {
        boolean numerical = h % 2 == 0;
        list.append(
            String.format(
                "%03d,Habit %d,%s,Did you?,,1,1,#00897B,%s,%s,%s,false%n",
                h,
                h,
                numerical ? "NUMERICAL" : "YES_NO",
                numerical ? "pages" : "",
                numerical ? (h % 4 == 0 ? "AT_MOST" : "AT_LEAST") : "",
                numerical ? "20.0" : ""));
      }
      put(zip, "Habits.csv", list.toString());
      String[] yesNo = {"YES_MANUAL", "YES_MANUAL", "YES_AUTO", "NO", "SKIP", "UNKNOWN"};
      for (int h = 1; h <= habits; h++) {
        StringBuilder rows = new StringBuilder("Date,Value,Notes\n");
        for (LocalDate d = last; !d.isBefore(first); d = d.minusDays(1)) {
          String value =
              h % 2 == 0
                  ? (random.nextInt(10) == 0 ? "UNKNOWN" : String.valueOf(random.nextInt(40_000)))
                  : yesNo[random.nextInt(yesNo.length)];
          String note = random.nextInt(20) == 0 ? "\"Felt \"\"fine\"\", then\ntired\"" : "";
          rows.append(d).append(',').append(value).append(',').append(note).append('\n');
        }
        put(zip, String.format("%03d Habit %d/Checkmarks.csv", h, h), rows.toString());
      }
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
