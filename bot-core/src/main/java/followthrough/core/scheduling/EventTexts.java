package followthrough.core.scheduling;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.event.EventButtons;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.event.Registration;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words an event's reminders ({@code EVENT_DAY_BEFORE}, {@code EVENT_SOON}): when and where, and
 * the registered contacts who have not confirmed yet, prompting the user to confirm with them, with
 * a button to tick confirmations and one to open the event. Moot once the event is cancelled, held,
 * moved or has begun. Wired in as a {@link NudgeTexts.ForKinds}. Thread-safe.
 */
public final class EventTexts implements NudgeComposer {

  private final Events events;
  private final NudgeTexts.ContactNames names;

  public EventTexts(Events events, Contacts contacts) {
    this.events = events;
    this.names = new NudgeTexts.ContactNames(contacts);
  }

  @Override
  public Composition compose(Nudge nudge, UserProfile profile, Instant now) {
    Optional<GroupEvent> found = events.find(nudge.owner(), nudge.subjectId());
    if (found.isEmpty()
        || found.get().status() != GroupEvent.Status.PLANNED
        || !NudgeIds.forEventAt(nudge, found.get().at())
        || !now.isBefore(found.get().at())) {
      return Composition.moot(List.of());
    }
    GroupEvent event = found.get();
    ZoneId zone = profile.zone() == null ? ZoneOffset.UTC : profile.zone();
    LocalDateTime when = LocalDateTime.ofInstant(event.at(), zone);
    Phrase title = Phrase.verbatim(event.title());
    List<Phrase> paragraphs = new ArrayList<>();
    if (nudge.kind() == Nudge.Kind.EVENT_SOON) {
      paragraphs.add(Phrase.of("events.nudge.soon", "title", title, "time", when.toLocalTime()));
    } else {
      paragraphs.add(Phrase.of("events.nudge.dayBefore", "title", title, "when", when));
    }
    if (event.place() != null) {
      paragraphs.add(Phrase.of("events.nudge.place", "place", event.place()));
    }
    paragraphs.add(unconfirmed(event));
    Reply message =
        new Reply(paragraphs, List.of(), false)
            .withRow(EventButtons.confirm(event.id()), EventButtons.open(event.id()));
    return Composition.of(
        message, Phrase.of("events.nudge.line", "title", title, "when", when), List.of());
  }

  private Phrase unconfirmed(GroupEvent event) {
    List<Phrase> open = new ArrayList<>();
    for (Registration r : event.active()) {
      if (!r.confirmed()) {
        open.add(names.of(event.owner(), r.contactId()));
      }
    }
    if (open.isEmpty()) {
      return Phrase.of("events.nudge.allConfirmed", "count", event.active().size());
    }
    return Phrase.of("events.nudge.unconfirmed", "count", open.size(), "names", open);
  }
}
