package followthrough.core.dialogs.when;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns typed text into {@link Token}s: one case, one spelling of "ё", no punctuation except what
 * numeric dates and times need, and a few multi-word phrases folded into single words.
 */
final class Tokenizer {

  private static final Pattern NOT_TEXT = Pattern.compile("[^\\p{L}0-9:./-]+");
  private static final Pattern DIGIT_LETTER =
      Pattern.compile("(?<=[0-9])(?=\\p{L})|(?<=\\p{L})(?=[0-9])");
  private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[:./-]+");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Pattern SPACES = Pattern.compile(" +");

  private static final List<Map.Entry<Token.Kind, Pattern>> SHAPES =
      List.of(
          Map.entry(Token.Kind.NUMBER, Pattern.compile("([0-9]{1,4})\\.?")),
          Map.entry(Token.Kind.CLOCK, Pattern.compile("([0-9]{1,2}):([0-9]{2})\\.?")),
          Map.entry(
              Token.Kind.DOTTED,
              Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})(?:(\\.)|\\.([0-9]{4}|[0-9]{2})\\.?)?")),
          Map.entry(Token.Kind.ISO, Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")),
          Map.entry(
              Token.Kind.SLASH,
              Pattern.compile("([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{4}|[0-9]{2}))?")));

  /** Phrases read as one word, and suffixes that carry no meaning ("25th", "25-го"). */
  private static final List<Map.Entry<Pattern, String>> PHRASES =
      List.of(
          phrase("(?:the )?day after tomorrow", "overmorrow"),
          phrase("(?:the )?day before yesterday", "ereyesterday"),
          phrase("half an hour", "30 minutes"),
          phrase("(?:einer )?halben stunde", "30 minuten"),
          phrase("полчаса", "30 минут"),
          phrase("tonight", "today evening"),
          phrase("in the (morning|afternoon|evening)", "$1"),
          phrase("at night", "night"),
          phrase("from now", "fromnow"),
          // after a digit too: "10a.m." becomes "10am", split into "10 am" below
          phrase("([ap])\\. ?m\\.?", "$1m"),
          Map.entry(Pattern.compile("(?<=[0-9])(?:st|nd|rd|th)(?!\\p{L})"), ""),
          Map.entry(Pattern.compile("(?<=[0-9])-(?:го|ого|е|ое|й|ой|м|ом)(?!\\p{L})"), ""));

  private Tokenizer() {}

  static Tokens tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    for (String raw : normalize(text).split(" ")) {
      if (!raw.isEmpty() && !ONLY_PUNCTUATION.matcher(raw).matches()) {
        tokens.add(classify(raw));
      }
    }
    return new Tokens(tokens);
  }

  static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace('ё', 'е').replace('’', '\'');
    s = s.replace("o'clock", "oclock");
    s = NOT_TEXT.matcher(s).replaceAll(" ").strip();
    for (Map.Entry<Pattern, String> phrase : PHRASES) {
      s = phrase.getKey().matcher(s).replaceAll(phrase.getValue());
    }
    return SPACES.matcher(DIGIT_LETTER.matcher(s).replaceAll(" ")).replaceAll(" ");
  }

  private static Token classify(String raw) {
    if (raw.codePoints().anyMatch(Character::isLetter)) {
      // "Fr." and "a.m." are the same words without their dots
      String word = EDGE_DASHES.matcher(raw.replace(".", "")).replaceAll("");
      return WORD.matcher(word).matches() ? Token.word(word) : Token.other(raw);
    }
    for (Map.Entry<Token.Kind, Pattern> shape : SHAPES) {
      Matcher m = shape.getValue().matcher(raw);
      if (m.matches()) {
        return numeric(shape.getKey(), m);
      }
    }
    return Token.other(raw);
  }

  private static Token numeric(Token.Kind kind, Matcher m) {
    List<Integer> parts = new ArrayList<>();
    for (int g = 1; g <= m.groupCount(); g++) {
      String digits = m.group(g);
      if (digits != null && !digits.equals(".")) {
        parts.add(Integer.parseInt(digits));
      }
    }
    boolean dayFirst = kind == Token.Kind.DOTTED || kind == Token.Kind.SLASH;
    if (dayFirst && parts.size() == 3 && parts.get(2) < 100) {
      // two-digit years are this century: nobody plans a follow-up for 1926
      parts.set(2, 2000 + parts.get(2));
    }
    boolean closed = kind == Token.Kind.DOTTED && (m.group().endsWith(".") || parts.size() == 3);
    return new Token(kind, m.group(), parts, closed);
  }

  private static Map.Entry<Pattern, String> phrase(String regex, String replacement) {
    return Map.entry(Pattern.compile("(?<!\\p{L})" + regex + "(?!\\p{L})"), replacement);
  }
}
