package followthrough.core.testkit;

import followthrough.core.i18n.Messages;
import followthrough.core.i18n.Phrase;
import java.util.Locale;

/**
 * Renders a phrase as its key (or its verbatim text), so that transcript tests assert message keys,
 * not prose that translators change.
 */
public final class KeysOnlyMessages implements Messages {

  @Override
  public String render(Phrase phrase, Locale locale) {
    return phrase.key() == null ? phrase.verbatim() : phrase.key();
  }
}
