package followthrough.core.domain.team;

import java.util.Optional;

/**
 * A name a member or sponsor chose for the other to see: stripped of control characters and
 * surrounding space, 1 to {@link #MAX} characters (code points). Shown verbatim, never interpreted.
 */
public final class DisplayName {

  /** The longest name taken. */
  public static final int MAX = 64;

  private DisplayName() {}

  /** The cleaned name, or empty when nothing usable is left or it is too long. */
  public static Optional<String> clean(String text) {
    String cleaned = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200d]]", "").strip();
    int length = cleaned.codePointCount(0, cleaned.length());
    return length == 0 || length > MAX ? Optional.empty() : Optional.of(cleaned);
  }
}
