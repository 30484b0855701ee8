package dev.cairn.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream that tells open pages to reload. An open stream holds no HTTP
 * worker thread: its exchange is kept here and written by one sender thread, which also sends a
 * heartbeat comment every {@link #HEARTBEAT_SECONDS} seconds and drops clients that went away. At
 * most {@link #MAX_CLIENTS} streams are open at once; more are answered 503.
 */
final class ReloadBroadcaster implements AutoCloseable {

  static final int MAX_CLIENTS = 200;
  static final long HEARTBEAT_SECONDS = 15;

  private final ScheduledExecutorService sender;
  private final ScheduledFuture<?> heartbeat;
  // Only touched on the sender thread, which keeps subscriptions and reloads in order.
  private final List<HttpExchange> clients = new ArrayList<>();
  private long latestBuild;

  ReloadBroadcaster() {
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "cairn-events");
              t.setDaemon(true);
              return t;
            });
    pool.setRemoveOnCancelPolicy(true);
    this.sender = pool;
    this.heartbeat =
        sender.scheduleWithFixedDelay(
            () -> sendAll(": heartbeat\n\n"),
            HEARTBEAT_SECONDS,
            HEARTBEAT_SECONDS,
            TimeUnit.SECONDS);
  }

  /** Takes over the exchange as an event stream; its first event names the current build. */
  void subscribe(HttpExchange exchange) {
    if (!submit(sender, () -> open(exchange))) exchange.close();
  }

  /** Tells every open page that build {@code build} is done. */
  void reload(long build) {
    submit(
        sender,
        () -> {
          latestBuild = build;
          sendAll("event: reload\ndata: " + build + "\n\n");
        });
  }

  private void open(HttpExchange exchange) {
    try {
      // Pages that went away are noticed only when a write fails; look for them before refusing.
      if (clients.size() >= MAX_CLIENTS) sendAll(": heartbeat\n\n");
      if (clients.size() >= MAX_CLIENTS) {
        byte[] body = "Too many open pages; close some tabs.\n".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(503, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.sendResponseHeaders(200, 0);
      send(exchange.getResponseBody(), "retry: 1000\nevent: build\ndata: " + latestBuild + "\n\n");
      clients.add(exchange);
    } catch (IOException e) {
      exchange.close();
    }
  }

  private void sendAll(String message) {
    clients.removeIf(
        exchange -> {
          try {
            send(exchange.getResponseBody(), message);
            return false;
          } catch (IOException e) {
            exchange.close();
            return true;
          }
        });
  }

  private static void send(OutputStream out, String message) throws IOException {
    out.write(message.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Open streams, for tests and the shutdown message. */
  int clientCount() {
    try {
      return sender.submit(clients::size).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (ExecutionException | RejectedExecutionException e) {
      return 0;
    }
  }

  private static boolean submit(ExecutorService executor, Runnable task) {
    try {
      executor.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  @Override
  public void close() {
    heartbeat.cancel(false);
    submit(
        sender,
        () -> {
          clients.forEach(HttpExchange::close);
          clients.clear();
        });
    sender.shutdown();
    try {
      sender.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sender.shutdownNow();
  }
}
