package followthrough.core.dialogs.when;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever users paste, the parser answers with a {@link When} and never throws. */
class WhenParserRobustnessTest {

  private static final ZonedDateTime NOW = WhenTable.now("WED");

  /** Pieces the fuzz test glues together: real words next to each other find the odd corners. */
  private static final List<String> PIECES =
      List.of(
          "in",
          "через",
          "at",
          "um",
          "в",
          "am",
          "pm",
          "uhr",
          "10",
          "25",
          "0",
          "99",
          "2026",
          "25.12.",
          "25.12",
          "14:30",
          "14.30",
          "1/2",
          "31/31",
          "2026-12-25",
          "tomorrow",
          "morgen",
          "завтра",
          "friday",
          "next",
          "nächsten",
          "dec",
          "декабря",
          "days",
          "дня",
          "hours",
          "часа",
          "evening",
          "вечера",
          "noon",
          "fromnow",
          "-",
          ".",
          ",",
          ":",
          "/",
          "😀",
          "\u0000",
          "\u202E",
          "ё",
          " ");

  static Stream<String> garbage() {
    return Stream.of(
        "",
        "   ",
        "\t\n\r",
        "\u0000\u0007\u001b[31m",
        "😀",
        "😀🎉🔥",
        "مرحبا بكم",
        "\u202Eשלום\u202C",
        "\uFEFF",
        "\uD800",
        "a".repeat(5000),
        "1".repeat(5000),
        "tomorrow ".repeat(600),
        "9".repeat(25),
        ":::",
        "...",
        "///",
        "10:99",
        "31.31.",
        "99.99.9999",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "%s%n",
        "${jndi:ldap://x}");
  }

  @ParameterizedTest
  @MethodSource("garbage")
  void asksAgainInsteadOfThrowingOnGarbage(String text) {
    // when
    When when = WhenParser.parse(text, NOW);
    // then
    assertThat(when).isEqualTo(new When.AskBack(When.Reason.UNREADABLE));
  }

  @Test
  void neverThrowsOnRandomMixturesOfItsOwnWords() {
    // given
    Random random = new Random(20260325L);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(7); n >= 0; n--) {
        text.append(PIECES.get(random.nextInt(PIECES.size()))).append(' ');
      }
      // when: without the safety net of parse, so that a slip in the rules shows
      When when = WhenParser.read(text.toString(), NOW);
      // then
      assertThat(when).as(text.toString()).isNotNull();
    }
  }

  @Test
  void neverThrowsOnRandomCodePoints() {
    // given
    Random random = new Random(42L);
    for (int i = 0; i < 5_000; i++) {
      int[] codePoints = random.ints(random.nextInt(40), 0, Character.MAX_CODE_POINT).toArray();
      String text = new String(codePoints, 0, codePoints.length);
      // when
      When when = WhenParser.read(text, NOW);
      // then
      assertThat(when).as(text).isNotNull();
    }
  }
}
