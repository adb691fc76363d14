package followthrough.core.conversation;

import java.util.Locale;

/** The chat platforms the bot lives on. */
public enum Platform {
  TELEGRAM,
  DISCORD,
  CONSOLE;

  /** The lower-case name used in ids and stored addresses, for example {@code telegram}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The platform for a {@link #code()}. */
  public static Platform fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
