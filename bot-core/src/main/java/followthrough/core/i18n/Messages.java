package followthrough.core.i18n;

import java.util.Locale;

/**
 * Puts phrases into words in a language. Implementations are thread-safe and never throw for a
 * missing key: they show the key itself, so a gap is visible but never breaks a turn (a test keeps
 * the bundles complete).
 */
public interface Messages {

  /** The phrase in the given language. */
  String render(Phrase phrase, Locale locale);
}
