package followthrough.core.conversation;

import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What a dialog knows about the turn it handles: whose conversation it is, the user's profile, the
 * language resolved once for this turn, the instant of the turn (from the injected clock) and the
 * user's time zone (UTC until they set one).
 */
public record TurnContext(
    ConversationKey key, UserProfile profile, Locale locale, Instant now, ZoneId zone) {

  /** The user whose turn this is; all their data is keyed by it. */
  public UserId user() {
    return profile.id();
  }
}
