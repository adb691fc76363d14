package followthrough.core.dialogs.meeting;

import followthrough.core.conversation.Choice;
import followthrough.core.domain.meeting.MeetingReminders;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.i18n.Phrase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phrases for a meeting's fields, shared by the meeting and no-show dialogues. A place chosen by
 * button is stored as a token ({@code by:PHONE}, {@code by:VIDEO}, {@code by:IN_PERSON}) so that it
 * is shown in the reader's language; anything else is the user's own words, shown as typed.
 */
public final class MeetingPhrases {

  /** Prefix of a place chosen by button; the rest names a {@link How}. */
  public static final String BY = "by:";

  /** How a meeting happens, when chosen by button. */
  public enum How {
    PHONE,
    VIDEO,
    IN_PERSON
  }

  private MeetingPhrases() {}

  /** The place token for a way of meeting, as stored in {@code Meeting.place}. */
  public static String token(How how) {
    return BY + how.name();
  }

  /** The buttons for the ways of meeting; their values are the tokens. */
  public static List<Choice> howChoices() {
    return List.of(
        Choice.of("meeting.place.PHONE", token(How.PHONE)),
        Choice.of("meeting.place.VIDEO", token(How.VIDEO)),
        Choice.of("meeting.place.IN_PERSON", token(How.IN_PERSON)));
  }

  /** Where or how a meeting happens: a way chosen by button, the user's words, or "not given". */
  public static Phrase place(@Nullable String place) {
    if (place == null) {
      return Phrase.of("meeting.place.none");
    }
    for (How how : How.values()) {
      if (place.equals(token(how))) {
        return Phrase.of("meeting.place." + how.name());
      }
    }
    return Phrase.verbatim(place);
  }

  /**
   * When the reminders for a meeting at {@code at} will come, as local times in {@code zone}: the
   * day before and 2 hours before, or only the latter, or none when the meeting is too close.
   */
  public static Phrase reminders(Instant at, ZoneId zone, Instant now) {
    List<Instant> times = MeetingReminders.times(at, zone, now);
    if (times.size() == 2) {
      return Phrase.of(
          "meeting.reminders.both",
          "dayBefore",
          times.get(0).atZone(zone).toLocalDateTime(),
          "shortly",
          times.get(1).atZone(zone).toLocalDateTime());
    }
    if (times.size() == 1) {
      return Phrase.of(
          "meeting.reminders.shortly", "shortly", times.get(0).atZone(zone).toLocalDateTime());
    }
    return Phrase.of("meeting.reminders.none");
  }

  /** How often the contact came to meetings, "came to 3 of 4". */
  public static Phrase reliability(String name, Reliability reliability) {
    return Phrase.of(
        "meeting.reliability",
        "name",
        name,
        "kept",
        reliability.kept(),
        "settled",
        reliability.settled());
  }
}
