package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.enumValue;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.integer;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.user.ChatAddress;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link UserProfile} to its document in {@code user_profiles} and back. The time zone is
 * stored as its id ({@code Europe/Berlin}, {@code +03:00}), the address as {@code {platform,
 * chatId}}, the preferences as a nested document with local times in ISO form ({@code 21:00});
 * unset fields are absent. Profiles written before preferences existed have none and read back with
 * {@link Preferences#DEFAULT}.
 */
final class UserProfileDocuments {

  static final String ID = "_id";
  static final String CHOSEN_LANGUAGE = "chosenLanguage";
  static final String PLATFORM_LANGUAGE = "platformLanguage";
  static final String ZONE = "zone";
  static final String ADDRESS = "address";
  static final String ADDRESS_PLATFORM = "platform";
  static final String ADDRESS_CHAT_ID = "chatId";
  static final String ADDRESS_UNREACHABLE = "unreachable";
  static final String CREATED_AT = "createdAt";
  static final String PREFERENCES = "preferences";
  static final String AGENDA_HOUR = "agendaHour";
  static final String QUIET_FROM = "quietFrom";
  static final String QUIET_UNTIL = "quietUntil";
  static final String CADENCE = "cadence";
  static final String INACTIVE_AFTER_DAYS = "inactiveAfterDays";
  static final String SILENT_NEW_DAYS = "silentNewDays";
  static final String SILENT_LATER_DAYS = "silentLaterDays";
  static final String DIGEST_DAY = "digestDay";
  static final String DIGEST_HOUR = "digestHour";
  static final String CHECKLIST_STALL_DAYS = "checklistStallDays";

  private UserProfileDocuments() {}

  static Document toDocument(UserProfile profile) {
    Document document = new Document(ID, profile.id().value());
    putIfPresent(document, CHOSEN_LANGUAGE, profile.chosenLanguage());
    putIfPresent(document, PLATFORM_LANGUAGE, profile.platformLanguage());
    ZoneId zone = profile.zone();
    putIfPresent(document, ZONE, zone == null ? null : zone.getId());
    ChatAddress address = profile.address();
    putIfPresent(document, ADDRESS, address == null ? null : address(address));
    return document
        .append(CREATED_AT, date(profile.createdAt()))
        .append(PREFERENCES, preferences(profile.preferences()));
  }

  static UserProfile fromDocument(Document document) {
    String zone = optionalString(document, ZONE);
    return new UserProfile(
        new UserId(string(document, ID)),
        optionalString(document, CHOSEN_LANGUAGE),
        optionalString(document, PLATFORM_LANGUAGE),
        zone == null ? null : ZoneId.of(zone),
        address(document.get(ADDRESS, Document.class)),
        instant(document, CREATED_AT),
        preferences(document.get(PREFERENCES, Document.class)));
  }

  private static Document address(ChatAddress address) {
    Document stored =
        new Document(ADDRESS_PLATFORM, address.platform())
            .append(ADDRESS_CHAT_ID, address.chatId());
    if (address.unreachable()) {
      stored.append(ADDRESS_UNREACHABLE, true); // absent means reachable, as in older documents
    }
    return stored;
  }

  private static @Nullable ChatAddress address(@Nullable Document stored) {
    if (stored == null) {
      return null;
    }
    return new ChatAddress(
        string(stored, ADDRESS_PLATFORM),
        string(stored, ADDRESS_CHAT_ID),
        Boolean.TRUE.equals(stored.getBoolean(ADDRESS_UNREACHABLE)));
  }

  private static Document preferences(Preferences preferences) {
    return new Document(AGENDA_HOUR, preferences.agendaHour())
        .append(QUIET_FROM, preferences.quietFrom().toString())
        .append(QUIET_UNTIL, preferences.quietUntil().toString())
        .append(CADENCE, preferences.cadence())
        .append(INACTIVE_AFTER_DAYS, preferences.inactiveAfterDays())
        .append(CHECKLIST_STALL_DAYS, preferences.checklistStallDays())
        .append(SILENT_NEW_DAYS, preferences.silentNewDays())
        .append(SILENT_LATER_DAYS, preferences.silentLaterDays())
        .append(DIGEST_DAY, preferences.digestDay().name())
        .append(DIGEST_HOUR, preferences.digestHour());
  }

  private static Preferences preferences(@Nullable Document stored) {
    if (stored == null) {
      return Preferences.DEFAULT;
    }
    Preferences p =
        new Preferences(
            integer(stored, AGENDA_HOUR),
            LocalTime.parse(string(stored, QUIET_FROM)),
            LocalTime.parse(string(stored, QUIET_UNTIL)),
            string(stored, CADENCE),
            integer(stored, INACTIVE_AFTER_DAYS));
    if (stored.containsKey(CHECKLIST_STALL_DAYS)) { // else saved before it existed: the default
      p = p.withChecklistStallDays(integer(stored, CHECKLIST_STALL_DAYS));
    }
    return withTeamSettings(p, stored);
  }

  /** The team settings, when stored (profiles saved before teams have defaults). */
  private static Preferences withTeamSettings(Preferences p, Document stored) {
    Preferences team = p;
    if (stored.containsKey(SILENT_NEW_DAYS) && stored.containsKey(SILENT_LATER_DAYS)) {
      team =
          team.withSilentDays(integer(stored, SILENT_NEW_DAYS), integer(stored, SILENT_LATER_DAYS));
    }
    if (stored.containsKey(DIGEST_DAY) && stored.containsKey(DIGEST_HOUR)) {
      team =
          team.withDigest(
              enumValue(stored, DIGEST_DAY, DayOfWeek.class), integer(stored, DIGEST_HOUR));
    }
    return team;
  }
}
