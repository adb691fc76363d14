package followthrough.core.conversation;

import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.SupportedLocales;
import followthrough.core.ports.LinkedAccounts;
import followthrough.core.ports.UserProfiles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up a turn's context, once per turn: resolves the platform identity through the linked
 * accounts, creates the profile at first sight, and keeps the platform's language and the user's
 * personal address current (the private chat they write in, a Discord user's DM wherever they
 * write; which also makes an unreachable chat reachable again, and then says so, so that the user's
 * paused nudges resume). Thread-safe.
 */
final class TurnUsers {

  private static final Logger log = LoggerFactory.getLogger(TurnUsers.class);

  private final UserProfiles profiles;
  private final LinkedAccounts links;
  private final Consumer<UserId> returning;

  TurnUsers(UserProfiles profiles, LinkedAccounts links, Consumer<UserId> returning) {
    this.profiles = profiles;
    this.links = links;
    this.returning = returning;
  }

  /** The context of a turn: its user's profile, language (their choice first) and time zone. */
  TurnContext context(Inbound inbound, Instant now) {
    UserProfile profile = touch(inbound, now);
    Locale locale = SupportedLocales.resolve(profile.chosenLanguage(), inbound.languageCode());
    ZoneId zone = profile.zone() == null ? ZoneOffset.UTC : profile.zone();
    return new TurnContext(inbound.key(), profile, locale, now, zone);
  }

  /** The turn's user's profile, saved when it is new or changed. */
  private UserProfile touch(Inbound inbound, Instant now) {
    ConversationKey key = inbound.key();
    UserId user = links.canonical(key.user());
    Optional<UserProfile> found = profiles.find(user);
    UserProfile profile = found.orElseGet(() -> UserProfile.firstSeen(user, now));
    UserProfile updated = profile.withPlatformLanguage(inbound.languageCode());
    if (updated.address() == null || key.isPrivate() || key.platform().opensPrivateChats()) {
      updated = updated.withAddress(key.personalAddress().toChatAddress());
    }
    if (found.isEmpty() || !updated.equals(profile)) {
      profiles.save(updated);
    }
    if (profile.address() != null
        && profile.address().unreachable()
        && updated.address() != null
        && !updated.address().unreachable()) {
      welcomeBack(user);
    }
    return updated;
  }

  /** Tells that a user whose chat was unreachable wrote again; a failure never fails the turn. */
  private void welcomeBack(UserId user) {
    try {
      returning.accept(user);
    } catch (RuntimeException e) {
      log.warn(
          "Could not resume the nudges of a returning user; they resume with the next plan", e);
    }
  }
}
