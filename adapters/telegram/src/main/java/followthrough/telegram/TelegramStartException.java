package followthrough.telegram;

/**
 * Telegram cannot start: the token is malformed or rejected, or the Bot API cannot be reached. The
 * message is one sentence for the operator and never contains the token.
 */
public final class TelegramStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TelegramStartException(String sentence) {
    super(sentence);
  }
}
