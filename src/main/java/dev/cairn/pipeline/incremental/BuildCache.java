package dev.cairn.pipeline.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * What the last one-off build made, kept beside the site ({@code .site.cache/manifest}): for each
 * file of the site, the digest of the values it was made from and the length and checksum of its
 * bytes. The bytes themselves are the site's own file. A file is reused only when its digest is
 * this build's and the file in the site still has exactly those bytes, so a site edited by hand, a
 * build killed before its swap, or a manifest of another Cairn can only cost time, never change a
 * byte. The manifest is written to a file of its own and renamed into place, and ends with the
 * SHA-256 of all before it: one cut short or damaged is ignored as a whole.
 */
final class BuildCache {

  private static final String MAGIC = "cairn-build-cache 1";
  private static final String END = "end\t";

  private record Entry(String key, int length, long crc) {}

  private final Path site;
  private final Path manifest;
  private final String version;
  private final Map<String, Entry> last;
  private final Map<String, Entry> next = new ConcurrentHashMap<>();

  private BuildCache(Path site, Path manifest, String version, Map<String, Entry> last) {
    this.site = site;
    this.manifest = manifest;
    this.version = version;
    this.last = last;
  }

  /** The cache of the site in {@code out}, made by Cairn {@code version}; empty if unusable. */
  static BuildCache open(Path out, String version) {
    Path site = out.toAbsolutePath().normalize();
    Path manifest = folderOf(site).resolve("manifest");
    return new BuildCache(site, manifest, version, read(manifest, version));
  }

  /** The folder beside {@code site} holding its cache. */
  static Path folderOf(Path site) {
    Path abs = site.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".cache");
  }

  /**
   * The bytes the last build made at {@code path} from values of digest {@code key}, if the site
   * still holds them; they are then recorded for this build too.
   */
  Optional<byte[]> reuse(String path, String key) {
    Entry e = last.get(path);
    if (e == null || !e.key().equals(key)) return Optional.empty();
    Path file = site.resolve(path);
    try {
      if (!file.normalize().startsWith(site)
          || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) != e.length()) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length != e.length() || crc(bytes) != e.crc()) return Optional.empty();
      next.put(path, e);
      return Optional.of(bytes);
    } catch (IOException ex) {
      return Optional.empty();
    }
  }

  /** Notes that this build made {@code bytes} at {@code path} from values of digest {@code key}. */
  void record(String path, String key, byte[] bytes) {
    if (path.indexOf('\t') < 0 && path.indexOf('\n') < 0) {
      next.put(path, new Entry(key, bytes.length, crc(bytes)));
    }
  }

  /** Writes what this build recorded as the manifest; a failure only loses the cache. */
  void save() {
    StringBuilder text = new StringBuilder(64 + next.size() * 128);
    text.append(MAGIC).append('\t').append(version).append('\n');
    new TreeMap<>(next)
        .forEach(
            (path, e) ->
                text.append(path)
                    .append('\t')
                    .append(e.key())
                    .append('\t')
                    .append(e.length())
                    .append('\t')
                    .append(e.crc())
                    .append('\n'));
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = (END + sha256(body) + "\n").getBytes(StandardCharsets.UTF_8);
    Path tmp = manifest.resolveSibling("manifest.tmp-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(manifest.getParent());
      byte[] all = new byte[body.length + end.length];
      System.arraycopy(body, 0, all, 0, body.length);
      System.arraycopy(end, 0, all, body.length, end.length);
      Files.write(tmp, all);
      Files.move(
          tmp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UnsupportedOperationException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to lose
      }
    }
  }

  private static Map<String, Entry> read(Path manifest, String version) {
    try {
      byte[] all = Files.readAllBytes(manifest);
      String text = new String(all, StandardCharsets.UTF_8);
      int endAt = text.lastIndexOf(END);
      if (endAt < 0 || !text.endsWith("\n")) return Map.of();
      String body = text.substring(0, endAt);
      String sum = text.substring(endAt + END.length(), text.length() - 1);
      if (!sum.equals(sha256(body.getBytes(StandardCharsets.UTF_8)))) return Map.of();
      String[] lines = body.split("\n", -1);
      if (!lines[0].equals(MAGIC + "\t" + version)) return Map.of();
      Map<String, Entry> entries = new HashMap<>(lines.length * 2);
      for (int i = 1; i < lines.length - 1; i++) {
        String[] f = lines[i].split("\t", -1);
        entries.put(f[0], new Entry(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3])));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private static long crc(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return crc.getValue();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
