package followthrough.core.scheduling;

import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of the nudges about follow-ups, meetings and the morning agenda, from the nudges
 * bundle, with the buttons of {@link followthrough.core.dialogs.nudge.NudgeButtons}. A kind it does
 * not know (sponsor and checklist nudges, planned by other parts) is moot and logged: those parts
 * wire a composer of their own in front of this one. Thread-safe.
 */
public final class NudgeTexts implements NudgeComposer {

  private static final Logger log = LoggerFactory.getLogger(NudgeTexts.class);

  private final FollowUpTexts followUps;
  private final MeetingTexts meetings;
  private final AgendaTexts agendas;

  private final Map<Nudge.Kind, NudgeComposer> others;

  /**
   * Texts for follow-ups, meetings and agendas, and for other kinds (sponsor, checklist, event
   * nudges) the composers given for them.
   */
  public NudgeTexts(
      FollowUps followUps,
      Meetings meetings,
      Contacts contacts,
      NudgePlanner planner,
      List<ForKinds> others) {
    this.others = new EnumMap<>(Nudge.Kind.class);
    for (ForKinds composer : others) {
      for (Nudge.Kind kind : composer.kinds()) {
        if (this.others.put(kind, composer.composer()) != null) {
          throw new IllegalArgumentException("two composers for " + kind);
        }
      }
    }
    ContactNames names = new ContactNames(contacts);
    this.followUps = new FollowUpTexts(followUps, names, planner);
    this.meetings = new MeetingTexts(meetings, names);
    this.agendas = new AgendaTexts(followUps, meetings, names, planner);
  }

  @Override
  public Composition compose(Nudge nudge, UserProfile profile, Instant now) {
    ZoneId zone = profile.zone() == null ? ZoneOffset.UTC : profile.zone();
    switch (nudge.kind()) {
      case FOLLOW_UP_DUE, FOLLOW_UP_OVERDUE -> {
        return followUps.compose(nudge, zone, now);
      }
      case MEETING_DAY_BEFORE, MEETING_SOON -> {
        return meetings.compose(nudge, zone, now);
      }
      case AGENDA -> {
        return agendas.compose(nudge, zone, now);
      }
      default -> {
        NudgeComposer other = others.get(nudge.kind());
        if (other != null) {
          return other.compose(nudge, profile, now);
        }
        log.warn("No text for nudge {} of kind {}; it is dropped", nudge.id(), nudge.kind());
        return Composition.moot(List.of());
      }
    }
  }

  /** A composer for nudge kinds this class does not word itself. */
  public record ForKinds(Set<Nudge.Kind> kinds, NudgeComposer composer) {
    public ForKinds {
      kinds = Set.copyOf(kinds);
    }
  }

  /** A contact's name as the user wrote it, or "a contact" when it is gone. */
  static final class ContactNames {

    private final Contacts contacts;

    ContactNames(Contacts contacts) {
      this.contacts = contacts;
    }

    Phrase of(followthrough.core.domain.user.UserId owner, String contactId) {
      return contacts
          .find(owner, contactId)
          .map(c -> Phrase.verbatim(c.name()))
          .orElseGet(() -> Phrase.of("nudge.someone"));
    }
  }
}
