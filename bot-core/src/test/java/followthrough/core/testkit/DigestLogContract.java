package followthrough.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.ports.DigestLog;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DigestLog} store does; extended by the memory and MongoDB tests. */
public abstract class DigestLogContract {

  private static final LocalDate WEEK = LocalDate.parse("2026-03-02");

  protected DigestLog log;

  /** A new, empty store. */
  protected abstract DigestLog newStore();

  @BeforeEach
  void createStore() {
    log = newStore();
  }

  @Test
  void onlyTheFirstClaimOfAServersWeekSucceeds() {
    // when
    boolean first = log.claim("900", WEEK);
    boolean second = log.claim("900", WEEK);

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }

  @Test
  void otherWeeksAndServersAreClaimedApart() {
    // given
    log.claim("900", WEEK);

    // when / then
    assertThat(log.claim("900", WEEK.plusWeeks(1))).isTrue();
    assertThat(log.claim("901", WEEK)).isTrue();
  }
}
