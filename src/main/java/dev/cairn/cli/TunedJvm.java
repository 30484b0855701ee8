package dev.cairn.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cairn build} and {@code check} in a JVM tuned for a short batch job. A build is over
 * in seconds, before the optimising JIT compiler pays back the processor time it takes (on two
 * cores it halved build times, see docs/performance.md), and a bounded heap keeps memory steady.
 * The parallel collector may spend up to a fifth of the time collecting before it grows the heap
 * ({@code GCTimeRatio=4}; its default, 1 %, grows it towards the bound at once): a build of 10,000
 * logs then peaks at about 300 MB instead of 550, in the same time, and one of 100,000 no longer
 * spends half its time collecting a full heap. The bound, 1,280 MB, of which three quarters may
 * hold long-lived data ({@code NewRatio=3}), holds a portfolio of 100,000 logs (1 GB, two thirds
 * long-lived, ran out with the smaller goal) and keeps the whole process under 1.5 GiB. {@code
 * serve} runs without the optimising compiler too: its first build is such a batch job, and
 * afterwards the compiler would keep both cores of a small machine busy for seconds, just when the
 * first edits want them; its heap stays unbounded, as it holds the whole site. A jar cannot carry
 * JVM options, so the command starts itself once more with them. Set {@code CAIRN_JVM_TUNING=off},
 * or give the JVM any {@code -Dcairn.tuned} option, to run in place.
 */
final class TunedJvm {

  static final String MARKER = "cairn.tuned";
  static final List<String> OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseParallelGC",
          "-XX:GCTimeRatio=4",
          "-XX:NewRatio=3",
          "-Xmx1280m",
          "-Xss4m",
          "-Djava.awt.headless=true");
  private static final String BUILD = "build";
  private static final String CHECK = "check";
  private static final List<String> BATCH = List.of(BUILD, CHECK);
  static final List<String> SERVE_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-Xss4m", "-Djava.awt.headless=true");

  private TunedJvm() {}

  /** A tuned child JVM to start, and the class archive it uses or writes. */
  record Child(List<String> command, Optional<ClassArchive> archive) {

    /** Runs the child with this process's standard streams and returns its exit code. */
    int run() throws IOException, InterruptedException {
      int code = TunedJvm.run(command);
      archive.ifPresent(a -> a.settle(code));
      return code;
    }
  }

  /** The tuned child JVM for these arguments, if one should be started. */
  static Optional<Child> child(String[] args, Optional<Path> cacheDir) {
    Optional<List<String>> plain = command(args);
    if (plain.isEmpty()) return Optional.empty();
    Optional<ClassArchive> archive =
        BATCH.contains(args[0])
            ? ClassArchive.of(System.getProperty("java.class.path", ""), cacheDir)
            : Optional.empty();
    List<String> command = new ArrayList<>(plain.get());
    archive.ifPresent(a -> command.addAll(1, a.options()));
    return Optional.of(new Child(List.copyOf(command), archive));
  }

  /** The command line of a tuned child JVM for these arguments, if one should be started. */
  static Optional<List<String>> command(String[] args) {
    if (System.getProperty(MARKER) != null
        || "off".equalsIgnoreCase(System.getenv("CAIRN_JVM_TUNING"))) {
      return Optional.empty();
    }
    if (args.length == 0) return Optional.empty();
    List<String> options =
        switch (args[0]) {
          case BUILD, CHECK -> OPTIONS;
          case "serve" -> SERVE_OPTIONS;
          default -> List.of();
        };
    if (options.isEmpty()) return Optional.empty();
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.isEmpty()) return Optional.empty();
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    if (!new File(java).canExecute() && !new File(java + ".exe").canExecute())
      return Optional.empty();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(options);
    command.add("-D" + MARKER + "=true");
    command.add("-cp");
    command.add(classPath);
    command.add(CairnCommand.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /** Runs the child with this process's standard streams and returns its exit code. */
  static int run(List<String> command) throws IOException, InterruptedException {
    Process child = new ProcessBuilder(command).inheritIO().start();
    // If this process is stopped, so is the child, which must not go on writing the site on its
    // own; waiting for it lets it clean up (serve deletes its folders) before it sees us gone.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  child.destroy();
                  try {
                    child.waitFor(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    return child.waitFor();
  }

  /** In the child: stop at once, as if killed, when the parent process disappears. */
  static void followParent() {
    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    if (System.getProperty(MARKER) == null || parent.isEmpty()) return;
    Thread watcher =
        new Thread(
            () -> {
              while (parent.get().isAlive()) {
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
              Runtime.getRuntime().halt(137);
            },
            "cairn-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }
}
