package followthrough.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The REST side of the fake Discord on the JDK's HttpServer: the bot's user, command registration,
 * interaction callbacks and follow-ups, DMs (closed for one user), channel messages, and one 429 on
 * demand. Records every request.
 */
final class FakeDiscordRest {

  /**
   * One request as received; {@code body} is the JSON object sent, or empty; {@code raw} as sent.
   */
  record Request(String method, String path, DataObject body, String raw, Instant at) {}

  private final FakeDiscordWorld world;
  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger rateLimits = new AtomicInteger();
  private final Map<String, String> dms = new ConcurrentHashMap<>();

  FakeDiscordRest(FakeDiscordWorld world) throws IOException {
    this.world = world;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v10/", this::handle);
  }

  void start() {
    server.start();
  }

  void stop() {
    server.stop(0);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
  }

  /** The id of the DM channel opened with the user, or null. */
  String dmOf(String user) {
    return dms.get(user);
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The next {@code count} channel messages are answered with 429, Retry-After 1 s. */
  void rateLimitNextMessages(int count) {
    rateLimits.set(count);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
      String method = exchange.getRequestMethod();
      String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      DataObject body = body(raw);
      requests.add(new Request(method, path, body, raw, Instant.now()));
      route(exchange, method, path, body);
    }
  }

  private void route(HttpExchange exchange, String method, String path, DataObject body)
      throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!("Bot " + FakeDiscordWorld.TOKEN).equals(auth)) {
      reply(exchange, 401, "{\"code\":0,\"message\":\"401: Unauthorized\"}");
    } else if (path.equals("users/@me") && method.equals("GET")) {
      reply(exchange, 200, world.user(world.bot, true).toString());
    } else if (path.endsWith("/commands")) {
      reply(exchange, 200, "[]");
    } else if (path.endsWith("/callback")) {
      reply(exchange, 204, "");
    } else if (path.equals("users/@me/channels")) {
      String recipient = body.getString("recipient_id");
      String dm = dms.computeIfAbsent(recipient, r -> world.id());
      reply(
          exchange,
          200,
          "{\"id\":\""
              + dm
              + "\",\"type\":1,\"recipients\":["
              + world.user(recipient, false)
              + "]}");
    } else if (path.startsWith("channels/" + dms.get(world.closedDmUser) + "/")) {
      reply(exchange, 403, "{\"code\":50007,\"message\":\"Cannot send messages to this user\"}");
    } else if (path.startsWith("channels/")
        && rateLimits.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      rateLimited(exchange);
    } else if (path.startsWith("channels/") || path.startsWith("webhooks/")) {
      String channel = path.startsWith("channels/") ? path.split("/")[1] : world.channel;
      reply(exchange, 200, world.message(world.id(), channel, body).toString());
    } else {
      reply(exchange, 404, "{\"code\":0,\"message\":\"404: Not Found\"}");
    }
  }

  private static void rateLimited(HttpExchange exchange) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.add("Via", "1.1 google");
    headers.add("Retry-After", "1");
    headers.add("X-RateLimit-Bucket", "fake-bucket");
    headers.add("X-RateLimit-Limit", "5");
    headers.add("X-RateLimit-Remaining", "0");
    headers.add("X-RateLimit-Reset-After", "1");
    reply(
        exchange,
        429,
        "{\"message\":\"You are being rate limited.\",\"retry_after\":1.0,\"global\":false}");
  }

  private static DataObject body(String text) {
    if (text.strip().startsWith("[")) {
      return DataObject.empty();
    }
    int start = text.indexOf('{');
    int end = text.lastIndexOf('}');
    // a multipart body carries the JSON as its payload_json part
    return start < 0 || end < start
        ? DataObject.empty()
        : DataObject.fromJson(text.substring(start, end + 1));
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
