package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip as a user meets it (issue 13): unpacked outside the repository, its bin/ on
 * PATH through a symbolic link, {@code cairn new site}, {@code build}, {@code check} and {@code
 * serve} run as processes. Runs in the integration-test phase, after package made the zip.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DistributionIT {

  static final String ZIP_PROPERTY = "cairn.distribution";

  @TempDir static Path tmp;
  static Path zip;
  static Path home;
  static Path linkDir;

  @BeforeAll
  static void unpack() throws IOException {
    String location = System.getProperty(ZIP_PROPERTY);
    assumeTrue(
        location != null,
        "run by mvn verify (maven-failsafe-plugin), which passes the zip that package made as -D"
            + ZIP_PROPERTY);
    zip = Path.of(location);
    assertTrue(Files.isRegularFile(zip), zip + " is missing: package should have made it");
    Path unpacked = tmp.resolve("opt");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        Path target = unpacked.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(unpacked), entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = z.getInputStream(entry)) {
            Files.copy(in, target);
          }
        }
      }
    }
    try (var dirs = Files.list(unpacked)) {
      home = dirs.findFirst().orElseThrow();
    }
    // java.util.zip does not restore file modes; the zip's own mode is checked below.
    assertTrue(home.resolve("bin/cairn").toFile().setExecutable(true));
    linkDir = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(linkDir.resolve("cairn"), home.resolve("bin/cairn"));
  }

  record Result(int exit, String output) {}

  static ProcessBuilder cairn(Path workDir, String... args) {
    // Through a shell, so that "cairn" is looked up on the PATH given to it, as a user's shell
    // does.
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec cairn \"$@\"", "cairn"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> env = pb.environment();
    env.put("PATH", linkDir + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", tmp.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.remove("CAIRN_JVM_TUNING");
    return pb.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(devNull()));
  }

  static java.io.File devNull() {
    return new java.io.File("/dev/null");
  }

  static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES));
    return new Result(p.exitValue(), out);
  }

  @Test
  void aNewPortfolioBuildsChecksAndShowsItsGoal() throws Exception {
    Path p = tmp.resolve("p");
    Result created = run(cairn(tmp, "new", "site", p.toString(), "--goal", "Learn Spanish"));
    assertEquals(0, created.exit(), created.output());
    Result build = run(cairn(p, "build"));
    assertEquals(0, build.exit(), build.output());
    assertTrue(build.output().startsWith("Built "), build.output());
    Result check = run(cairn(p, "check"));
    assertEquals(0, check.exit(), check.output());

    Document index = Jsoup.parse(p.resolve("site/index.html").toFile(), "UTF-8");
    assertTrue(index.select("main a[href], main h2, main h3").text().contains("Learn Spanish"));
    Document goal = Jsoup.parse(p.resolve("site/goals/learn-spanish/index.html").toFile(), "UTF-8");
    assertEquals("Learn Spanish", goal.selectFirst("h1").text());
  }

  @Test
  void serveShowsTheNewPortfolio() throws Exception {
    Path p = tmp.resolve("served");
    assertEquals(0, run(cairn(tmp, "new", "site", p.toString(), "--goal", "Learn Spanish")).exit());
    Process serve = cairn(p, "serve", "--port", "0").start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      Pattern address = Pattern.compile("(http://localhost:\\d+/)");
      String url = null;
      StringBuilder seen = new StringBuilder();
      for (String line; url == null && (line = out.readLine()) != null; ) {
        seen.append(line).append('\n');
        Matcher m = address.matcher(line);
        if (m.find()) url = m.group(1);
      }
      assertTrue(url != null, seen.toString());
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(Jsoup.parse(page.body()).text().contains("Learn Spanish"));
    } finally {
      serve.destroy();
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void githubPagesWorkflowRunsTheCommittedJar() throws Exception {
    Path p = tmp.resolve("gh");
    Result created =
        run(cairn(tmp, "new", "site", p.toString(), "--goal", "Run 5k", "--github-pages"));
    assertEquals(0, created.exit(), created.output());
    PagesWorkflowTest.checkWorkflow(Files.readString(p.resolve(PagesWorkflow.PATH)));
    assertArrayEquals(
        Files.readAllBytes(home.resolve("lib/cairn.jar")),
        Files.readAllBytes(p.resolve(PagesWorkflow.JAR)));

    // The workflow's build step, as a runner with nothing but Java runs it.
    ProcessBuilder step =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                PagesWorkflow.JAR,
                "build",
                "--base-url",
                "https://user.github.io/gh" + "/")
            .directory(p.toFile());
    Result built = run(step.redirectErrorStream(true));
    assertEquals(0, built.exit(), built.output());
    Document feed =
        Jsoup.parse(Files.readString(p.resolve("site/feed.xml")), "", Parser.xmlParser());
    assertEquals(
        "https://user.github.io/gh/", feed.selectFirst("feed > link[rel=alternate]").attr("href"));
  }

  @Test
  void versionNamesCairnsReleaseAndJavaWithoutJavaHome() throws Exception {
    ProcessBuilder pb = cairn(tmp, "--version");
    pb.environment().remove("JAVA_HOME");
    pb.environment()
        .put(
            "PATH",
            linkDir + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    Result r = run(pb);
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().startsWith("cairn "), r.output());
    assertFalse(r.output().startsWith("cairn dev"), r.output());
    assertTrue(r.output().contains("Java " + Runtime.version()), r.output());
  }

  @Test
  void launchersAreInPlaceAndTheUnixOneIsExecutableInTheZip() throws Exception {
    assertTrue(Files.readString(home.resolve("bin/cairn")).startsWith("#!/bin/sh\n"));
    assertTrue(Files.readString(home.resolve("bin/cairn.cmd")).contains("\r\n"));
    Map<String, Integer> modes = unixModes(zip);
    String root = home.getFileName() + "/";
    assertEquals(0755, modes.get(root + "bin/cairn") & 0777);
    for (String f : List.of("README.md", "LICENSE", "THIRD-PARTY.txt", "lib/cairn.jar")) {
      assertTrue(Files.isRegularFile(home.resolve(f)), f);
    }
  }

  @Test
  void everyBundledLibraryIsListedWithItsLicence() throws Exception {
    String thirdParty = Files.readString(home.resolve("THIRD-PARTY.txt"));
    List<String> bundled = new ArrayList<>();
    try (ZipFile jar = new ZipFile(home.resolve("lib/cairn.jar").toFile())) {
      for (String inJar : List.of("META-INF/LICENSE", "META-INF/THIRD-PARTY.txt")) {
        assertTrue(jar.getEntry(inJar) != null, inJar + " is missing from the jar");
      }
      for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.getName().matches("META-INF/maven/[^/]+/[^/]+/pom\\.properties")) continue;
        Properties pom = new Properties();
        try (InputStream in = jar.getInputStream(entry)) {
          pom.load(in);
        }
        if (pom.getProperty("groupId").equals("dev.cairn")) continue;
        bundled.add(
            pom.getProperty("groupId")
                + ":"
                + pom.getProperty("artifactId")
                + ":"
                + pom.getProperty("version"));
      }
      Matcher licences = Pattern.compile("licenses/[A-Za-z0-9.-]+\\.txt").matcher(thirdParty);
      while (licences.find()) {
        assertTrue(Files.isRegularFile(home.resolve(licences.group())), licences.group());
        assertTrue(jar.getEntry("META-INF/" + licences.group()) != null, licences.group());
      }
    }
    // (picocli and FreeMarker carry no pom.properties; the others must all be listed)
    assertTrue(
        bundled.stream().anyMatch(c -> c.startsWith("org.jfree:org.jfree.svg:")),
        bundled.toString());
    for (String coordinates : bundled) {
      assertTrue(thirdParty.contains(coordinates), coordinates + " is not in THIRD-PARTY.txt");
    }
  }

  /** Unix file modes from the zip's central directory, which java.util.zip does not expose. */
  static Map<String, Integer> unixModes(Path zipFile) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zipFile)).order(ByteOrder.LITTLE_ENDIAN);
    Map<String, Integer> modes = new HashMap<>();
    for (int i = 0; i + 46 <= b.limit(); i++) {
      if (b.getInt(i) != 0x02014b50) continue;
      int nameLength = Short.toUnsignedInt(b.getShort(i + 28));
      int external = b.getInt(i + 38);
      byte[] name = new byte[nameLength];
      b.get(i + 46, name);
      modes.put(new String(name, StandardCharsets.UTF_8), external >>> 16);
    }
    return modes;
  }
}
