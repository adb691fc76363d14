package followthrough.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleDurationsTest {

  @ParameterizedTest
  @CsvSource({
    "2d, PT48H",
    "3h, PT3H",
    "90m, PT1H30M",
    "1d2h, PT26H",
    "1D2H30M15S, PT26H30M15S",
    "' 45s ', PT45S",
    "0m, PT0S"
  })
  void readsNumbersWithUnits(String text, Duration expected) {
    // given
    String typed = text;
    // when
    Duration parsed = ConsoleDurations.parse(typed);
    // then
    assertThat(parsed).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "banana", "2", "d", "-1h", "1.5h", "2 d", "1w", "1234567d", "PT2H"})
  void refusesAnythingElse(String text) {
    // given
    String typed = text;
    // when / then
    assertThatThrownBy(() -> ConsoleDurations.parse(typed))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
