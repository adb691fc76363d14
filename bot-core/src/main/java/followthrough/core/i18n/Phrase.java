package followthrough.core.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text to be shown, not yet in any language: a bundle key with named arguments, or (for a
 * contact's name on a button) the user's own words, shown as they are.
 *
 * @param key the bundle key, or null for verbatim text
 * @param args named arguments; values are shown as given (user text is never interpreted)
 */
public record Phrase(@Nullable String key, Map<String, Object> args, @Nullable String verbatim) {

  public Phrase {
    args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    if ((key == null) == (verbatim == null)) {
      throw new IllegalArgumentException("a phrase is either a key or verbatim text");
    }
  }

  /** A bundle key without arguments. */
  public static Phrase of(String key) {
    return new Phrase(Objects.requireNonNull(key), Map.of(), null);
  }

  /** A bundle key with alternating argument names and values. */
  public static Phrase of(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name/value pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Phrase(Objects.requireNonNull(key), args, null);
  }

  /** The user's own words, shown as they are in every language. */
  public static Phrase verbatim(String text) {
    return new Phrase(null, Map.of(), Objects.requireNonNull(text));
  }
}
