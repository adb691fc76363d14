package followthrough.core.domain.contact;

/** How the user knows a contact; {@link #OTHER} comes with the user's own words. */
public enum Source {
  FRIENDS_FAMILY,
  WORK,
  SOCIAL_MEDIA,
  EVENT,
  REFERRAL,
  OTHER
}
