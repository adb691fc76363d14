package followthrough.core.domain.contact;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A way to reach a contact: a phone number, a messenger {@code @username} or an e-mail address. A
 * contact without any handle is a weak lead: nobody can follow up with them.
 */
public record ContactHandle(Kind kind, String value) {

  /** What kind of handle this is; persisted by name. */
  public enum Kind {
    PHONE,
    USERNAME,
    EMAIL
  }

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,24}");
  private static final Pattern USERNAME = Pattern.compile("@[A-Za-z0-9_.]{2,32}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int MAX_EMAIL = 254;

  public ContactHandle {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Reads what the user typed as a handle, or empty when it is none of the three kinds. A phone
   * number needs 6 to 15 digits and may carry {@code +}, spaces, dashes, dots and parentheses.
   */
  public static Optional<ContactHandle> parse(String text) {
    String t = text.strip();
    if (USERNAME.matcher(t).matches()) {
      return Optional.of(new ContactHandle(Kind.USERNAME, t));
    }
    if (t.length() <= MAX_EMAIL && EMAIL.matcher(t).matches()) {
      return Optional.of(new ContactHandle(Kind.EMAIL, t));
    }
    if (PHONE.matcher(t).matches()) {
      long digits = t.chars().filter(Character::isDigit).count();
      if (digits >= 6 && digits <= 15) {
        return Optional.of(new ContactHandle(Kind.PHONE, t));
      }
    }
    return Optional.empty();
  }
}
