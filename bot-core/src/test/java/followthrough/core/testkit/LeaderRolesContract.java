package followthrough.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.ports.LeaderRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LeaderRoles} store does; extended by the memory and MongoDB tests. */
public abstract class LeaderRolesContract {

  protected LeaderRoles roles;

  /** A new, empty store. */
  protected abstract LeaderRoles newStore();

  @BeforeEach
  void createStore() {
    roles = newStore();
  }

  @Test
  void findsTheRoleSetForAServer() {
    // when
    roles.save("900.1", "$role");
    // then
    assertThat(roles.forServer("900.1")).contains("$role");
    assertThat(roles.forServer("901")).isEmpty();
  }

  @Test
  void replacesTheRoleOfAServer() {
    // given
    roles.save("900", "r1");
    // when
    roles.save("900", "r2");
    // then
    assertThat(roles.forServer("900")).contains("r2");
  }
}
