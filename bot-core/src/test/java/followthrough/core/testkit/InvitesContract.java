package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.team.Invite;
import followthrough.core.ports.Invites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Invites} store does; extended by the memory and MongoDB tests. */
public abstract class InvitesContract {

  protected Invites invites;

  /** A new, empty store. */
  protected abstract Invites newStore();

  @BeforeEach
  void createStore() {
    invites = newStore();
  }

  @Test
  void findsAnInviteByItsCode() {
    // given
    Invite invite = Invite.issue("Ab-_09xyzXYZ0123", ANNA, "Anna <b>$.</b>", T0);

    // when
    boolean added = invites.add(invite);

    // then
    assertThat(added).isTrue();
    assertThat(invites.find("Ab-_09xyzXYZ0123")).contains(invite);
    assertThat(invites.find("ab-_09xyzXYZ0123")).isEmpty();
  }

  @Test
  void aCodeIsNeverOverwritten() {
    // given
    Invite first = Invite.issue("code1", ANNA, "Anna", T0);
    invites.add(first);

    // when
    boolean again = invites.add(Invite.issue("code1", BORIS, "Boris", T0));

    // then
    assertThat(again).isFalse();
    assertThat(invites.find("code1")).contains(first);
  }

  @Test
  void theSponsorRevokesTheirInviteAndNobodyElseCan() {
    // given
    Invite invite = Invite.issue("code1", ANNA, "Anna", T0);
    invites.add(invite);

    // when
    boolean byBoris = invites.revoke(BORIS, "code1");
    boolean byAnna = invites.revoke(ANNA, "code1");

    // then
    assertThat(byBoris).isFalse();
    assertThat(byAnna).isTrue();
    assertThat(invites.find("code1")).contains(invite.revoke());
    assertThat(invites.revoke(ANNA, "nope")).isFalse();
  }
}
