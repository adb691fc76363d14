package followthrough.core.domain.contact;

import java.util.Optional;

/**
 * Rules for the free text a user gives a contact: names and notes are trimmed, must not be empty
 * where required, and have a length limit that keeps cards and buttons readable.
 */
public final class ContactText {

  /** Longest name accepted, in code points. */
  public static final int MAX_NAME = 80;

  /** Longest note or source description accepted, in code points. */
  public static final int MAX_NOTE = 1000;

  private ContactText() {}

  /** Why a name is not acceptable, or empty when it is. */
  public static Optional<Problem> checkName(String name) {
    return check(name, MAX_NAME);
  }

  /** Why a note is not acceptable, or empty when it is. */
  public static Optional<Problem> checkNote(String note) {
    return check(note, MAX_NOTE);
  }

  private static Optional<Problem> check(String text, int max) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.of(Problem.EMPTY);
    }
    if (t.codePointCount(0, t.length()) > max) {
      return Optional.of(Problem.TOO_LONG);
    }
    return Optional.empty();
  }

  /** What is wrong with a text. */
  public enum Problem {
    EMPTY,
    TOO_LONG
  }
}
