package followthrough.mongo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Small readers and writers shared by the {@code *Documents} mappings. A required field that is
 * missing or of the wrong type means the document was not written by this adapter, so it fails
 * loudly with the field's name (never its value, which may be personal data).
 */
final class BsonFields {

  private static final Instant EARLIEST = Instant.ofEpochMilli(Long.MIN_VALUE);
  private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

  private BsonFields() {}

  /** A BSON date for an instant; a BSON date has millisecond precision, so nanos are dropped. */
  static Date date(Instant instant) {
    return Date.from(instant);
  }

  /**
   * A query bound for stored dates: the first BSON date at or after {@code instant}. Stored dates
   * are whole milliseconds, so "stored before instant" holds exactly when "stored before bound"
   * does (likewise for "at or after"); a bound beyond the BSON date range is clamped to it.
   */
  static Date bound(Instant instant) {
    if (instant.isAfter(LATEST)) {
      return Date.from(LATEST);
    }
    if (instant.isBefore(EARLIEST)) {
      return Date.from(EARLIEST);
    }
    Instant floor = instant.truncatedTo(ChronoUnit.MILLIS);
    return Date.from(floor.equals(instant) ? floor : floor.plusMillis(1));
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

  static int integer(Document document, String field) {
    return Math.toIntExact(number(document, field));
  }

  static boolean bool(Document document, String field) {
    return required(document, field, Boolean.class);
  }

  static <E extends Enum<E>> E enumValue(Document document, String field, Class<E> type) {
    return Enum.valueOf(type, string(document, field));
  }

  static @Nullable String optionalString(Document document, String field) {
    return document.get(field, String.class);
  }

  static @Nullable Boolean optionalBool(Document document, String field) {
    return document.get(field, Boolean.class);
  }

  static <E extends Enum<E>> @Nullable E optionalEnum(
      Document document, String field, Class<E> type) {
    String name = optionalString(document, field);
    return name == null ? null : Enum.valueOf(type, name);
  }

  /** The name an enum is stored by, or null for null. */
  static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
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
