package followthrough.mongo;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Small readers and writers shared by the {@code *Documents} mappings. A required field that is
 * missing or of the wrong type means the document was not written by this adapter, so it fails
 * loudly with the field's name (never its value, which may be personal data).
 */
final class BsonFields {

  private BsonFields() {}

  /** A BSON date for an instant; a BSON date has millisecond precision, so nanos are dropped. */
  static Date date(Instant instant) {
    return Date.from(instant);
  }

  static Instant instant(Document document, String field) {
    return required(document, field, Date.class).toInstant();
  }

  static String string(Document document, String field) {
    return required(document, field, String.class);
  }

  /** Numbers are read as {@link Number}, since a hand-edited document may hold int or long. */
  static long number(Document document, String field) {
    return required(document, field, Number.class).longValue();
  }

  static @Nullable String optionalString(Document document, String field) {
    return document.get(field, String.class);
  }

  /** Appends a field only when it has a value: absent fields, not nulls, mean "not set". */
  static Document putIfPresent(Document document, String field, @Nullable Object value) {
    if (value != null) {
      document.append(field, value);
    }
    return document;
  }

  private static <T> T required(Document document, String field, Class<T> type) {
    Object value = document.get(field);
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          "stored document lacks field '" + field + "' of type " + type.getSimpleName());
    }
    return type.cast(value);
  }
}
