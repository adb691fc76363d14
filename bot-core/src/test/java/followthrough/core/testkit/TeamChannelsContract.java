package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.team.TeamChannel;
import followthrough.core.ports.TeamChannels;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TeamChannels} store does; extended by the memory and MongoDB tests. */
public abstract class TeamChannelsContract {

  protected TeamChannels channels;

  /** A new, empty store. */
  protected abstract TeamChannels newStore();

  @BeforeEach
  void createStore() {
    channels = newStore();
  }

  @Test
  void findsTheChannelSetForAServer() {
    // given
    TeamChannel set = new TeamChannel("900.1", "$channel", ANNA, T0);

    // when
    channels.save(set);

    // then
    assertThat(channels.forServer("900.1")).contains(set);
    assertThat(channels.forServer("901")).isEmpty();
  }

  @Test
  void aServerHasOneChannelTheLastOneSet() {
    // given
    channels.save(new TeamChannel("900", "1", ANNA, T0));

    // when
    TeamChannel again = new TeamChannel("900", "2", BORIS, T0.plus(Duration.ofDays(1)));
    channels.save(again);

    // then
    assertThat(channels.forServer("900")).contains(again);
    assertThat(channels.all()).containsExactly(again);
  }

  @Test
  void listsEveryServersChannelAndForgetsARemovedOne() {
    // given
    TeamChannel first = new TeamChannel("900", "1", ANNA, T0);
    TeamChannel second = new TeamChannel("901", "2", BORIS, T0);
    channels.save(first);
    channels.save(second);

    // when
    channels.remove("900");

    // then
    assertThat(channels.all()).containsExactly(second);
    assertThat(channels.forServer("900")).isEmpty();
  }
}
