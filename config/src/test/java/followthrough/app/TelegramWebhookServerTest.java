package followthrough.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramWebhookServerTest {

  private final List<String> handled = new CopyOnWriteArrayList<>();
  private final TelegramWebhookServer server =
      TelegramWebhookServer.start(
          0, "/telegram/webhook", "s3cret_-X", body -> handled.add(body) && body.startsWith("{"));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.close();
  }

  private int post(String path, String secret, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(TelegramWebhookServer.SECRET_HEADER, secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void handsAnUpdateWithTheRightSecretToTheBot() throws Exception {
    // when
    int status = post("/telegram/webhook", "s3cret_-X", "{\"update_id\":1}");

    // then
    assertThat(status).isEqualTo(200);
    assertThat(handled).containsExactly("{\"update_id\":1}");
  }

  @Test
  void aWrongOrMissingSecretGets401AndNothingIsHandled() throws Exception {
    // when
    int wrong = post("/telegram/webhook", "s3cret_-Y", "{\"update_id\":1}");
    int missing = post("/telegram/webhook", null, "{\"update_id\":2}");
    int empty = post("/telegram/webhook", "", "{\"update_id\":3}");

    // then
    assertThat(List.of(wrong, missing, empty)).containsOnly(401);
    assertThat(handled).isEmpty();
  }

  @Test
  void aBodyThatIsNoUpdateGets400() throws Exception {
    // when
    int status = post("/telegram/webhook", "s3cret_-X", "<html>");

    // then
    assertThat(status).isEqualTo(400);
  }

  @Test
  void onlyPostIsTakenAndOtherPathsAreNotServed() throws Exception {
    // when
    int get =
        http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/telegram/webhook"))
                    .header(TelegramWebhookServer.SECRET_HEADER, "s3cret_-X")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    int elsewhere = post("/other", "s3cret_-X", "{}");

    // then
    assertThat(get).isEqualTo(405);
    assertThat(elsewhere).isEqualTo(404);
    assertThat(handled).isEmpty();
  }
}
