package followthrough.core.domain.user;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the bot keeps about a user themself: the language they chose (if any), the language their
 * platform reports, their time zone (if known), the chat address for messages the bot sends first,
 * and their preferences.
 *
 * @param chosenLanguage a language tag the user picked in settings, or null
 * @param platformLanguage the platform's language code from the last turn, or null
 * @param zone the user's time zone, or null when not known yet
 * @param address the chat the bot may write to first, or null before the first turn
 */
public record UserProfile(
    UserId id,
    @Nullable String chosenLanguage,
    @Nullable String platformLanguage,
    @Nullable ZoneId zone,
    @Nullable ChatAddress address,
    Instant createdAt,
    Preferences preferences) {

  public UserProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(preferences, "preferences");
  }

  /** A profile for a user seen for the first time, with default preferences. */
  public static UserProfile firstSeen(UserId id, Instant now) {
    return new UserProfile(id, null, null, null, null, now, Preferences.DEFAULT);
  }

  public UserProfile withPlatformLanguage(@Nullable String language) {
    return new UserProfile(id, chosenLanguage, language, zone, address, createdAt, preferences);
  }

  public UserProfile withAddress(ChatAddress newAddress) {
    return new UserProfile(
        id, chosenLanguage, platformLanguage, zone, newAddress, createdAt, preferences);
  }

  public UserProfile withChosenLanguage(@Nullable String language) {
    return new UserProfile(id, language, platformLanguage, zone, address, createdAt, preferences);
  }

  public UserProfile withZone(@Nullable ZoneId newZone) {
    return new UserProfile(
        id, chosenLanguage, platformLanguage, newZone, address, createdAt, preferences);
  }

  public UserProfile withPreferences(Preferences newPreferences) {
    return new UserProfile(
        id, chosenLanguage, platformLanguage, zone, address, createdAt, newPreferences);
  }
}
