package dev.cairn.pipeline.incremental;

import dev.cairn.content.ContentLoader.LogRead;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Log;
import dev.cairn.model.SourcePosition;
import dev.cairn.pipeline.incremental.ParsedLogs.Entry;
import dev.cairn.render.MarkdownRenderer.Rendered;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The file of {@link ParsedLogs}: a header naming the Cairn that wrote it, the entries, and then
 * the CRC-32C of every byte before it and their count. It is written under a name of its own and
 * renamed into place; one cut short by kill -9, damaged, of another Cairn or otherwise unreadable
 * is ignored as a whole. An entry whose log holds a value this format does not know is left out.
 */
final class ParsedLogsFile {

  private static final String MAGIC = "cairn-parsed-logs 1";
  private static final long MAX_BYTES = 512L << 20;
  private static final int TRAILER = 2 * Long.BYTES;

  private final Path file;
  private final String version;

  ParsedLogsFile(Path file, String version) {
    this.file = file;
    this.version = version;
  }

  /** The entries by path, or none when the file is missing or cannot be trusted. */
  Map<String, Entry> read() {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Map.of();
      byte[] all = Files.readAllBytes(file);
      if (all.length < TRAILER) return Map.of();
      ByteBuffer trailer = ByteBuffer.wrap(all, all.length - TRAILER, TRAILER);
      long crc = trailer.getLong();
      long length = trailer.getLong();
      int body = all.length - TRAILER;
      CRC32C check = new CRC32C();
      check.update(all, 0, body);
      if (length != body || crc != check.getValue()) return Map.of();
      ByteBuffer in = ByteBuffer.wrap(all, 0, body);
      if (!string(in).equals(MAGIC) || !string(in).equals(version)) return Map.of();
      int count = in.getInt();
      Map<String, Entry> entries = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String path = string(in);
        entries.put(path, entry(in));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /** Writes {@code entries} as the file; a failure only loses the cache. */
  void write(Map<String, Entry> entries) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(file.getParent());
      CRC32C crc = new CRC32C();
      long length;
      try (OutputStream raw = Files.newOutputStream(tmp);
          CheckedOutputStream checked = new CheckedOutputStream(raw, crc);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16))) {
        Map<String, Entry> writable = new TreeMap<>();
        entries.forEach(
            (path, e) -> {
              if (isWritable(e.read())) writable.put(path, e);
            });
        string(out, MAGIC);
        string(out, version);
        out.writeInt(writable.size());
        for (Map.Entry<String, Entry> e : writable.entrySet()) {
          string(out, e.getKey());
          entry(out, e.getValue());
        }
        out.flush();
        length = out.size();
        DataOutputStream end = new DataOutputStream(raw);
        end.writeLong(crc.getValue());
        end.writeLong(length);
        end.flush();
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      delete(tmp);
    }
  }

  /** Removes the file; a failure only leaves it to be ignored or replaced. */
  void delete() {
    delete(file);
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // nothing more to lose
    }
  }

  private static void entry(DataOutputStream out, Entry e) throws IOException {
    string(out, e.slug());
    string(out, e.context());
    string(out, e.content());
    Optional<Log> log = e.read().log();
    out.writeBoolean(log.isPresent());
    if (log.isPresent()) log(out, log.get());
    out.writeInt(e.read().diagnostics().size());
    for (Diagnostic d : e.read().diagnostics()) {
      out.writeByte(d.severity().ordinal());
      string(out, d.position().path());
      out.writeInt(d.position().line());
      out.writeInt(d.position().column());
      string(out, d.message());
    }
    out.writeBoolean(e.rendered().isPresent());
    if (e.rendered().isPresent()) {
      string(out, e.rendered().get().html());
      string(out, e.rendered().get().text());
      out.writeBoolean(e.unsafeHtml());
    }
  }

  private static Entry entry(ByteBuffer in) throws IOException {
    String slug = string(in);
    String context = string(in);
    String content = string(in);
    Optional<Log> log = bool(in) ? Optional.of(log(in)) : Optional.empty();
    int count = in.getInt();
    List<Diagnostic> diagnostics = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Diagnostic.Severity severity = Diagnostic.Severity.values()[in.get()];
      SourcePosition at = new SourcePosition(string(in), in.getInt(), in.getInt());
      diagnostics.add(new Diagnostic(severity, at, string(in)));
    }
    Optional<Rendered> rendered =
        bool(in) ? Optional.of(new Rendered(string(in), string(in))) : Optional.empty();
    boolean unsafe = rendered.isPresent() && bool(in);
    return new Entry(slug, context, content, new LogRead(log, diagnostics), rendered, unsafe);
  }

  private static void log(DataOutputStream out, Log log) throws IOException {
    string(out, log.sourcePath());
    string(out, log.slug());
    out.writeLong(log.date().toEpochDay());
    string(out, log.goal());
    optional(out, log.win());
    optional(out, log.milestone());
    out.writeInt(log.metrics().size());
    for (Map.Entry<String, Double> m : log.metrics().entrySet()) {
      string(out, m.getKey());
      out.writeDouble(m.getValue());
    }
    out.writeBoolean(log.challenge().isPresent());
    if (log.challenge().isPresent()) out.writeInt(log.challenge().getAsInt());
    out.writeBoolean(log.minStep());
    out.writeInt(log.tags().size());
    for (String tag : log.tags()) string(out, tag);
    out.writeBoolean(log.isPrivate());
    out.writeBoolean(log.draft());
    string(out, log.body());
    value(out, log.extra());
  }

  @SuppressWarnings("unchecked")
  private static Log log(ByteBuffer in) throws IOException {
    String sourcePath = string(in);
    String slug = string(in);
    LocalDate date = LocalDate.ofEpochDay(in.getLong());
    String goal = string(in);
    Optional<String> win = optional(in);
    Optional<String> milestone = optional(in);
    int metricCount = in.getInt();
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (int i = 0; i < metricCount; i++) metrics.put(string(in), in.getDouble());
    OptionalInt challenge = bool(in) ? OptionalInt.of(in.getInt()) : OptionalInt.empty();
    boolean minStep = bool(in);
    int tagCount = in.getInt();
    List<String> tags = new ArrayList<>(tagCount);
    for (int i = 0; i < tagCount; i++) tags.add(string(in));
    boolean isPrivate = bool(in);
    boolean draft = bool(in);
    String body = string(in);
    Map<String, Object> extra = (Map<String, Object>) value(in);
    return new Log(
        sourcePath,
        slug,
        date,
        goal,
        win,
        milestone,
        metrics,
        challenge,
        minStep,
        tags,
        isPrivate,
        draft,
        body,
        extra);
  }

  /** Whether every value of the log is text, a list or a map of such, as front matter gives. */
  private static boolean isWritable(LogRead read) {
    return read.log().map(l -> isPlain(l.extra())).orElse(true);
  }

  private static boolean isPlain(Object value) {
    if (value instanceof String) return true;
    if (value instanceof List<?> list) return list.stream().allMatch(ParsedLogsFile::isPlain);
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .allMatch(e -> e.getKey() instanceof String && isPlain(e.getValue()));
    }
    return false;
  }

  private static void value(DataOutputStream out, Object value) throws IOException {
    if (value instanceof String text) {
      out.writeByte('S');
      string(out, text);
    } else if (value instanceof List<?> list) {
      out.writeByte('L');
      out.writeInt(list.size());
      for (Object item : list) value(out, item);
    } else {
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeByte('M');
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        string(out, (String) e.getKey());
        value(out, e.getValue());
      }
    }
  }

  /** As front matter gives them: lists unmodifiable, maps unmodifiable in their order. */
  private static Object value(ByteBuffer in) throws IOException {
    int kind = in.get();
    switch (kind) {
      case 'S':
        return string(in);
      case 'L':
        {
          int n = in.getInt();
          List<Object> items = new ArrayList<>(n);
          for (int i = 0; i < n; i++) items.add(value(in));
          return List.copyOf(items);
        }
      case 'M':
        {
          int n = in.getInt();
          Map<String, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) map.put(string(in), value(in));
          return Collections.unmodifiableMap(map);
        }
      default:
        throw new IOException("unknown value kind " + kind);
    }
  }

  private static void optional(DataOutputStream out, Optional<String> text) throws IOException {
    out.writeBoolean(text.isPresent());
    if (text.isPresent()) string(out, text.get());
  }

  private static Optional<String> optional(ByteBuffer in) {
    return bool(in) ? Optional.of(string(in)) : Optional.empty();
  }

  private static void string(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  private static boolean bool(ByteBuffer in) {
    return in.get() != 0;
  }
}
