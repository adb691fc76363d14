package followthrough.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook endpoint: the JDK's HTTP server (no servlet stack) on its own port, taking Telegram's
 * POSTs at one path. A request without the right {@code X-Telegram-Bot-Api-Secret-Token} gets 401
 * and nothing is handled; the body is handed to the bot, which queues the work and returns, so
 * Telegram gets its 200 at once. TLS is expected to end at a proxy in front (Telegram posts only to
 * HTTPS).
 */
final class TelegramWebhookServer implements AutoCloseable {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final Logger log = LoggerFactory.getLogger(TelegramWebhookServer.class);
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] secret;
  private final Predicate<String> handler;

  private TelegramWebhookServer(
      HttpServer server, ExecutorService executor, String secret, Predicate<String> handler) {
    this.server = server;
    this.executor = executor;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.handler = handler;
  }

  /**
   * Serves the path on the port (0 for any free port).
   *
   * @param handler takes an update's JSON; false when it is not an update
   */
  static TelegramWebhookServer start(
      int port, String path, String secret, Predicate<String> handler) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      ExecutorService executor = Executors.newFixedThreadPool(2);
      TelegramWebhookServer webhook = new TelegramWebhookServer(server, executor, secret, handler);
      server.createContext(path, webhook::handle);
      server.setExecutor(executor);
      server.start();
      log.info("Telegram webhook served on port {} at {}", webhook.port(), path);
      return webhook;
    } catch (IOException e) {
      throw new UncheckedIOException("The Telegram webhook port " + port + " is not free", e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      byte[] body = read(exchange.getRequestBody());
      if (body == null) {
        exchange.sendResponseHeaders(413, -1);
        return;
      }
      boolean handled = handler.test(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(handled ? 200 : 400, -1);
    } catch (RuntimeException e) {
      log.warn("The Telegram webhook failed on a request", e);
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
