package followthrough.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import followthrough.core.conversation.Platform;
import followthrough.core.ports.DeepLinks;
import followthrough.core.scheduling.PlatformGateways;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with Telegram on in webhook mode against a local fake Bot API: it registers the
 * webhook with its secret, serves the path, refuses a post without the secret and answers one with
 * it; the gateway and the deep links are wired.
 */
@SpringBootTest(properties = "followthrough.console.enabled=false")
class TelegramWebhookIT {

  private static final String TOKEN = "123456:TEST-token_abc";
  private static final String SECRET = "webhook_Secret-1";
  private static final List<String> CALLS = new CopyOnWriteArrayList<>();
  private static final HttpServer FAKE = fake();

  @DynamicPropertySource
  static void telegram(DynamicPropertyRegistry registry) {
    registry.add("followthrough.telegram.token", () -> TOKEN);
    registry.add(
        "followthrough.telegram.api-url", () -> "http://127.0.0.1:" + FAKE.getAddress().getPort());
    registry.add("followthrough.telegram.webhook.url", () -> "https://bot.example.com/tg");
    registry.add("followthrough.telegram.webhook.path", () -> "/tg");
    registry.add("followthrough.telegram.webhook.secret", () -> SECRET);
    registry.add("followthrough.telegram.webhook.port", () -> "0");
    // a fresh store each run: the processed update ids of an earlier run would skip these updates
    registry.add(
        "followthrough.data-dir",
        () -> Path.of("target", "telegram-it-data-" + UUID.randomUUID()).toString());
  }

  @AfterAll
  static void stop() {
    FAKE.stop(0);
  }

  @Autowired TelegramWebhookServer webhook;
  @Autowired DeepLinks deepLinks;
  @Autowired List<PlatformGateways.Route> routes;

  private static HttpServer fake() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", TelegramWebhookIT::answer);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      CALLS.add(method + " " + body);
      String result =
          switch (method) {
            case "getme" ->
                "{\"id\":4242,\"is_bot\":true,\"first_name\":\"F\",\"username\":\"FollowthroughBot\"}";
            case "sendmessage" ->
                "{\"message_id\":7,\"date\":1772442000,\"chat\":{\"id\":1001,\"type\":\"private\"}}";
            default -> "true";
          };
      byte[] bytes = ("{\"ok\":true,\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private int post(String secret, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhook.port() + "/tg"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(TelegramWebhookServer.SECRET_HEADER, secret);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String update(int id, String text) {
    return "{\"update_id\":"
        + id
        + ",\"message\":{\"message_id\":1,\"date\":1772442000,"
        + "\"from\":{\"id\":1001,\"is_bot\":false,\"first_name\":\"Anna\",\"language_code\":\"en\"},"
        + "\"chat\":{\"id\":1001,\"type\":\"private\"},\"text\":\""
        + text
        + "\"}}";
  }

  private static long sent() {
    return CALLS.stream().filter(c -> c.startsWith("sendmessage ")).count();
  }

  @Test
  void registersTheWebhookAndAnswersOnlyPostsWithTheSecret() throws Exception {
    // given
    assertThat(CALLS)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("setwebhook ")
                    .contains("https://bot.example.com/tg")
                    .contains(SECRET));
    assertThat(CALLS).noneMatch(c -> c.startsWith("getupdates"));

    // when
    int refused = post("wrong", update(1, "hello"));
    int accepted = post(SECRET, update(2, "hello"));
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (sent() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    // then
    assertThat(refused).isEqualTo(401);
    assertThat(accepted).isEqualTo(200);
    assertThat(sent()).isEqualTo(1);
    assertThat(CALLS)
        .filteredOn(c -> c.startsWith("sendmessage "))
        .allSatisfy(c -> assertThat(c).contains("\"chat_id\":\"1001\""));
  }

  @Test
  void wiresTheGatewayAndTheDeepLinks() {
    assertThat(deepLinks.privateChat(Platform.TELEGRAM, "abc"))
        .contains("https://t.me/FollowthroughBot?start=abc");
    assertThat(routes).extracting(PlatformGateways.Route::platform).contains(Platform.TELEGRAM);
  }
}
