package dev.cairn.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cairn.serve.RequestPathDecoder.RequestPath;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers every request: the event stream, or a regular file of the current site folder, with HTML
 * pages getting the live-reload script (and the error overlay after a failed build). Only GET and
 * HEAD, small requests, loopback host names (see {@link HostGuard}), and paths that {@link
 * RequestPathDecoder} accepts and that stay inside the site after resolving links.
 */
final class SiteHandler implements HttpHandler {

  /** The most header bytes (names and values) a request may carry. */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  private final Supplier<SiteState> state;
  private final ReloadBroadcaster events;
  private final HostGuard hosts;

  SiteHandler(Supplier<SiteState> state, ReloadBroadcaster events, HostGuard hosts) {
    this.state = state;
    this.events = events;
    this.hosts = hosts;
  }

  @Override
  public void handle(HttpExchange exchange) {
    boolean handedOver = false;
    try {
      handedOver = !serve(exchange);
    } catch (IOException e) {
      // the client went away mid-response
    } finally {
      if (!handedOver) exchange.close(); // the event stream keeps its exchange open
    }
  }

  /** Answers the request; false when the exchange was handed over to the event stream. */
  private boolean serve(HttpExchange exchange) throws IOException {
    Headers request = exchange.getRequestHeaders();
    if (!hosts.allows(request.getFirst("Host"))) {
      text(exchange, 403, "Forbidden: this preview answers only to localhost.\n");
      return true;
    }
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      text(exchange, 405, "Method not allowed.\n");
      return true;
    }
    if (headerBytes(request) > MAX_HEADER_BYTES) {
      text(exchange, 431, "Request headers too large.\n");
      return true;
    }
    if (hasBody(request)) {
      text(exchange, 413, "A GET or HEAD request has no body.\n");
      return true;
    }
    URI uri = exchange.getRequestURI();
    if (uri.getRawAuthority() != null || uri.getScheme() != null) {
      text(exchange, 403, "Forbidden.\n");
      return true;
    }
    String rawPath = uri.getRawPath();
    if (PageInjector.EVENTS_PATH.equals(rawPath) && method.equals("GET")) {
      events.subscribe(exchange);
      return false;
    }
    Optional<RequestPath> path = RequestPathDecoder.decode(rawPath);
    if (path.isEmpty()) {
      text(exchange, 403, "Forbidden.\n");
      return true;
    }
    SiteState site = state.get();
    if (site.root().isEmpty()) {
      send(exchange, 503, "text/html; charset=utf-8", PageInjector.placeholder(site));
      return true;
    }
    file(exchange, site, site.root().get(), path.get(), rawPath);
    return true;
  }

  private void file(
      HttpExchange exchange, SiteState site, Path root, RequestPath path, String rawPath)
      throws IOException {
    if (path.segments().stream().anyMatch(s -> s.startsWith("."))) {
      notFound(exchange, site, root);
      return;
    }
    Path target;
    try {
      target = root.resolve(path.relative()).normalize();
    } catch (InvalidPathException e) {
      notFound(exchange, site, root); // a name this file system cannot hold, e.g. "a*b" on Windows
      return;
    }
    if (!target.startsWith(root)) {
      text(exchange, 403, "Forbidden.\n");
      return;
    }
    if (Files.isDirectory(target)) {
      if (!path.trailingSlash()) {
        String query = exchange.getRequestURI().getRawQuery();
        exchange
            .getResponseHeaders()
            .set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
        text(exchange, 301, "Moved to " + rawPath + "/\n");
        return;
      }
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      notFound(exchange, site, root);
      return;
    }
    Path real;
    try {
      real = target.toRealPath();
    } catch (IOException e) {
      notFound(exchange, site, root);
      return;
    }
    if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      text(exchange, 403, "Forbidden.\n");
      return;
    }
    byte[] body;
    try {
      body = Files.readAllBytes(real);
    } catch (IOException e) {
      notFound(exchange, site, root); // replaced by a rebuild between the checks and the read
      return;
    }
    String type = ContentTypes.of(real.getFileName().toString());
    send(exchange, 200, type, ContentTypes.isHtml(type) ? PageInjector.inject(body, site) : body);
  }

  private void notFound(HttpExchange exchange, SiteState site, Path root) throws IOException {
    Path page = root.resolve("404.html");
    byte[] body;
    try {
      body = Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(page) : null;
    } catch (IOException e) {
      body = null;
    }
    if (body == null) {
      text(exchange, 404, "Not found.\n");
    } else {
      send(exchange, 404, "text/html; charset=utf-8", PageInjector.inject(body, site));
    }
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Cache-Control", "no-store");
    headers.set("Referrer-Policy", "no-referrer");
    if (exchange.getRequestMethod().equals("HEAD")) {
      headers.set("Content-Length", String.valueOf(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  private static int headerBytes(Headers headers) {
    int total = 0;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      for (String v : e.getValue()) total += e.getKey().length() + v.length() + 4;
    }
    return total;
  }

  private static boolean hasBody(Headers headers) {
    String length = headers.getFirst("Content-Length");
    return headers.containsKey("Transfer-Encoding")
        || (length != null && !length.strip().equals("0"));
  }
}
