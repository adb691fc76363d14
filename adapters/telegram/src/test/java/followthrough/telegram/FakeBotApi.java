package followthrough.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local Bot API server for end-to-end tests (JDK HttpServer on 127.0.0.1): answers getMe,
 * deleteWebhook, setMyCommands and answerCallbackQuery; holds getUpdates like a real long poll and
 * hands out queued updates; answers sendMessage and editMessageText with a message (or with an
 * error queued for the chat); records every call with its arrival time.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123456:TEST-token_abc";
  static final long BOT_ID = 4242;
  static final String BOT_USERNAME = "FollowthroughBot";

  /** One call as the fake received it. */
  record Call(String method, JsonNode body, long arrivedNanos, int messageId) {
    String chatId() {
      return body.path("chat_id").asText();
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
  private final Map<String, ConcurrentLinkedDeque<String>> errors = new ConcurrentHashMap<>();
  private final AtomicInteger nextMessageId = new AtomicInteger(100);
  private final AtomicInteger nextUpdateId = new AtomicInteger(5000);

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues an update for the next getUpdates; gives it a fresh id when it has none. */
  String deliver(String updateJson) {
    try {
      ObjectNode update = (ObjectNode) json.readTree(updateJson);
      if (!update.has("update_id")) {
        update.put("update_id", nextUpdateId.incrementAndGet());
      }
      String text = json.writeValueAsString(update);
      updates.add(text);
      return text;
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The next message-sending call to the chat gets this error answer. */
  void failNext(String chatId, int code, String description, Integer retryAfter) {
    String parameters =
        retryAfter == null ? "" : ",\"parameters\":{\"retry_after\":" + retryAfter + "}";
    String body =
        "{\"ok\":false,\"error_code\":"
            + code
            + ",\"description\":\""
            + description
            + "\""
            + parameters
            + "}";
    errors.computeIfAbsent(chatId, c -> new ConcurrentLinkedDeque<>()).add(body);
  }

  List<Call> calls(String method) {
    String lower = method.toLowerCase(Locale.ROOT);
    return calls.stream().filter(c -> c.method().equals(lower)).toList();
  }

  /** Messages sent or edited in the chat, in order of arrival. */
  List<Call> messagesTo(String chatId) {
    return calls.stream()
        .filter(c -> c.method().equals("sendmessage") || c.method().equals("editmessagetext"))
        .filter(c -> c.chatId().equals(chatId))
        .toList();
  }

  /** Waits until the condition on the calls holds, or fails after the timeout. */
  void await(String what, Predicate<FakeBotApi> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(this)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; calls: " + summary());
      }
      sleep(20);
    }
  }

  /** Waits until the chat has this many messages (sent or edited). */
  List<Call> awaitMessages(String chatId, int count) {
    await(
        count + " messages to " + chatId,
        f -> f.messagesTo(chatId).size() >= count,
        Duration.ofSeconds(20));
    return messagesTo(chatId);
  }

  String summary() {
    List<String> lines = new ArrayList<>();
    for (Call call : calls) {
      if (!call.method().equals("getupdates")) {
        lines.add(call.method() + " " + call.body());
      }
    }
    return String.join("\n", lines);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long arrived = System.nanoTime();
      String path = exchange.getRequestURI().getPath();
      String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body =
          raw.length == 0 || !isJson(exchange) ? json.createObjectNode() : json.readTree(raw);
      if (!path.startsWith("/bot" + TOKEN + "/")) {
        respond(
            exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      int messageId = method.startsWith("send") ? nextMessageId.incrementAndGet() : 0;
      calls.add(new Call(method, body, arrived, messageId));
      respond(exchange, 200, answer(method, body, messageId));
    } catch (RuntimeException | InterruptedException e) {
      respond(
          exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"fake: " + e + "\"}");
    }
  }

  private static boolean isJson(HttpExchange exchange) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    return type != null && type.contains("json");
  }

  private String answer(String method, JsonNode body, int messageId) throws InterruptedException {
    switch (method) {
      case "getme":
        return "{\"ok\":true,\"result\":{\"id\":"
            + BOT_ID
            + ",\"is_bot\":true,\"first_name\":\"Followthrough\",\"username\":\""
            + BOT_USERNAME
            + "\"}}";
      case "getupdates":
        return "{\"ok\":true,\"result\":[" + String.join(",", poll()) + "]}";
      case "sendmessage":
      case "editmessagetext":
        String chatId = body.path("chat_id").asText();
        ConcurrentLinkedDeque<String> queued = errors.get(chatId);
        String error = queued == null ? null : queued.poll();
        if (error != null) {
          return error;
        }
        int id = messageId != 0 ? messageId : body.path("message_id").asInt();
        return "{\"ok\":true,\"result\":{\"message_id\":"
            + id
            + ",\"date\":1772442000,\"chat\":{\"id\":"
            + chatId
            + ",\"type\":\"private\"},\"text\":\"ok\"}}";
      default:
        return "{\"ok\":true,\"result\":true}";
    }
  }

  /** Holds the long poll up to half a second, then hands out what is queued. */
  private List<String> poll() throws InterruptedException {
    List<String> batch = new ArrayList<>();
    String first = updates.poll(500, TimeUnit.MILLISECONDS);
    if (first != null) {
      batch.add(first);
      updates.drainTo(batch);
    }
    return batch;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
