package followthrough.core.dialogs.when;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.TurnContext;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.testkit.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WhenQuestionTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final TurnContext ctx =
      new TurnContext(
          Fixtures.key("1"),
          UserProfile.firstSeen(Fixtures.ANNA, now),
          Locale.ENGLISH,
          now,
          BERLIN);

  @Test
  void offersTheQuickChoices() {
    assertThat(WhenQuestion.ask("checkin.ask.when").rows().stream().flatMap(r -> r.stream()))
        .extracting(c -> c.value())
        .containsExactly("when:1d", "when:3d", "when:1w", "when:3w", "when:3m");
  }

  @Test
  void readsAQuickChoiceAsADayInTheUsersZone() {
    assertThat(WhenQuestion.read(ctx, new Input.Button("when:3w"), "checkin.ask.when"))
        .isEqualTo(new WhenQuestion.Answer.DayOnly(LocalDate.of(2026, 3, 23)));
    assertThat(WhenQuestion.read(ctx, new Input.Button("when:3m"), "checkin.ask.when"))
        .isEqualTo(new WhenQuestion.Answer.DayOnly(LocalDate.of(2026, 6, 2)));
  }

  @Test
  void asksBackForAPastDateWithTheReason() {
    // when
    WhenQuestion.Answer answer =
        WhenQuestion.read(ctx, new Input.Text("2025-12-24"), "checkin.ask.when");
    // then
    assertThat(((WhenQuestion.Answer.Again) answer).reply().paragraphs())
        .extracting(p -> p.key())
        .containsExactly("when.askBack.PAST", "checkin.ask.when", "when.hint");
  }

  @Test
  void putsADayAtTheGivenHourButNeverInThePast() {
    assertThat(WhenQuestion.atHour(LocalDate.of(2026, 3, 3), 8, BERLIN, now))
        .isEqualTo(Instant.parse("2026-03-03T07:00:00Z"));
    assertThat(WhenQuestion.atHour(LocalDate.of(2026, 3, 2), 8, BERLIN, now)).isEqualTo(now);
  }
}
