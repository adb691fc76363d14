package followthrough.telegram;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;

/** Executes the calls {@link ReplyRenderer} makes with the client overload each needs. */
final class Calls {

  private Calls() {}

  /** The call that executes the method. */
  static TelegramSender.Call<?> of(PartialBotApiMethod<?> method) {
    if (method instanceof SendPhoto photo) {
      return client -> client.execute(photo);
    }
    if (method instanceof BotApiMethod<?> api) {
      return api(api);
    }
    throw new IllegalArgumentException("no call for " + method.getMethod());
  }

  private static <T extends Serializable> TelegramSender.Call<T> api(BotApiMethod<T> method) {
    return client -> client.execute(method);
  }
}
