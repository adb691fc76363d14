package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.dialogs.nudge.NudgeButtons;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.memory.InMemoryProcessedUpdates;
import followthrough.core.ports.ChatGateway.Delivery;
import followthrough.core.ports.ProcessedUpdates;
import followthrough.core.testkit.ChatScript;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: the real TelegramBots client polls a local fake Bot API, and the real engine with
 * memory stores answers; the fake sees the calls.
 */
class TelegramBotIT {

  private static final String ANNA = "1001";
  private final ObjectMapper json = new ObjectMapper();
  private final BundleMessages messages = new BundleMessages();
  private final ChatScript chat = ChatScript.withStandardDialogs(messages);
  private final ProcessedUpdates processed = new InMemoryProcessedUpdates();
  private FakeBotApi fake;
  private TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeBotApi();
    bot = startBot();
  }

  @AfterEach
  void stop() {
    bot.close();
    fake.close();
  }

  private TelegramBot startBot() {
    return TelegramBot.start(
        TelegramSettings.polling(FakeBotApi.TOKEN, fake.url()),
        new TelegramBot.Wiring(
            chat.engine,
            chat.profiles,
            processed,
            messages,
            List.of("contact", "today", "start", "nudge"),
            Clock.systemUTC()));
  }

  private String message(String chatId, String text) {
    ObjectNode from =
        json.createObjectNode().put("id", Long.parseLong(chatId)).put("is_bot", false);
    from.put("first_name", "Anna").put("language_code", "en");
    ObjectNode message = json.createObjectNode().put("message_id", 1).put("date", 1772442000);
    message.set("from", from);
    message.set(
        "chat", json.createObjectNode().put("id", Long.parseLong(chatId)).put("type", "private"));
    message.put("text", text);
    if (text.startsWith("/")) {
      int length = text.contains(" ") ? text.indexOf(' ') : text.length();
      message.set(
          "entities",
          json.createArrayNode()
              .add(
                  json.createObjectNode()
                      .put("type", "bot_command")
                      .put("offset", 0)
                      .put("length", length)));
    }
    ObjectNode update = json.createObjectNode();
    update.set("message", message);
    return update.toString();
  }

  private String press(String chatId, int messageId, String data) {
    ObjectNode from =
        json.createObjectNode().put("id", Long.parseLong(chatId)).put("is_bot", false);
    from.put("first_name", "Anna").put("language_code", "en");
    ObjectNode message =
        json.createObjectNode().put("message_id", messageId).put("date", 1772442000);
    message.set(
        "chat", json.createObjectNode().put("id", Long.parseLong(chatId)).put("type", "private"));
    message.put("text", "buttons");
    ObjectNode query = json.createObjectNode().put("id", "q" + messageId + data.hashCode());
    query.set("from", from);
    query.set("message", message);
    query.put("chat_instance", "1").put("data", data);
    ObjectNode update = json.createObjectNode();
    update.set("callback_query", query);
    return update.toString();
  }

  /** Sends and waits for the bot's answer: the chat's next message, sent or edited. */
  private FakeBotApi.Call say(String update) {
    int before = fake.messagesTo(ANNA).size();
    fake.deliver(update);
    List<FakeBotApi.Call> after = fake.awaitMessages(ANNA, before + 1);
    return after.get(after.size() - 1);
  }

  /** The callback data of the button of the message whose data starts with the prefix. */
  private static String button(FakeBotApi.Call call, String prefix) {
    for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        if (button.path("callback_data").asText().startsWith(prefix)) {
          return button.path("callback_data").asText();
        }
      }
    }
    throw new AssertionError("no button " + prefix + " in " + call.body());
  }

  /** The id of the message a call showed: a new one, or the edited one. */
  private static int shownId(FakeBotApi.Call call) {
    return call.messageId() != 0 ? call.messageId() : call.body().path("message_id").asInt();
  }

  @Test
  void aUserStartsLogsAContactThroughButtonsAndTextAndPressesANudgesDone() {
    // given: start-up set the menu in three languages
    assertThat(fake.calls("getMe")).hasSize(1);
    assertThat(fake.calls("setMyCommands")).hasSize(3);
    chat.zone(java.time.ZoneId.of("Europe/Berlin"));

    // when: the user logs a contact step by step
    say(message(ANNA, "/start"));
    FakeBotApi.Call source = sayUntilButtons(message(ANNA, "/contact Oleg *_[Petrov]_* <b>"));
    FakeBotApi.Call rung = say(press(ANNA, shownId(source), button(source, "src:")));
    FakeBotApi.Call handle = say(press(ANNA, shownId(rung), button(rung, "rung:")));
    say(message(ANNA, "+49 151 2345678"));
    FakeBotApi.Call followUp = sayUntilButtons(message(ANNA, "loves the tea"));
    FakeBotApi.Call confirm = say(press(ANNA, shownId(followUp), button(followUp, "fu:plan")));
    FakeBotApi.Call saved = say(press(ANNA, shownId(confirm), button(confirm, "save")));

    // then
    List<Contact> contacts = chat.contacts.search(UserId.of("telegram", ANNA), "", 0, 10);
    assertThat(contacts).extracting(Contact::name).containsExactly("Oleg *_[Petrov]_* <b>");
    assertThat(handle.body().path("text").asText()).isNotBlank();
    assertThat(saved.body().path("text").asText()).contains("Oleg *_[Petrov]_* <b>");
    assertThat(saved.body().has("parse_mode")).isFalse();
    assertThat(fake.calls("answerCallbackQuery")).hasSize(4);

    // when: a nudge about the follow-up arrives and the user presses Done
    FollowUp planned =
        chat.followUps.openDueBefore(UserId.of("telegram", ANNA), Instant.MAX).get(0);
    List<List<Outbound.Button>> rows = new ArrayList<>();
    for (var row : NudgeButtons.forFollowUp(planned)) {
      rows.add(
          row.stream()
              .map(c -> new Outbound.Button(messages.render(c.label(), Locale.ENGLISH), c.value()))
              .toList());
    }
    Delivery delivery =
        bot.gateway()
            .send(
                new ConversationAddress(Platform.TELEGRAM, ANNA),
                new Outbound("Call Oleg", rows, null));
    FakeBotApi.Call nudge =
        fake.awaitMessages(ANNA, fake.messagesTo(ANNA).size())
            .get(fake.messagesTo(ANNA).size() - 1);
    say(press(ANNA, shownId(nudge), button(nudge, "/nudge d")));

    // then
    assertThat(delivery).isEqualTo(Delivery.SENT);
    assertThat(nudge.body().path("text").asText()).isEqualTo("Call Oleg");
    assertThat(chat.followUps.openDueBefore(UserId.of("telegram", ANNA), Instant.MAX))
        .noneMatch(f -> f.id().equals(planned.id()));
    assertThat(fake.calls("answerCallbackQuery")).hasSize(5);
  }

  /** Sends and waits until the bot's latest message carries buttons. */
  private FakeBotApi.Call sayUntilButtons(String update) {
    int before = fake.messagesTo(ANNA).size();
    fake.deliver(update);
    fake.await(
        "a message with buttons",
        f -> {
          List<FakeBotApi.Call> all = f.messagesTo(ANNA);
          return all.size() > before && all.get(all.size() - 1).body().has("reply_markup");
        },
        Duration.ofSeconds(20));
    List<FakeBotApi.Call> all = fake.messagesTo(ANNA);
    return all.get(all.size() - 1);
  }

  @Test
  void aTooManyRequestsAnswerIsWaitedOutAndTheReplyArrivesAfterIt() {
    // given
    fake.failNext(ANNA, 429, "Too Many Requests: retry after 2", 2);

    // when
    fake.deliver(message(ANNA, "hello"));
    List<FakeBotApi.Call> calls = fake.awaitMessages(ANNA, 2);

    // then
    Duration between = Duration.ofNanos(calls.get(1).arrivedNanos() - calls.get(0).arrivedNanos());
    assertThat(between).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(calls.get(1).body().path("text").asText())
        .isEqualTo(calls.get(0).body().path("text").asText());
  }

  @Test
  void aForbiddenAnswerMakesTheChatUnreachable() {
    // given
    fake.failNext(ANNA, 403, "Forbidden: bot was blocked by the user", null);

    // when
    fake.deliver(message(ANNA, "hello"));

    // then
    fake.await(
        "the chat marked unreachable",
        f ->
            chat.profiles
                .find(UserId.of("telegram", ANNA))
                .map(p -> p.address() != null && p.address().unreachable())
                .orElse(false),
        Duration.ofSeconds(10));
    assertThat(fake.messagesTo(ANNA)).hasSize(1);
  }

  @Test
  void aNudgeToABlockedChatIsUnreachable() {
    // given
    fake.failNext("2002", 403, "Forbidden: bot was blocked by the user", null);

    // when
    Delivery delivery =
        bot.gateway()
            .send(new ConversationAddress(Platform.TELEGRAM, "2002"), Outbound.text("Call Oleg"));

    // then
    assertThat(delivery).isEqualTo(Delivery.UNREACHABLE);
  }

  @Test
  void theSameUpdateDeliveredAgainAfterARestartIsHandledOnce() throws Exception {
    // given
    String update = fake.deliver(message(ANNA, "/contact"));
    fake.awaitMessages(ANNA, 1);
    bot.close();
    Thread.sleep(700); // the old session's last long poll ends

    // when: a new instance with the same store gets the unconfirmed update again, then a new one
    bot = startBot();
    fake.deliver(update);
    fake.deliver(message(ANNA, "/cancel"));
    fake.awaitMessages(ANNA, 2);
    Thread.sleep(300);

    // then
    List<FakeBotApi.Call> answers = fake.messagesTo(ANNA);
    assertThat(answers).hasSize(2);
    assertThat(chat.states.load(chat.key())).isEmpty();
  }

  @Test
  void twoHundredNudgesToFiftyChatsKeepWithinTelegramsLimits() throws Exception {
    // given
    ExecutorService senders = Executors.newFixedThreadPool(4);
    List<Delivery> deliveries = java.util.Collections.synchronizedList(new ArrayList<>());

    // when
    for (int i = 0; i < 200; i++) {
      String chatId = Integer.toString(3000 + i % 50);
      senders.execute(
          () ->
              deliveries.add(
                  bot.gateway()
                      .send(
                          new ConversationAddress(Platform.TELEGRAM, chatId),
                          Outbound.text("Call Oleg"))));
    }
    senders.shutdown();
    assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    // then
    assertThat(deliveries).hasSize(200).allMatch(d -> d.equals(Delivery.SENT));
    List<FakeBotApi.Call> sent = fake.calls("sendMessage");
    assertThat(sent).hasSize(200);
    List<Long> times = sent.stream().map(FakeBotApi.Call::arrivedNanos).sorted().toList();
    for (int i = 30; i < times.size(); i++) {
      assertThat(times.get(i) - times.get(i - 30))
          .as("31 messages within one second")
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }
    for (int c = 0; c < 50; c++) {
      String chatId = Integer.toString(3000 + c);
      List<Long> chatTimes =
          sent.stream()
              .filter(s -> s.chatId().equals(chatId))
              .map(FakeBotApi.Call::arrivedNanos)
              .sorted()
              .toList();
      assertThat(chatTimes).hasSize(4);
      // 1 per second with a burst of 3: the fourth comes at least 3 seconds after the first
      assertThat(chatTimes.get(3) - chatTimes.get(0))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(3).toNanos());
    }
  }

  @Test
  void aRejectedTokenStopsTheStartWithOneSentence() {
    // when / then
    assertThatThrownBy(
            () ->
                TelegramBot.start(
                    TelegramSettings.polling("999:wrong", fake.url()),
                    new TelegramBot.Wiring(
                        chat.engine,
                        chat.profiles,
                        processed,
                        messages,
                        List.of(),
                        Clock.systemUTC())))
        .isInstanceOf(TelegramStartException.class)
        .hasMessageContaining("rejected TELEGRAM_BOT_TOKEN")
        .hasMessageNotContaining("999:wrong");
  }

  @Test
  void aMalformedTokenOrAnUnreachableApiStopsTheStartWithOneSentence() {
    TelegramBot.Wiring wiring =
        new TelegramBot.Wiring(
            chat.engine, chat.profiles, processed, messages, List.of(), Clock.systemUTC());
    assertThatThrownBy(
            () -> TelegramBot.start(TelegramSettings.polling("not a token", fake.url()), wiring))
        .isInstanceOf(TelegramStartException.class)
        .hasMessageContaining("is not a bot token");
    assertThatThrownBy(
            () ->
                TelegramBot.start(
                    TelegramSettings.polling(FakeBotApi.TOKEN, URI.create("http://127.0.0.1:1")),
                    wiring))
        .isInstanceOf(TelegramStartException.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void aWebhookUpdateIsHandledOnceEvenWhenPostedTwice() {
    // given
    String update = fake.deliver(message(ANNA, "/contact"));
    fake.awaitMessages(ANNA, 1);

    // when
    boolean accepted = bot.handleUpdateJson(update);
    boolean garbage = bot.handleUpdateJson("<html>");

    // then
    assertThat(accepted).isTrue();
    assertThat(garbage).isFalse();
    assertThat(fake.messagesTo(ANNA)).hasSize(1);
  }
}
