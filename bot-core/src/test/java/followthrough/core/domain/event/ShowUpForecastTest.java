package followthrough.core.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.meeting.Reliability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the forecast's arithmetic (see the formula in {@link ShowUpForecast}'s Javadoc). */
class ShowUpForecastTest {

  private static final Reliability NONE = new Reliability(0, 0);

  private static List<Registration> registrants(int count, int prepaid) {
    List<Registration> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(Registration.of("c" + i).withPrepaid(i < prepaid));
    }
    return all;
  }

  @Test
  void aFirstEventCountsEachAtFourInTenAndPrepaidHalfwayToCertain() {
    // given: 9 × 0.4 + 4 × 0.7 = 6.4
    List<Registration> thirteen = registrants(13, 4);
    // when
    ShowUpForecast.Forecast f = ShowUpForecast.of(thirteen, id -> NONE, NONE);
    // then
    assertThat(f.registered()).isEqualTo(13);
    assertThat(f.prepaid()).isEqualTo(4);
    assertThat(f.expected()).isEqualTo(6);
    assertThat(f.fromDefault()).isEqualTo(13);
    assertThat(f.fromOwn()).isZero();
    assertThat(f.fromHistory()).isZero();
  }

  @Test
  void withoutOwnRecordsTheUsersPastEventsGiveTheChance() {
    // given: 5 of 13 came before, 10 × 5/13 = 3.85
    Reliability history = new Reliability(5, 13);
    // when
    ShowUpForecast.Forecast f = ShowUpForecast.of(registrants(10, 0), id -> NONE, history);
    // then
    assertThat(f.expected()).isEqualTo(4);
    assertThat(f.fromHistory()).isEqualTo(10);
    assertThat(f.historyPercent()).isEqualTo(38);
  }

  @Test
  void ownRecordsComeFirstAndPrepaymentRaisesThem() {
    // given: a kept 3 of 4 and prepaid (0.875), b came 0 of 2 (0), c has none (history 0.5)
    Map<String, Reliability> own =
        Map.of("a", new Reliability(3, 4), "b", new Reliability(0, 2), "c", NONE);
    List<Registration> three =
        List.of(Registration.of("a").withPrepaid(true), Registration.of("b"), Registration.of("c"));
    // when
    ShowUpForecast.Forecast f = ShowUpForecast.of(three, own::get, new Reliability(1, 2));
    // then: 1.375
    assertThat(f.expected()).isEqualTo(1);
    assertThat(f.fromOwn()).isEqualTo(2);
    assertThat(f.fromHistory()).isEqualTo(1);
    assertThat(f.prepaid()).isEqualTo(1);
  }

  @Test
  void roundsHalfUp() {
    // given: 3 × 0.5 = 1.5
    Reliability half = new Reliability(1, 2);
    // when
    ShowUpForecast.Forecast f = ShowUpForecast.of(registrants(3, 0), id -> NONE, half);
    // then
    assertThat(f.expected()).isEqualTo(2);
  }

  @Test
  void expectsEveryoneWhoAlwaysCameAndPrepaid() {
    // given
    Reliability always = new Reliability(4, 4);
    // when
    ShowUpForecast.Forecast f = ShowUpForecast.of(registrants(5, 5), id -> always, NONE);
    // then
    assertThat(f.expected()).isEqualTo(5);
  }

  @Test
  void expectsNobodyWithoutRegistrants() {
    // when
    ShowUpForecast.Forecast f = ShowUpForecast.of(List.of(), id -> NONE, new Reliability(3, 4));
    // then
    assertThat(f.expected()).isZero();
    assertThat(f.registered()).isZero();
  }
}
