package followthrough.core.domain.team;

/** What a user did in one week (Monday to Sunday, UTC), counted by kind; never sales or revenue. */
public record WeekCounts(
    int contactsLogged, int touches, int followUpsDone, int meetingsKept, int meetingsMissed) {

  public static final WeekCounts NONE = new WeekCounts(0, 0, 0, 0, 0);

  /** These counts with one more of {@code kind}. */
  public WeekCounts plus(ActivityKind kind) {
    return switch (kind) {
      case CONTACT_LOGGED ->
          new WeekCounts(contactsLogged + 1, touches, followUpsDone, meetingsKept, meetingsMissed);
      case TOUCH_LOGGED ->
          new WeekCounts(contactsLogged, touches + 1, followUpsDone, meetingsKept, meetingsMissed);
      case FOLLOW_UP_DONE ->
          new WeekCounts(contactsLogged, touches, followUpsDone + 1, meetingsKept, meetingsMissed);
      case MEETING_KEPT ->
          new WeekCounts(contactsLogged, touches, followUpsDone, meetingsKept + 1, meetingsMissed);
      case MEETING_MISSED ->
          new WeekCounts(contactsLogged, touches, followUpsDone, meetingsKept, meetingsMissed + 1);
    };
  }

  /** The counts of two sets added up. */
  public WeekCounts add(WeekCounts other) {
    return new WeekCounts(
        contactsLogged + other.contactsLogged,
        touches + other.touches,
        followUpsDone + other.followUpsDone,
        meetingsKept + other.meetingsKept,
        meetingsMissed + other.meetingsMissed);
  }

  /** The count of one kind. */
  public int of(ActivityKind kind) {
    return switch (kind) {
      case CONTACT_LOGGED -> contactsLogged;
      case TOUCH_LOGGED -> touches;
      case FOLLOW_UP_DONE -> followUpsDone;
      case MEETING_KEPT -> meetingsKept;
      case MEETING_MISSED -> meetingsMissed;
    };
  }

  /** Everything done in the week, for the digest's chart. */
  public int total() {
    return contactsLogged + touches + followUpsDone + meetingsKept + meetingsMissed;
  }
}
