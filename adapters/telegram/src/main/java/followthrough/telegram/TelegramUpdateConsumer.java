package followthrough.telegram;

import java.util.List;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling's consumer: hands each update of a batch to the dispatcher, which queues the work
 * and returns, so the polling thread is never held up by a turn and no exception reaches the
 * library.
 */
final class TelegramUpdateConsumer implements LongPollingUpdateConsumer {

  private final UpdateDispatcher dispatcher;

  TelegramUpdateConsumer(UpdateDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      dispatcher.dispatch(update);
    }
  }
}
