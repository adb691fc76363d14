package followthrough.telegram;

import followthrough.core.conversation.Image;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.TextParts;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns the engine's messages into Bot API calls: buttons as inline keyboards (the value as {@link
 * CallbackData}), long texts split on line boundaries with the buttons under the last part, a
 * picture as a photo with the text as its caption when that fits, and an edit of the message whose
 * button was pressed when the engine asks for one and the text fits one message. Texts are sent
 * without a parse mode, so names like {@code *_[Anna]_*} or {@code <b>} show exactly as typed and
 * need no escaping. Stateless.
 */
final class ReplyRenderer {

  /** Telegram's longest message text. */
  static final int MAX_TEXT = 4096;

  /** Telegram's longest photo caption. */
  static final int MAX_CAPTION = 1024;

  /** The calls that show the message: an edit where asked and possible, else new messages. */
  List<PartialBotApiMethod<?>> render(long chatId, Outbound message) {
    Integer edited = messageId(message.editMessageRef());
    if (edited != null && message.image() == null && fitsOneMessage(message.text())) {
      EditMessageText.EditMessageTextBuilder<?, ?> edit =
          EditMessageText.builder().chatId(chatId).messageId(edited).text(message.text());
      InlineKeyboardMarkup keyboard = keyboard(message.rows());
      if (keyboard != null) {
        edit.replyMarkup(keyboard);
      }
      return List.of(edit.build());
    }
    return asNew(chatId, message);
  }

  /** The calls that show the message as new messages (also when an edit was refused). */
  List<PartialBotApiMethod<?>> asNew(long chatId, Outbound message) {
    List<PartialBotApiMethod<?>> calls = new ArrayList<>();
    InlineKeyboardMarkup keyboard = keyboard(message.rows());
    String text = message.text();
    Image image = message.image();
    if (image != null) {
      boolean captioned = !text.isBlank() && text.length() <= MAX_CAPTION;
      SendPhoto.SendPhotoBuilder<?, ?> photo =
          SendPhoto.builder()
              .chatId(chatId)
              .photo(new InputFile(new ByteArrayInputStream(image.png()), image.fileName()));
      if (captioned) {
        photo.caption(text);
        if (keyboard != null) {
          photo.replyMarkup(keyboard);
        }
        return List.of(photo.build());
      }
      calls.add(photo.build());
    }
    List<String> parts = TextParts.split(text, MAX_TEXT);
    for (int i = 0; i < parts.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> send =
          SendMessage.builder().chatId(chatId).text(parts.get(i));
      if (i == parts.size() - 1 && keyboard != null) {
        send.replyMarkup(keyboard);
      }
      calls.add(send.build());
    }
    return calls;
  }

  /** A message in a group that points to the private chat through a link button. */
  SendMessage privateChatPointer(long chatId, String text, String label, String url) {
    InlineKeyboardButton button = InlineKeyboardButton.builder().text(label).url(url).build();
    return SendMessage.builder()
        .chatId(chatId)
        .text(text)
        .replyMarkup(
            InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(button)).build())
        .build();
  }

  private static boolean fitsOneMessage(String text) {
    return !text.isBlank() && text.length() <= MAX_TEXT;
  }

  private static @Nullable InlineKeyboardMarkup keyboard(List<List<Outbound.Button>> rows) {
    List<InlineKeyboardRow> keyboard = new ArrayList<>();
    for (List<Outbound.Button> row : rows) {
      InlineKeyboardRow buttons = new InlineKeyboardRow();
      for (Outbound.Button button : row) {
        buttons.add(
            InlineKeyboardButton.builder()
                .text(button.label())
                .callbackData(CallbackData.of(button.value()))
                .build());
      }
      if (!buttons.isEmpty()) {
        keyboard.add(buttons);
      }
    }
    return keyboard.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(keyboard).build();
  }

  private static @Nullable Integer messageId(@Nullable String ref) {
    if (ref == null) {
      return null;
    }
    try {
      return Integer.valueOf(ref);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
