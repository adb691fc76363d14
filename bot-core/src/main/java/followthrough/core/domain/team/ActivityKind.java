package followthrough.core.domain.team;

/**
 * What a user did with the bot's follow-up features that counts as being active; persisted by name.
 */
public enum ActivityKind {
  CONTACT_LOGGED,
  TOUCH_LOGGED,
  FOLLOW_UP_DONE,
  MEETING_KEPT,
  MEETING_MISSED
}
