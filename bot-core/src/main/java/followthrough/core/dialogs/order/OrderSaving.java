package followthrough.core.dialogs.order;

import followthrough.core.conversation.TurnContext;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Ladder;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.followup.Cadence;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.followup.OrderFollowUps;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves an order in one turn: the order, the contact's new rung, a thank-you due now, another after
 * delivery and, for a first purchase, the cadence. Every write is idempotent (ids derived from the
 * order's; the ladder never moves down), so a retried turn stores nothing twice.
 */
final class OrderSaving {

  private final Contacts contacts;
  private final Orders orders;
  private final FollowUps followUps;

  OrderSaving(Contacts contacts, Orders orders, FollowUps followUps) {
    this.contacts = contacts;
    this.orders = orders;
    this.followUps = followUps;
  }

  /** Stores everything and returns what to tell the user. */
  List<Phrase> save(TurnContext ctx, OrderDraft draft, Contact contact) {
    Order order = draft.toOrder(ctx.user(), ctx.now());
    int count =
        1
            + (int)
                orders.forContact(ctx.user(), contact.id()).stream()
                    .filter(o -> !o.id().equals(order.id()))
                    .count();
    Rung rung = Ladder.afterOrder(contact.rung(), count, order.referral());
    List<FollowUp> open =
        followUps.openFor(ctx.user(), contact.id()).stream()
            .filter(f -> !f.id().startsWith(order.id() + "-"))
            .toList();
    List<FollowUp> thanks = thanks(ctx, order);
    List<FollowUp> cadence =
        OrderFollowUps.plansCadence(count, open) ? cadence(ctx, order) : List.of();
    orders.add(order);
    if (rung != contact.rung()) {
      contacts.update(contact.withRung(rung));
    }
    thanks.forEach(followUps::add);
    cadence.forEach(followUps::add);
    return said(ctx, contact, rung, thanks.get(1), cadence, Ladder.isFirstPurchase(count));
  }

  /** A thank-you due now, and another after delivery at the agenda hour. */
  private static List<FollowUp> thanks(TurnContext ctx, Order order) {
    LocalDate delivered = today(ctx).plus(OrderFollowUps.AFTER_DELIVERY);
    return List.of(
        followUp(ctx, order, "-t1", FollowUp.Kind.THANK_YOU, ctx.now()),
        followUp(ctx, order, "-t2", FollowUp.Kind.THANK_YOU, atAgendaHour(ctx, delivered)));
  }

  /** One follow-up per step of the user's cadence, at the agenda hour. */
  private static List<FollowUp> cadence(TurnContext ctx, Order order) {
    Cadence cadence = Cadence.parse(ctx.profile().preferences().cadence()).orElse(Cadence.DEFAULT);
    List<FollowUp> planned = new ArrayList<>();
    List<LocalDate> days = cadence.datesAfter(today(ctx));
    for (int i = 0; i < days.size(); i++) {
      Instant due = atAgendaHour(ctx, days.get(i));
      planned.add(followUp(ctx, order, "-c" + (i + 1), FollowUp.Kind.CADENCE, due));
    }
    return planned;
  }

  private static FollowUp followUp(
      TurnContext ctx, Order order, String suffix, FollowUp.Kind kind, Instant due) {
    return FollowUp.open(
        order.id() + suffix, ctx.user(), order.contactId(), kind, null, due, null, ctx.now());
  }

  private static List<Phrase> said(
      TurnContext ctx,
      Contact contact,
      Rung rung,
      FollowUp afterDelivery,
      List<FollowUp> cadence,
      boolean firstPurchase) {
    List<Phrase> said = new ArrayList<>();
    said.add(Phrase.of("order.saved", "name", contact.name()));
    if (rung != contact.rung()) {
      said.add(
          Phrase.of("order.saved.rung", "name", contact.name(), "rung", ContactPhrases.rung(rung)));
    }
    said.add(Phrase.of("order.saved.thanks", "at", local(ctx, afterDelivery.dueAt())));
    if (!cadence.isEmpty()) {
      List<LocalDateTime> dates = cadence.stream().map(f -> local(ctx, f.dueAt())).toList();
      said.add(Phrase.of("order.saved.cadence", "dates", dates));
    } else if (firstPurchase) {
      said.add(Phrase.of("order.saved.cadenceKept"));
    }
    return said;
  }

  private static LocalDate today(TurnContext ctx) {
    return ctx.now().atZone(ctx.zone()).toLocalDate();
  }

  private static Instant atAgendaHour(TurnContext ctx, LocalDate day) {
    int hour = ctx.profile().preferences().agendaHour();
    return WhenQuestion.atHour(day, hour, ctx.zone(), ctx.now());
  }

  private static LocalDateTime local(TurnContext ctx, Instant at) {
    return LocalDateTime.ofInstant(at, ctx.zone());
  }
}
