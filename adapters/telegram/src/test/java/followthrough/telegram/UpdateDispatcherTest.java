package followthrough.telegram;

import static followthrough.telegram.TelegramSenderTest.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import followthrough.core.domain.user.ChatAddress;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.memory.InMemoryProcessedUpdates;
import followthrough.core.testkit.ChatScript;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Updates through mapping, the real engine (memory stores) and a recording client. */
class UpdateDispatcherTest {

  private static final UserId ANNA = UserId.of("telegram", "1001");

  private final BundleMessages messages = new BundleMessages();
  private final ChatScript chat = ChatScript.withStandardDialogs(messages);
  private final TelegramClient client = mock(TelegramClient.class);
  private final Sleeper sleeper = chat.clock::advance;
  private final TelegramSender sender =
      new TelegramSender(
          client,
          new OutboundLimiter(OutboundLimiter.Limits.telegram(), chat.clock, sleeper),
          sleeper,
          TelegramSender.Retries.defaults());
  private final UpdateDispatcher dispatcher =
      new UpdateDispatcher(
          "telegram:4242",
          new InMemoryProcessedUpdates(),
          new UpdateMapper("FollowthroughBot"),
          new UpdateHandler(
              chat.engine,
              sender,
              messages,
              new ChatReachability(chat.profiles),
              new TelegramDeepLinks("FollowthroughBot")),
          Runnable::run);

  @BeforeEach
  void clientAccepts() throws Exception {
    when(client.execute(any(SendMessage.class))).thenReturn(new Message());
  }

  private List<SendMessage> sent() throws Exception {
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client, org.mockito.Mockito.atLeast(0)).execute(sent.capture());
    return sent.getAllValues();
  }

  @Test
  void theSameUpdateDeliveredTwiceIsHandledOnce() throws Exception {
    // given
    dispatcher.dispatch(RecordedUpdates.update("command-with-entities"));

    // when
    dispatcher.dispatch(RecordedUpdates.update("command-with-entities"));

    // then
    verify(client, times(1)).execute(any(SendMessage.class));
    assertThat(chat.states.load(chat.key())).isPresent();
  }

  @Test
  void aTypedNameComesBackExactlyAsTyped() throws Exception {
    // given
    dispatcher.dispatch(RecordedUpdates.update("command-with-entities"));

    // when
    dispatcher.dispatch(RecordedUpdates.update("private-text"));

    // then
    assertThat(chat.states.load(chat.key()).orElseThrow().slots().toString())
        .contains("Anna *_[Schmidt]_* <b>");
  }

  @Test
  void aGroupCommandIsAnsweredWithALinkToThePrivateChatAndNothingPersonal() throws Exception {
    // when
    dispatcher.dispatch(RecordedUpdates.update("group-command-to-bot"));

    // then
    List<SendMessage> sent = sent();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).getChatId()).isEqualTo("-100123456");
    assertThat(sent.get(0).getText())
        .isEqualTo(
            messages.render(
                followthrough.core.i18n.Phrase.of(UpdateHandler.GROUP_TEXT),
                java.util.Locale.ENGLISH));
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) sent.get(0).getReplyMarkup();
    assertThat(keyboard.getKeyboard().get(0).get(0).getUrl())
        .isEqualTo("https://t.me/FollowthroughBot");
    assertThat(chat.profiles.find(ANNA)).isEmpty();
  }

  @Test
  void blockingTheBotMakesTheChatUnreachableAndUnblockingReachable() throws Exception {
    // given
    dispatcher.dispatch(RecordedUpdates.update("private-text"));

    // when
    dispatcher.dispatch(RecordedUpdates.update("my-chat-member-blocked"));
    ChatAddress blocked = chat.profiles.find(ANNA).orElseThrow().address();
    dispatcher.dispatch(RecordedUpdates.update("my-chat-member-unblocked"));
    ChatAddress unblocked = chat.profiles.find(ANNA).orElseThrow().address();

    // then
    assertThat(blocked).isEqualTo(new ChatAddress("telegram", "1001", true));
    assertThat(unblocked).isEqualTo(new ChatAddress("telegram", "1001", false));
  }

  @Test
  void aForbiddenReplyMarksTheChatUnreachable() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenThrow(error(403, "Forbidden", null));

    // when
    dispatcher.dispatch(RecordedUpdates.update("private-text"));

    // then
    assertThat(chat.profiles.find(ANNA).orElseThrow().address().unreachable()).isTrue();
  }

  /** Boris presses a button of the message 88 in his private chat. */
  private static org.telegram.telegrambots.meta.api.objects.Update borisPresses(String value) {
    var update = RecordedUpdates.update("callback-query");
    update.getCallbackQuery().setData(value);
    update.getCallbackQuery().getFrom().setId(1002L);
    Message message = (Message) update.getCallbackQuery().getMessage();
    message.getChat().setId(1002L);
    message.setMessageId(88);
    return update;
  }

  @Test
  void aButtonPressIsAnsweredAndItsReplyEditsTheMessageWithTheButtons() throws Exception {
    // given
    dispatcher.dispatch(RecordedUpdates.update("deep-link-start")); // Boris: asks his time zone
    when(client.execute(any(EditMessageText.class))).thenReturn(new Message());
    clearInvocations(client);

    // when
    dispatcher.dispatch(borisPresses("skip"));

    // then
    verify(client).execute(any(AnswerCallbackQuery.class));
    ArgumentCaptor<EditMessageText> edit = ArgumentCaptor.forClass(EditMessageText.class);
    verify(client).execute(edit.capture());
    assertThat(edit.getValue().getChatId()).isEqualTo("1002");
    assertThat(edit.getValue().getMessageId()).isEqualTo(88);
    verify(client, never()).execute(any(SendMessage.class));
  }

  @Test
  void anEditTelegramRefusesIsSentAsANewMessage() throws Exception {
    // given
    dispatcher.dispatch(RecordedUpdates.update("deep-link-start"));
    when(client.execute(any(EditMessageText.class)))
        .thenThrow(error(400, "Bad Request: message to edit not found", null));
    clearInvocations(client);

    // when
    dispatcher.dispatch(borisPresses("skip"));

    // then
    verify(client, times(1)).execute(any(EditMessageText.class));
    verify(client, times(1)).execute(any(SendMessage.class));
  }

  @Test
  void aButtonPressThatMeansNothingIsStillAnswered() throws Exception {
    // given
    var update = RecordedUpdates.update("callback-query");
    update.getCallbackQuery().setData(null);

    // when
    dispatcher.dispatch(update);

    // then
    verify(client).execute(any(AnswerCallbackQuery.class));
    verify(client, never()).execute(any(SendMessage.class));
  }

  @Test
  void aStickerGetsAShortFriendlyAnswer() throws Exception {
    // when
    dispatcher.dispatch(RecordedUpdates.update("sticker"));

    // then
    assertThat(sent())
        .extracting(SendMessage::getText)
        .containsExactly(
            messages.render(
                followthrough.core.i18n.Phrase.of(UpdateMapper.UNSUPPORTED),
                java.util.Locale.ENGLISH));
  }

  @Test
  void aChannelPostSendsNothing() throws Exception {
    // when
    dispatcher.dispatch(RecordedUpdates.update("channel-post"));

    // then
    verify(client, never()).execute(any(SendMessage.class));
  }

  @Test
  void aFailingClientNeverEscapesTheDispatcher() throws Exception {
    // given
    when(client.execute(any(SendMessage.class))).thenThrow(new IllegalStateException("boom"));

    // when
    dispatcher.dispatch(RecordedUpdates.update("private-text"));

    // then
    assertThat(chat.profiles.find(ANNA)).isPresent();
  }

  @Test
  void nastyTextGetsAnAnswerAndNeverBreaksTheChat() throws Exception {
    // given
    String nasty =
        "\u0000\u0007 😀👩‍👩‍👧 שלום عربى $name.first {x} *_[Anna]_* <b>" + "x".repeat(10_000);
    var update = RecordedUpdates.update("private-text");
    update.getMessage().setText(nasty);

    // when
    dispatcher.dispatch(update);

    // then
    assertThat(sent()).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isNotBlank());
    assertThat(sent()).allSatisfy(m -> assertThat(m.getText().length()).isLessThanOrEqualTo(4096));
    assertThat(chat.profiles.find(ANNA)).isPresent();
  }
}
