package followthrough.core.conversation;

/**
 * Makes typed text safe for dialogs: drops control characters other than line breaks and tabs
 * (right-to-left marks and emoji stay), and cuts text longer than the limit at a code point
 * boundary, so a 5,000-character paste never reaches a store in full.
 */
final class InputCleaner {

  private final int maxCodePoints;

  InputCleaner(int maxCodePoints) {
    this.maxCodePoints = maxCodePoints;
  }

  /** The cleaned input, and whether it had to be cut. */
  Cleaned clean(Input input) {
    if (input instanceof Input.Text text) {
      String cleaned = clean(text.text());
      return new Cleaned(new Input.Text(cut(cleaned)), isLong(cleaned));
    }
    if (input instanceof Input.Command command) {
      String args = clean(command.args());
      return new Cleaned(new Input.Command(command.name(), cut(args)), isLong(args));
    }
    return new Cleaned(input, false);
  }

  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> cp == '\n' || cp == '\t' || Character.getType(cp) != Character.CONTROL)
        .filter(cp -> Character.getType(cp) != Character.SURROGATE)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private boolean isLong(String text) {
    return text.codePointCount(0, text.length()) > maxCodePoints;
  }

  private String cut(String text) {
    if (!isLong(text)) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
  }

  /** Input after cleaning; {@code cut} tells that the text was longer than the limit. */
  record Cleaned(Input input, boolean cut) {}
}
