package followthrough.core.dialogs.when;

import java.util.List;

/**
 * One piece of normalised input: a word, a number, or a numeric date or time written as one piece
 * ("14:30", "25.12.", "2026-12-25", "1/2").
 *
 * @param parts the numbers in the order written (a {@link Kind#DOTTED} date without a year has 2)
 * @param closed a {@link Kind#DOTTED} date ends with a dot or a year ("25.12.", not "25.12")
 */
record Token(Kind kind, String text, List<Integer> parts, boolean closed) {

  /** What a token looks like; its meaning depends on its neighbours. */
  enum Kind {
    WORD,
    /** One to four digits, maybe with a dot after ("25." as in "25. Dezember"). */
    NUMBER,
    /** Hours and minutes with a colon. */
    CLOCK,
    /** Day and month with dots, maybe a year: "25.12", "25.12.", "25.12.2026"; or "14.30". */
    DOTTED,
    /** Year, month, day with dashes. */
    ISO,
    /** Two numbers with a slash, maybe a year: day and month, or month and day. */
    SLASH,
    /** Anything else; it makes the whole text unreadable. */
    OTHER
  }

  Token {
    parts = List.copyOf(parts);
  }

  static Token word(String text) {
    return new Token(Kind.WORD, text, List.of(), false);
  }

  static Token other(String text) {
    return new Token(Kind.OTHER, text, List.of(), false);
  }

  int part(int index) {
    return index < parts.size() ? parts.get(index) : 0;
  }

  boolean is(Kind wanted) {
    return kind == wanted;
  }
}
