package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.user.LinkCode;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.LinkedAccounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LinkedAccounts} store does; extended by the memory and MongoDB tests. */
public abstract class LinkedAccountsContract {

  private static final UserId TELEGRAM = UserId.of("telegram", "1001");
  private static final UserId DISCORD = UserId.of("discord", "$9.9");
  private static final UserId CONSOLE = UserId.of("console", "anna");

  protected LinkedAccounts links;

  /** A new, empty store. */
  protected abstract LinkedAccounts newStore();

  @BeforeEach
  void createStore() {
    links = newStore();
  }

  @Test
  void takesAnUnlinkedIdentityAsItsOwnUser() {
    assertThat(links.canonical(DISCORD)).isEqualTo(DISCORD);
  }

  @Test
  void resolvesALinkedIdentityToItsUser() {
    // when
    links.link(DISCORD, TELEGRAM);
    // then
    assertThat(links.canonical(DISCORD)).isEqualTo(TELEGRAM);
    assertThat(links.canonical(TELEGRAM)).isEqualTo(TELEGRAM);
  }

  @Test
  void followsALinkMadeLaterFromTheUser() {
    // given
    links.link(DISCORD, TELEGRAM);
    // when
    links.link(TELEGRAM, CONSOLE);
    // then
    assertThat(links.canonical(DISCORD)).isEqualTo(CONSOLE);
  }

  @Test
  void redeemsACodeForTheUserWhoAskedForIt() {
    // given
    links.saveCode(new LinkCode("ABCDEFGHJK0123456789", TELEGRAM, T0.plus(Duration.ofMinutes(10))));
    // when
    Optional<UserId> owner = links.redeem("ABCDEFGHJK0123456789", T0.plusSeconds(30));
    // then
    assertThat(owner).contains(TELEGRAM);
  }

  @Test
  void redeemsACodeOnlyOnce() {
    // given
    links.saveCode(new LinkCode("ABCDEFGHJK0123456789", TELEGRAM, T0.plus(Duration.ofMinutes(10))));
    links.redeem("ABCDEFGHJK0123456789", T0);
    // when / then
    assertThat(links.redeem("ABCDEFGHJK0123456789", T0)).isEmpty();
  }

  @Test
  void refusesAnExpiredCode() {
    // given
    links.saveCode(new LinkCode("ABCDEFGHJK0123456789", TELEGRAM, T0.plus(Duration.ofMinutes(10))));
    // when / then
    assertThat(links.redeem("ABCDEFGHJK0123456789", T0.plus(Duration.ofMinutes(10)))).isEmpty();
  }

  @Test
  void refusesAnUnknownCode() {
    assertThat(links.redeem("$where.x", T0)).isEmpty();
  }

  @Test
  void letsOnlyOneOfTwoRacingRedeemsHaveTheCode() throws Exception {
    // given
    links.saveCode(new LinkCode("RACE0RACE0RACE0RACE0", TELEGRAM, T0.plus(Duration.ofMinutes(10))));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // when
      List<Future<Optional<UserId>>> tries = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        tries.add(pool.submit(() -> links.redeem("RACE0RACE0RACE0RACE0", T0)));
      }
      // then
      long won = 0;
      for (Future<Optional<UserId>> attempt : tries) {
        won += attempt.get().isPresent() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
  }
}
