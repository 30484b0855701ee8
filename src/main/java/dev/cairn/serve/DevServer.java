package dev.cairn.serve;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.site.FileTree;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running preview of a portfolio: built into a temporary folder, served over HTTP, rebuilt when
 * content/ or themes/ change, with open pages reloading by themselves. {@link #close()} stops it
 * and deletes the temporary folder.
 *
 * <p>Limits: requests are answered by {@link #WORKER_THREADS} threads; open event streams do not
 * hold one (see {@link ReloadBroadcaster}), and at most {@link ReloadBroadcaster#MAX_CLIENTS} are
 * open; at most 400 connections in all; a request must arrive within 10 seconds, with at most
 * {@link SiteHandler#MAX_HEADER_BYTES} bytes of headers and no body.
 */
public final class DevServer implements AutoCloseable {

  static final int WORKER_THREADS = 16;
  private static final long MIN_MEMORY_SPACE = 512L * 1024 * 1024;

  static {
    // JDK server limits, read once per JVM. Headers are read in full before any handler runs, by
    // a worker thread, so keep them small and quick; connections (event streams included) capped.
    defaultProperty("sun.net.httpserver.maxReqHeaderSize", SiteHandler.MAX_HEADER_BYTES * 2);
    defaultProperty("sun.net.httpserver.maxReqTime", 10); // seconds to send a request
    defaultProperty("jdk.httpserver.maxConnections", ReloadBroadcaster.MAX_CLIENTS + 200);
  }

  private static void defaultProperty(String name, int value) {
    if (System.getProperty(name) == null) System.setProperty(name, String.valueOf(value));
  }

  private final Path workDir;
  private final HttpServer http;
  private final ExecutorService workers;
  private final SiteRebuilder rebuilder;
  private final ReloadBroadcaster events;
  private final ContentWatcher watcher;
  private final CountDownLatch closed = new CountDownLatch(1);

  private DevServer(
      Path workDir,
      HttpServer http,
      ExecutorService workers,
      SiteRebuilder rebuilder,
      ReloadBroadcaster events,
      ContentWatcher watcher) {
    this.workDir = workDir;
    this.http = http;
    this.workers = workers;
    this.rebuilder = rebuilder;
    this.events = events;
    this.watcher = watcher;
  }

  /** Like {@link #start(ServeOptions, PrintWriter)}, printing build messages to standard error. */
  public static DevServer start(ServeOptions options) throws IOException {
    return start(
        options,
        new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true));
  }

  /**
   * Builds the site once, starts listening, and starts watching; build problems do not stop it
   * (they show in the browser and on {@code messages}). Throws when the address cannot be bound.
   */
  public static DevServer start(ServeOptions options, PrintWriter messages) throws IOException {
    Path workDir = createWorkDir();
    HttpServer http = null;
    ExecutorService workers = null;
    ReloadBroadcaster events = null;
    SiteRebuilder rebuilder = null;
    ContentWatcher watcher = null;
    try {
      // Bind first, so that a port in use fails before a build.
      http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
      ReloadBroadcaster stream = new ReloadBroadcaster();
      events = stream;
      SiteRebuilder builder =
          new SiteRebuilder(options, workDir, messages, s -> stream.reload(s.build()));
      rebuilder = builder;
      // Watch before the first build, so that an edit made during it leads to one more build.
      watcher = ContentWatcher.start(options.source(), builder::report);
      stream.reload(builder.buildNow().build());
      workers = workerPool();
      http.setExecutor(workers);
      http.createContext(
          "/", new SiteHandler(builder::current, stream, new HostGuard(options.bind())));
      http.start();
      builder.start();
      return new DevServer(workDir, http, workers, builder, stream, watcher);
    } catch (IOException | RuntimeException e) {
      if (watcher != null) watcher.close();
      if (http != null) http.stop(0);
      if (workers != null) workers.shutdownNow();
      if (rebuilder != null) rebuilder.close();
      if (events != null) events.close();
      deleteTree(workDir);
      throw e;
    }
  }

  /**
   * A private temporary folder (owner-only permissions), in memory where the system offers one with
   * room to spare (Linux's /dev/shm): every save rewrites the whole site, and on a busy disk
   * writing it takes several times longer than building it.
   */
  private static Path createWorkDir() throws IOException {
    Path shm = Path.of("/dev/shm");
    try {
      if (Files.isDirectory(shm)
          && Files.isWritable(shm)
          && Files.getFileStore(shm).getUsableSpace() > MIN_MEMORY_SPACE) {
        return Files.createTempDirectory(shm, "cairn-serve");
      }
    } catch (IOException | SecurityException e) {
      // fall back to the system's temporary folder
    }
    return Files.createTempDirectory("cairn-serve");
  }

  private static ExecutorService workerPool() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            WORKER_THREADS,
            WORKER_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "cairn-http-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** The port listened on (the one picked when the options asked for port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The address to open in a browser, e.g. {@code http://127.0.0.1:1313/}. */
  public String url() {
    InetSocketAddress address = http.getAddress();
    String host =
        address.getAddress() instanceof Inet6Address
            ? "[" + address.getAddress().getHostAddress() + "]"
            : address.getAddress().getHostAddress();
    if (address.getAddress().isAnyLocalAddress() || address.getAddress().isLoopbackAddress())
      host = "localhost";
    return "http://" + host + ":" + address.getPort() + "/";
  }

  /** The folder being served now, if a build has succeeded. */
  Optional<Path> siteRoot() {
    return rebuilder.current().root();
  }

  /** How many pages hold an event stream open. */
  int eventClients() {
    return events.clientCount();
  }

  /** What is served now. */
  SiteState state() {
    return rebuilder.current();
  }

  /** Waits until {@link #close()} is called. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) return;
    watcher.close();
    rebuilder.close();
    events.close();
    http.stop(0);
    workers.shutdownNow();
    deleteTree(workDir);
    closed.countDown();
  }

  private static void deleteTree(Path root) {
    try {
      FileTree.deleteTree(root);
    } catch (IOException e) {
      // the system's temporary folder is cleaned eventually
    }
  }
}
