package followthrough.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.conversation.Choice;
import followthrough.core.dialogs.nudge.NudgeButtons;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

  @Test
  void aValueOfSixtyFourBytesGoesThroughUnchanged() {
    // given
    String value = "ä".repeat(32); // 64 bytes in UTF-8

    // then
    assertThat(CallbackData.of(value)).isEqualTo(value);
  }

  @Test
  void aLongerOrEmptyValueIsRefused() {
    assertThatThrownBy(() -> CallbackData.of("x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallbackData.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCoresLimitForButtonValuesIsTelegrams() {
    assertThat(Choice.MAX_VALUE_BYTES).isEqualTo(CallbackData.MAX_BYTES);
  }

  @Test
  void aNudgesButtonsWithTheLongestIdsFitAsTheyAre() {
    // given
    FollowUp followUp =
        FollowUp.open(
            "x".repeat(32),
            Fixtures.ANNA,
            "c".repeat(32),
            FollowUp.Kind.values()[0],
            null,
            Instant.parse("2999-12-31T23:59:59Z"),
            null,
            Fixtures.T0);

    // when / then
    NudgeButtons.forFollowUp(followUp).stream()
        .flatMap(java.util.List::stream)
        .forEach(
            choice -> {
              assertThat(choice.value().getBytes(StandardCharsets.UTF_8).length)
                  .isLessThanOrEqualTo(64);
              assertThat(CallbackData.of(choice.value())).isEqualTo(choice.value());
            });
  }
}
