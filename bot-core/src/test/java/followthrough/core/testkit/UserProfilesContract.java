package followthrough.core.testkit;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.BORIS;
import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.user.ChatAddress;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.ports.UserProfiles;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserProfiles} store does; extended by the memory and MongoDB tests. */
public abstract class UserProfilesContract {

  protected UserProfiles profiles;

  /** A new, empty store. */
  protected abstract UserProfiles newStore();

  @BeforeEach
  void createStore() {
    profiles = newStore();
  }

  @Test
  void findsNothingBeforeTheFirstSave() {
    assertThat(profiles.find(ANNA)).isEmpty();
  }

  @Test
  void keepsEveryFieldOfAProfile() {
    // given
    UserProfile profile =
        new UserProfile(
            ANNA,
            "de",
            "ru",
            ZoneId.of("Europe/Berlin"),
            new ChatAddress("telegram", "1001"),
            T0,
            new Preferences(7, LocalTime.of(22, 30), LocalTime.of(7, 15), "2d,2w", 45)
                .withSilentDays(3, 21)
                .withDigest(java.time.DayOfWeek.FRIDAY, 17));
    // when
    profiles.save(profile);
    // then
    assertThat(profiles.find(ANNA)).contains(profile);
  }

  @Test
  void keepsAFirstSeenProfileWithEmptyFields() {
    // given
    UserProfile profile = UserProfile.firstSeen(BORIS, T0);
    // when
    profiles.save(profile);
    // then
    assertThat(profiles.find(BORIS)).contains(profile);
  }

  @Test
  void keepsAChatMarkedUnreachable() {
    // given
    UserProfile profile =
        UserProfile.firstSeen(ANNA, T0)
            .withAddress(new ChatAddress("telegram", "1001").markedUnreachable());
    // when
    profiles.save(profile);
    // then
    assertThat(profiles.find(ANNA).orElseThrow().address().unreachable()).isTrue();
  }

  @Test
  void replacesAProfileOnSave() {
    // given
    profiles.save(UserProfile.firstSeen(ANNA, T0));
    UserProfile changed = UserProfile.firstSeen(ANNA, T0).withZone(ZoneId.of("+03:00"));
    // when
    profiles.save(changed);
    // then
    assertThat(profiles.find(ANNA)).contains(changed);
    assertThat(profiles.find(BORIS)).isEmpty();
  }

  @Test
  void replacesPreferencesOnSave() {
    // given
    profiles.save(UserProfile.firstSeen(ANNA, T0));
    Preferences edges = new Preferences(0, LocalTime.MIDNIGHT, LocalTime.of(23, 59), "1d", 1);
    UserProfile changed = UserProfile.firstSeen(ANNA, T0).withPreferences(edges);
    // when
    profiles.save(changed);
    // then
    assertThat(profiles.find(ANNA).orElseThrow().preferences()).isEqualTo(edges);
  }
}
