package followthrough.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Recorded Bot API updates under {@code src/test/resources/updates}. */
final class RecordedUpdates {

  private RecordedUpdates() {}

  /** The JSON of a recorded update, for example {@code private-text}. */
  static String json(String name) {
    try (InputStream in = RecordedUpdates.class.getResourceAsStream("/updates/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded update " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A recorded update, read the way the library reads one. */
  static Update update(String name) {
    try {
      return new ObjectMapper().readValue(json(name), Update.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
