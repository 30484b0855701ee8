package dev.cairn.importer;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one CSV file of an export with Apache Commons CSV (RFC 4180: quoted fields
 * may hold commas, quotes and line breaks), each with the line it starts on. The bytes must be
 * UTF-8; a leading byte-order mark is dropped and CRLF line ends are read like LF. A file that
 * stops being readable is reported where it stopped, and reading ends there.
 */
final class CsvRecords {

  /** One record: the file line it starts on (1-based) and its fields. */
  record Row(String file, int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }

    /** The field at a 0-based index, or "" where the row is shorter. */
    String field(int index) {
      return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** The position of the field at a 0-based index: columns count fields, from 1. */
    SourcePosition at(int index) {
      return new SourcePosition(file, line, Math.max(1, index + 1));
    }

    Diagnostic error(int index, String message) {
      return Diagnostic.error(at(index), message);
    }
  }

  /** Receives rows in file order. */
  interface RowHandler {
    void row(Row row);
  }

  private CsvRecords() {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  /**
   * Reads every record of {@code name} into {@code handler}; problems reading the file become
   * errors in {@code sink}. Returns false when the file could not be read to its end.
   */
  static boolean read(ExportSource source, String name, RowHandler handler, List<Diagnostic> sink) {
    String file = source.displayName(name);
    int nextLine = 1;
    try (InputStream in = source.open(name);
        Reader reader = utf8(in);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) break;
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          sink.add(problem(file, (int) parser.getCurrentLineNumber() + 1, e));
          return false;
        }
        List<String> fields = new ArrayList<>(record.size());
        record.forEach(fields::add);
        if (nextLine == 1 && !fields.isEmpty()) fields.set(0, dropBom(fields.get(0)));
        handler.row(new Row(file, nextLine, fields));
        nextLine = (int) parser.getCurrentLineNumber() + 1;
      }
      return true;
    } catch (IOException | UncheckedIOException e) {
      sink.add(problem(file, nextLine, e));
      return false;
    }
  }

  /**
   * Reads {@code name}, whose first record is a header: {@code header} reads it, and every later
   * record goes to {@code body} with what the header gave. A file without any record is an error
   * saying {@code whenEmpty}, unless reading it already gave one.
   */
  static <H> void readWithHeader(
      ExportSource source,
      String name,
      Function<Row, H> header,
      BiConsumer<Row, H> body,
      String whenEmpty,
      List<Diagnostic> sink) {
    List<H> seen = new ArrayList<>(1);
    read(
        source,
        name,
        row -> {
          if (seen.isEmpty()) {
            seen.add(header.apply(row));
          } else {
            body.accept(row, seen.get(0));
          }
        },
        sink);
    if (seen.isEmpty() && sink.isEmpty()) {
      sink.add(Diagnostic.error(SourcePosition.startOf(source.displayName(name)), whenEmpty));
    }
  }

  private static Reader utf8(InputStream in) {
    return new Utf8Reader(in);
  }

  private static String dropBom(String field) {
    return field.startsWith("\uFEFF") ? field.substring(1) : field;
  }

  private static Diagnostic problem(String file, int line, Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null
        && !(cause instanceof Utf8Reader.Malformed)
        && cause != cause.getCause()) {
      cause = cause.getCause();
    }
    String message;
    if (cause instanceof Utf8Reader.Malformed bad) {
      return Diagnostic.error(
          new SourcePosition(file, bad.line, bad.column),
          "not valid UTF-8; export the file again or save it with UTF-8 encoding");
    } else {
      String detail =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      if (detail.contains("EOF reached before encapsulated token finished")) {
        message =
            "a quoted field is never closed; every '\"' that opens a field needs a closing '\"'";
      } else if (detail.contains("invalid char between encapsulated token and delimiter")) {
        message = "text after a closing quote; write a quote inside a quoted field as \"\"";
      } else {
        message = "cannot read the CSV: " + detail;
      }
    }
    return Diagnostic.error(new SourcePosition(file, Math.max(1, line), 1), message);
  }
}
