package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Image;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.TextParts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class ReplyRendererTest {

  private final ReplyRenderer renderer = new ReplyRenderer();

  private static final List<List<Outbound.Button>> BUTTONS =
      List.of(
          List.of(new Outbound.Button("Work", "src:WORK"), new Outbound.Button("Skip", "skip")),
          List.of(new Outbound.Button("Cancel", "/cancel")));

  @Test
  void sendsButtonsAsAnInlineKeyboardWithTheValuesAsCallbackData() {
    // when
    List<PartialBotApiMethod<?>> calls =
        renderer.render(1001, new Outbound("Where did you meet?", BUTTONS, null));

    // then
    assertThat(calls).hasSize(1);
    SendMessage send = (SendMessage) calls.get(0);
    assertThat(send.getChatId()).isEqualTo("1001");
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) send.getReplyMarkup();
    assertThat(keyboard.getKeyboard()).hasSize(2);
    assertThat(keyboard.getKeyboard().get(0))
        .extracting(b -> b.getText() + "=" + b.getCallbackData())
        .containsExactly("Work=src:WORK", "Skip=skip");
    assertThat(keyboard.getKeyboard().get(1).get(0).getCallbackData()).isEqualTo("/cancel");
  }

  @Test
  void sendsMarkupCharactersAsTypedWithoutAParseMode() {
    // given
    String text = "Saved *_[Anna]_* <b>bold</b> & `code` $x.y";

    // when
    SendMessage send = (SendMessage) renderer.render(1001, Outbound.text(text)).get(0);

    // then
    assertThat(send.getText()).isEqualTo(text);
    assertThat(send.getParseMode()).isNull();
    assertThat(send.getEntities()).isNullOrEmpty();
  }

  @Test
  void splitsALongTextOnLineBoundariesAndPutsTheButtonsUnderTheLastPart() {
    // given
    String line = "x".repeat(99);
    String text = String.join("\n", java.util.Collections.nCopies(100, line)); // 9,999 chars

    // when
    List<PartialBotApiMethod<?>> calls = renderer.render(1001, new Outbound(text, BUTTONS, null));

    // then
    assertThat(calls).hasSize(3);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < calls.size(); i++) {
      SendMessage part = (SendMessage) calls.get(i);
      assertThat(part.getText().length()).isLessThanOrEqualTo(4096);
      assertThat(part.getText()).startsWith(line).endsWith(line);
      assertThat(part.getReplyMarkup() != null).isEqualTo(i == calls.size() - 1);
      joined.append(i == 0 ? "" : "\n").append(part.getText());
    }
    assertThat(joined.toString()).isEqualTo(text);
  }

  @Test
  void cutsASingleOverlongLineWithoutBreakingAnEmoji() {
    // given
    String text = "a".repeat(4095) + "😀" + "b".repeat(10);

    // when
    List<String> parts = TextParts.split(text, 4096);

    // then
    assertThat(parts).containsExactly("a".repeat(4095), "😀" + "b".repeat(10));
  }

  @Test
  void editsTheMessageWhoseButtonWasPressedKeepingTheNewButtons() {
    // when
    List<PartialBotApiMethod<?>> calls =
        renderer.render(1001, new Outbound("Which rung?", BUTTONS, "77"));

    // then
    assertThat(calls).hasSize(1);
    EditMessageText edit = (EditMessageText) calls.get(0);
    assertThat(edit.getMessageId()).isEqualTo(77);
    assertThat(edit.getText()).isEqualTo("Which rung?");
    assertThat(edit.getReplyMarkup().getKeyboard()).hasSize(2);
  }

  @Test
  void anEditTooLongForOneMessageIsSentAsNewMessages() {
    // when
    List<PartialBotApiMethod<?>> calls =
        renderer.render(1001, new Outbound("y".repeat(5000), List.of(), "77"));

    // then
    assertThat(calls).hasSize(2).allMatch(c -> c instanceof SendMessage);
  }

  @Test
  void aPictureCarriesAShortTextAsItsCaptionWithTheButtons() {
    // given
    Image chart = new Image("digest.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    // when
    List<PartialBotApiMethod<?>> calls =
        renderer.render(-100, new Outbound("This week", BUTTONS, null, chart));

    // then
    assertThat(calls).hasSize(1);
    SendPhoto photo = (SendPhoto) calls.get(0);
    assertThat(photo.getCaption()).isEqualTo("This week");
    assertThat(photo.getPhoto().getMediaName()).isEqualTo("digest.png");
    assertThat(photo.getReplyMarkup()).isNotNull();
  }

  @Test
  void aPictureWithATextTooLongForACaptionComesFirstThenTheText() {
    // given
    Image chart = new Image("digest.png", new byte[] {1, 2, 3});
    String text = "z".repeat(1025);

    // when
    List<PartialBotApiMethod<?>> calls =
        renderer.render(-100, new Outbound(text, BUTTONS, null, chart));

    // then
    assertThat(calls).hasSize(2);
    assertThat(((SendPhoto) calls.get(0)).getCaption()).isNull();
    SendMessage send = (SendMessage) calls.get(1);
    assertThat(send.getText()).isEqualTo(text);
    assertThat(send.getReplyMarkup()).isNotNull();
  }

  @Test
  void pointsAGroupToThePrivateChatWithALinkButton() {
    // when
    SendMessage pointer =
        renderer.privateChatPointer(-100, "In private", "Open", "https://t.me/FollowthroughBot");

    // then
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) pointer.getReplyMarkup();
    assertThat(keyboard.getKeyboard().get(0).get(0).getUrl())
        .isEqualTo("https://t.me/FollowthroughBot");
    assertThat(keyboard.getKeyboard().get(0).get(0).getCallbackData()).isNull();
  }
}
