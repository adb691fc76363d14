package followthrough.core.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages every text exists in, and how a language code from a user or a platform maps to one
 * of them ({@code de-AT} and {@code de_CH} are German, {@code ru-RU} is Russian).
 */
public final class SupportedLocales {

  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale GERMAN = Locale.GERMAN;
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /** All supported locales, English (the default) first. */
  public static final List<Locale> ALL = List.of(ENGLISH, GERMAN, RUSSIAN);

  private SupportedLocales() {}

  /** The supported locale for a language code, or empty when the code is none of them. */
  public static Optional<Locale> match(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
    return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The language of a turn: the user's own choice, else the platform's language, else English. */
  public static Locale resolve(@Nullable String chosen, @Nullable String platform) {
    return match(chosen).or(() -> match(platform)).orElse(ENGLISH);
  }
}
