package followthrough.core.domain.contact;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name that search compares: Unicode-normalized, lower case in every script, with
 * {@code ё} folded to {@code е} and {@code ß} to {@code ss} the way Russian and German users type
 * them. Stored next to the name, because the embedded store ignores collations.
 */
public final class SearchKey {

  private SearchKey() {}

  /** The search key of a name or of a query. */
  public static String of(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    return normalized.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("ß", "ss");
  }
}
