package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Platform;
import org.junit.jupiter.api.Test;

class UpdateMapperTest {

  private final UpdateMapper mapper = new UpdateMapper("FollowthroughBot");

  private Incoming map(String recorded) {
    return mapper.map(RecordedUpdates.update(recorded));
  }

  @Test
  void privateTextBecomesATurnWithTheUsersLanguageAndTheTextAsTyped() {
    // when
    Incoming incoming = map("private-text");

    // then
    assertThat(incoming).isInstanceOf(Incoming.Turn.class);
    Incoming.Turn turn = (Incoming.Turn) incoming;
    assertThat(turn.chatId()).isEqualTo(1001);
    assertThat(turn.callbackQueryId()).isNull();
    assertThat(turn.inbound().key())
        .isEqualTo(new ConversationKey(Platform.TELEGRAM, "1001", "1001"));
    assertThat(turn.inbound().key().isPrivate()).isTrue();
    assertThat(turn.inbound().languageCode()).isEqualTo("de");
    assertThat(turn.inbound().input()).isEqualTo(new Input.Text("Anna *_[Schmidt]_* <b>"));
  }

  @Test
  void aCommandWithEntitiesBecomesACommandWithItsArguments() {
    // when
    Incoming.Turn turn = (Incoming.Turn) map("command-with-entities");

    // then
    assertThat(turn.inbound().input()).isEqualTo(new Input.Command("contact", "Oleg Petrov"));
    assertThat(turn.inbound().languageCode()).isEqualTo("ru");
  }

  @Test
  void aDeepLinkStartHandsItsPayloadToStart() {
    // when
    Incoming.Turn turn = (Incoming.Turn) map("deep-link-start");

    // then
    assertThat(turn.inbound().input()).isEqualTo(new Input.Command("start", "team_Ab3-x"));
    assertThat(turn.inbound().key().userId()).isEqualTo("1002");
  }

  @Test
  void aButtonPressCarriesItsValueTheMessageItWasOnAndTheQueryToAnswer() {
    // when
    Incoming.Turn turn = (Incoming.Turn) map("callback-query");

    // then
    assertThat(turn.inbound().input()).isEqualTo(new Input.Button("src:WORK"));
    assertThat(turn.inbound().messageRef()).isEqualTo("77");
    assertThat(turn.callbackQueryId()).isEqualTo("4382bfdwdsb323b2d9");
    assertThat(turn.inbound().key().isPrivate()).isTrue();
  }

  @Test
  void aCommandAddressedToThisBotInAGroupIsAGroupCommand() {
    // when
    Incoming incoming = map("group-command-to-bot");

    // then
    assertThat(incoming).isEqualTo(new Incoming.GroupCommand(-100123456L, "en"));
  }

  @Test
  void inAGroupCommandsForOtherBotsAndPlainCommandsAreIgnored() {
    // when
    Incoming other = map("group-command-to-other-bot");
    Incoming plain = map("group-plain-command");

    // then
    assertThat(other).isEqualTo(new Incoming.Ignored(null));
    assertThat(plain).isEqualTo(new Incoming.Ignored(null));
  }

  @Test
  void aBlockedBotMakesThePrivateChatUnreachableAndAnUnblockReachable() {
    // when
    Incoming blocked = map("my-chat-member-blocked");
    Incoming unblocked = map("my-chat-member-unblocked");

    // then
    assertThat(blocked).isEqualTo(new Incoming.MemberChange(1001, false));
    assertThat(unblocked).isEqualTo(new Incoming.MemberChange(1001, true));
  }

  @Test
  void anEditedMessageGetsAShortAnswerInsteadOfATurn() {
    // when
    Incoming incoming = map("edited-message");

    // then
    assertThat(incoming).isEqualTo(new Incoming.Unsupported(1001, "de", UpdateMapper.EDITED));
  }

  @Test
  void aPhotoOrAStickerGetsAShortAnswer() {
    // when
    Incoming photo = map("photo");
    Incoming sticker = map("sticker");

    // then
    assertThat(photo).isEqualTo(new Incoming.Unsupported(1001, "en", UpdateMapper.UNSUPPORTED));
    assertThat(sticker).isEqualTo(new Incoming.Unsupported(1001, null, UpdateMapper.UNSUPPORTED));
  }

  @Test
  void aChannelPostAndAnUnknownUpdateAreIgnored() {
    // when
    Incoming channel = map("channel-post");
    Incoming unknown = map("unknown-kind");

    // then
    assertThat(channel).isEqualTo(new Incoming.Ignored(null));
    assertThat(unknown).isEqualTo(new Incoming.Ignored(null));
  }

  @Test
  void anEmptyUpdateIsIgnored() {
    // when
    Incoming incoming = mapper.map(new org.telegram.telegrambots.meta.api.objects.Update());

    // then
    assertThat(incoming.queue()).isNull();
  }
}
