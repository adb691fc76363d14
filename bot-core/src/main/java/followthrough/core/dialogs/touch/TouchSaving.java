package followthrough.core.dialogs.touch;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.LeadPolicy;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.followup.TouchFollowUps;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Touches;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves a touch in one turn: the touch, the check-in its promise becomes, the lead's next touch,
 * and the follow-ups it fulfils ticked off. Every write is idempotent (ids derived from the
 * touch's, ticking off twice changes nothing), so a retried turn stores nothing twice.
 */
final class TouchSaving {

  private final Touches touches;
  private final FollowUps followUps;

  TouchSaving(Touches touches, FollowUps followUps) {
    this.touches = touches;
    this.followUps = followUps;
  }

  /** Stores everything and returns the message saying what happened. */
  Reply save(TurnContext ctx, TouchDraft draft, Contact contact) {
    Touch touch = draft.toTouch(ctx.user(), ctx.now());
    List<Touch> history = history(ctx, touch);
    List<FollowUp> open =
        followUps.openFor(ctx.user(), contact.id()).stream()
            .filter(f -> !draft.planned(f))
            .toList();
    List<FollowUp> fulfilled = TouchFollowUps.fulfilledBy(touch.reached(), touch.at(), open);
    Optional<FollowUp> checkIn = draft.toCheckIn(ctx.user(), ctx.now());
    Optional<FollowUp> next =
        checkIn.isPresent()
            ? Optional.empty()
            : nextTouch(ctx, draft.nextTouchId(), contact, history);
    touches.add(touch);
    checkIn.ifPresent(followUps::add);
    next.ifPresent(followUps::add);
    fulfilled.forEach(f -> followUps.update(f.done()));
    boolean stopped = contact.rung() == Rung.PROSPECT && checkIn.isEmpty() && next.isEmpty();
    List<Phrase> paragraphs = said(ctx, touch, contact, fulfilled.size(), checkIn, next);
    Reply reply = new Reply(paragraphs, List.of(), false);
    if (stopped) {
      reply = stop(reply, contact, LeadPolicy.unansweredInARow(history));
    }
    return withOrderButton(reply, draft, contact).replacingPrompt();
  }

  private Optional<FollowUp> nextTouch(
      TurnContext ctx, String id, Contact contact, List<Touch> history) {
    Optional<Instant> at = LeadPolicy.nextTouch(contact.rung(), history, ctx.now(), false);
    return at.map(
        when -> {
          LocalDate day = when.atZone(ctx.zone()).toLocalDate();
          int hour = ctx.profile().preferences().agendaHour();
          Instant due = WhenQuestion.atHour(day, hour, ctx.zone(), ctx.now());
          return FollowUp.open(
              id, ctx.user(), contact.id(), FollowUp.Kind.NEXT_TOUCH, null, due, null, ctx.now());
        });
  }

  /** The contact's touches with this one, counted once even when a save is repeated. */
  private List<Touch> history(TurnContext ctx, Touch touch) {
    List<Touch> all = new ArrayList<>(touches.forContact(ctx.user(), touch.contactId()));
    all.removeIf(t -> t.id().equals(touch.id()));
    all.add(touch);
    return all;
  }

  private static List<Phrase> said(
      TurnContext ctx,
      Touch touch,
      Contact contact,
      int ticked,
      Optional<FollowUp> checkIn,
      Optional<FollowUp> next) {
    List<Phrase> paragraphs = new ArrayList<>();
    String saved = touch.reached() ? "touch.saved" : "touch.saved.notReached";
    paragraphs.add(Phrase.of(saved, "name", contact.name()));
    if (ticked > 0) {
      paragraphs.add(Phrase.of("touch.saved.ticked", "count", ticked));
    }
    checkIn.ifPresent(
        f -> paragraphs.add(Phrase.of("touch.saved.checkIn", "at", local(ctx, f.dueAt()))));
    next.ifPresent(
        f -> {
          LocalDate day = local(ctx, f.dueAt()).toLocalDate();
          paragraphs.add(Phrase.of("touch.saved.nextTouch", "name", contact.name(), "day", day));
        });
    return paragraphs;
  }

  /** Says kindly that no more touches are suggested, and offers a check-in all the same. */
  private static Reply stop(Reply reply, Contact contact, int unanswered) {
    List<Phrase> paragraphs = new ArrayList<>(reply.paragraphs());
    paragraphs.add(Phrase.of("touch.saved.stop", "name", contact.name(), "count", unanswered));
    return new Reply(paragraphs, reply.rows(), false)
        .withRow(Choice.of("touch.button.checkIn", "/checkin" + byId(contact)));
  }

  private static Reply withOrderButton(Reply reply, TouchDraft draft, Contact contact) {
    if (draft.reorder() != TouchDraft.Reorder.YES) {
      return reply;
    }
    return reply.withRow(Choice.of("touch.button.order", "/order" + byId(contact)));
  }

  private static String byId(Contact contact) {
    return " " + ContactPicker.BY_ID + contact.id();
  }

  private static LocalDateTime local(TurnContext ctx, Instant at) {
    return LocalDateTime.ofInstant(at, ctx.zone());
  }
}
