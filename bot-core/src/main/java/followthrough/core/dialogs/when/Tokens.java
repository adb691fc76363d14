package followthrough.core.dialogs.when;

import java.util.List;
import java.util.Optional;

/** The tokens of one text, read with look-ahead that never runs off the end. */
final class Tokens {

  private final List<Token> all;

  Tokens(List<Token> all) {
    this.all = List.copyOf(all);
  }

  int size() {
    return all.size();
  }

  Optional<Token> at(int index) {
    return index >= 0 && index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
  }

  boolean is(int index, Token.Kind kind) {
    return at(index).map(t -> t.is(kind)).orElse(false);
  }

  /** The word at {@code index}, or "" when there is none, so that look-ups simply miss. */
  String word(int index) {
    return at(index).filter(t -> t.is(Token.Kind.WORD)).map(Token::text).orElse("");
  }

  /** The number at {@code index}, or -1 when that token is not a plain number. */
  int number(int index) {
    return at(index).filter(t -> t.is(Token.Kind.NUMBER)).map(t -> t.part(0)).orElse(-1);
  }
}
