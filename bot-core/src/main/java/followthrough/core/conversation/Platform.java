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

  /**
   * Whether the bot can open a private chat with any user by their id (Discord can; a Telegram user
   * must have started the bot), so the user's private chat is their address wherever they write.
   */
  public boolean opensPrivateChats() {
    return this == DISCORD;
  }

  /** The platform for a {@link #code()}. */
  public static Platform fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
