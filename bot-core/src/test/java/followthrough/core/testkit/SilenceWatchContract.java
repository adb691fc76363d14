package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.ports.SilenceWatch;
import followthrough.core.ports.SilenceWatch.Filing;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SilenceWatch} store does; extended by the memory and MongoDB tests. */
public abstract class SilenceWatchContract {

  private static final LocalDate DAY = LocalDate.parse("2026-03-07");

  protected SilenceWatch watch;

  /** A new, empty store. */
  protected abstract SilenceWatch newStore();

  @BeforeEach
  void createStore() {
    watch = newStore();
  }

  @Test
  void givesTheFilingsOfTheDaysAskedFor() {
    // given
    Filing anna = new Filing(ANNA, DAY, false);
    Filing boris = new Filing(BORIS, DAY.plusDays(2), true);
    watch.file(anna);
    watch.file(boris);
    watch.file(new Filing(BORIS, DAY.plusDays(3), false));

    // when / then
    assertThat(watch.due(DAY, DAY.plusDays(2))).containsExactlyInAnyOrder(anna, boris);
    assertThat(watch.due(DAY.minusDays(5), DAY.minusDays(1))).isEmpty();
  }

  @Test
  void filingTwiceKeepsOneAndUnfilingTakesItOut() {
    // given
    watch.file(new Filing(ANNA, DAY, false));
    watch.file(new Filing(ANNA, DAY, false));
    watch.file(new Filing(BORIS, DAY, false));

    // when
    watch.unfile(new Filing(BORIS, DAY, false));

    // then
    assertThat(watch.due(DAY, DAY)).containsExactly(new Filing(ANNA, DAY, false));
  }

  @Test
  void clearingADayForgetsItsFilingsOnly() {
    // given
    watch.file(new Filing(ANNA, DAY, false));
    watch.file(new Filing(ANNA, DAY, true));
    watch.file(new Filing(BORIS, DAY.plusDays(1), false));

    // when
    watch.clear(DAY);

    // then
    assertThat(watch.due(DAY, DAY.plusDays(1)))
        .containsExactly(new Filing(BORIS, DAY.plusDays(1), false));
  }

  @Test
  void remembersTheLastDayHandled() {
    // given
    assertThat(watch.handledThrough()).isEmpty();

    // when
    watch.handledThrough(DAY);
    watch.handledThrough(DAY.plusDays(1));

    // then
    assertThat(watch.handledThrough()).contains(DAY.plusDays(1));
  }
}
