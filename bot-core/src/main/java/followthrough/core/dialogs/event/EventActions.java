package followthrough.core.dialogs.event;

import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.event.EventButtons.Action;
import followthrough.core.dialogs.event.EventButtons.Call;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.event.Registration;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the buttons on a stored event do, each in one turn: show the card, a tick list or the
 * forecast explained; toggle a registrant's prepayment, confirmation, cancellation or attendance;
 * record attendance. Every change is a whole-event write, idempotent on a repeated press of the
 * same list state; a position out of range (a stale button) just shows the list again.
 */
final class EventActions {

  private final Contacts contacts;
  private final Events events;
  private final EventViews views;
  private final EventForecasts forecasts;

  EventActions(Contacts contacts, Events events, EventViews views, EventForecasts forecasts) {
    this.contacts = contacts;
    this.events = events;
    this.views = views;
    this.forecasts = forecasts;
  }

  /** Handles a button on an existing event; the dialog ends with the reply. */
  Turn on(TurnContext ctx, GroupEvent event, Call call) {
    return switch (call.action()) {
      case PREPAID_LIST, PREPAID -> list(ctx, event, call, Action.PREPAID);
      case CONFIRM_LIST, CONFIRM -> list(ctx, event, call, Action.CONFIRM);
      case CANCEL_LIST, CANCEL -> list(ctx, event, call, Action.CANCEL);
      case ATTENDANCE, CAME, EVERYONE, NOBODY -> attendance(ctx, event, call);
      case SAVE_ATTENDANCE -> save(ctx, event);
      case EXPLAIN -> Turn.end(forecasts.explanation(event));
      default -> Turn.end(views.card(event, ctx.zone()));
    };
  }

  private Turn list(TurnContext ctx, GroupEvent event, Call call, Action toggle) {
    GroupEvent now = event;
    if (call.action() == toggle) {
      now = event.changed(call.index(), r -> toggled(r, toggle)).orElse(event);
      if (!now.equals(event)) {
        events.update(now);
      }
    }
    return switch (toggle) {
      case PREPAID ->
          Turn.end(views.tickList(now, "events.prepaid.ask", toggle, Registration::prepaid));
      case CONFIRM ->
          Turn.end(views.tickList(now, "events.confirm.ask", toggle, Registration::confirmed));
      default -> Turn.end(views.tickList(now, "events.cancel.ask", toggle, r -> false));
    };
  }

  private static Registration toggled(Registration r, Action toggle) {
    return switch (toggle) {
      case PREPAID -> r.withPrepaid(!r.prepaid());
      case CONFIRM -> r.withConfirmed(!r.confirmed());
      default -> r.withCancelled(true);
    };
  }

  private Turn attendance(TurnContext ctx, GroupEvent event, Call call) {
    if (ctx.now().isBefore(event.at())) {
      return Turn.end(views.card(event, ctx.zone(), Phrase.of("events.attendance.early")));
    }
    GroupEvent now =
        switch (call.action()) {
          case CAME ->
              event
                  .changed(call.index(), r -> r.withAttended(!Boolean.TRUE.equals(r.attended())))
                  .orElse(event);
          case EVERYONE -> event.changedAll(r -> r.withAttended(Boolean.TRUE));
          case NOBODY -> event.changedAll(r -> r.withAttended(Boolean.FALSE));
          default -> event;
        };
    if (!now.equals(event)) {
      events.update(now);
    }
    return Turn.end(views.attendance(now));
  }

  private Turn save(TurnContext ctx, GroupEvent event) {
    if (ctx.now().isBefore(event.at())) {
      return Turn.end(views.card(event, ctx.zone(), Phrase.of("events.attendance.early")));
    }
    GroupEvent held = event.held();
    events.update(held);
    return Turn.end(
        views.card(held, ctx.zone(), Phrase.of("events.attendance.saved")).replacingPrompt());
  }

  /**
   * Registers the contacts named in {@code text} (commas, semicolons or lines between names): a
   * name that finds exactly one contact registers them; the others are reported as unknown or
   * ambiguous, so the user can write them more precisely.
   */
  Reply register(TurnContext ctx, GroupEvent event, String text) {
    List<String> names = EventInput.names(text);
    List<Phrase> added = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    GroupEvent now = event;
    for (String name : names) {
      List<Contact> found = contacts.search(ctx.user(), name, 0, 2);
      if (found.size() != 1) {
        (found.isEmpty() ? unknown : ambiguous).add(name);
      } else if (now.active().size() >= GroupEvent.MAX_REGISTRATIONS) {
        unknown.add(name);
      } else {
        now = now.registered(found.get(0).id());
        added.add(Phrase.verbatim(found.get(0).name()));
      }
    }
    if (!now.equals(event)) {
      events.update(now);
    }
    return registered(now, added, unknown, ambiguous);
  }

  private Reply registered(
      GroupEvent event, List<Phrase> added, List<String> unknown, List<String> ambiguous) {
    List<Phrase> paragraphs = new ArrayList<>();
    if (!added.isEmpty()) {
      paragraphs.add(Phrase.of("events.register.added", "count", added.size(), "names", added));
    }
    if (!unknown.isEmpty()) {
      paragraphs.add(Phrase.of("events.register.unknown", "names", verbatim(unknown)));
    }
    if (!ambiguous.isEmpty()) {
      paragraphs.add(Phrase.of("events.register.ambiguous", "names", verbatim(ambiguous)));
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(Phrase.of("events.register.nothing"));
    }
    paragraphs.add(
        Phrase.of("events.register.more", "count", event.active().size(), "title", event.title()));
    return new Reply(paragraphs, List.of(), false).withRow(EventButtons.open(event.id()));
  }

  private static List<Phrase> verbatim(List<String> names) {
    return names.stream().map(Phrase::verbatim).toList();
  }

  /** Finds the event of a call; empty when it is gone or someone else's. */
  Optional<GroupEvent> find(TurnContext ctx, Call call) {
    return call.eventId().isEmpty() ? Optional.empty() : events.find(ctx.user(), call.eventId());
  }
}
