package followthrough.core.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Rung;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FirstFollowUpTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void suggestsOneNextTouchInThreeDaysForANewLead() {
    // when
    FirstFollowUp suggestion = FirstFollowUp.suggest(Rung.PROSPECT, Cadence.DEFAULT);
    // then
    assertThat(suggestion.kind()).isEqualTo(FollowUp.Kind.NEXT_TOUCH);
    assertThat(suggestion.datesAfter(MONDAY)).containsExactly(LocalDate.of(2026, 3, 5));
  }

  @Test
  void suggestsTheCadenceForAFirstTimeCustomer() {
    // when
    FirstFollowUp suggestion = FirstFollowUp.suggest(Rung.FIRST_TIME_CUSTOMER, Cadence.DEFAULT);
    // then
    assertThat(suggestion.kind()).isEqualTo(FollowUp.Kind.CADENCE);
    assertThat(suggestion.datesAfter(MONDAY))
        .containsExactly(
            LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 6, 2));
  }

  @Test
  void followsTheUsersOwnCadence() {
    // given
    Cadence own = Cadence.parse("2d,2w").orElseThrow();
    // when
    FirstFollowUp suggestion = FirstFollowUp.suggest(Rung.FIRST_TIME_CUSTOMER, own);
    // then
    assertThat(suggestion.after()).containsExactly(Period.ofDays(2), Period.ofWeeks(2));
  }

  @ParameterizedTest
  @EnumSource(
      value = Rung.class,
      names = {"OCCASIONAL_CUSTOMER", "REGULAR_CUSTOMER", "REFERRAL_CUSTOMER", "PARTNER"})
  void suggestsOneCheckInInAWeekForEveryoneElse(Rung rung) {
    // when
    FirstFollowUp suggestion = FirstFollowUp.suggest(rung, Cadence.DEFAULT);
    // then
    assertThat(suggestion.kind()).isEqualTo(FollowUp.Kind.CHECK_IN);
    assertThat(suggestion.after()).isEqualTo(List.of(Period.ofWeeks(1)));
  }
}
