package followthrough.core.dialogs.contacts;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.dialogs.checklist.ChecklistButtons;
import followthrough.core.dialogs.checklist.ChecklistPhrases;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.i18n.Phrase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A contact card: who they are and how to reach them, the last touches, how reliable they are with
 * meetings, their orders (how many and when; never amounts), the next step, and buttons for every
 * dialogue about them. Without a {@link CardHistory} only the contact itself is shown.
 */
final class ContactCard {

  /** How many touches the card lists, newest first. */
  static final int TOUCHES = 5;

  static final String OPEN = "open:";
  static final String ALL = "all";
  static final String EDIT = "edit:";
  static final String DELETE = "del:";

  private final CardHistory history;

  ContactCard(CardHistory history) {
    this.history = history;
  }

  /** The card, after the given paragraphs (for example "Saved."). */
  Reply show(Contact contact, Instant now, ZoneId zone, Phrase... before) {
    List<Phrase> paragraphs = new ArrayList<>(List.of(before));
    paragraphs.add(ContactPhrases.card(contact, zone));
    if (!contact.reachable()) {
      paragraphs.add(Phrase.of("contacts.card.weakLead"));
    }
    paragraphs.add(touches(history, contact, zone));
    Reliability reliability = history.reliability().of(contact.owner(), contact.id());
    if (reliability.known()) {
      paragraphs.add(
          Phrase.of(
              "contacts.card.reliability",
              "kept",
              reliability.kept(),
              "settled",
              reliability.settled()));
    }
    checklist(contact).ifPresent(c -> paragraphs.add(checklistLine(c)));
    paragraphs.add(orders(history, contact, zone));
    paragraphs.add(nextStep(history, contact, now, zone));
    return new Reply(paragraphs, List.of(), false).withRows(buttons(contact));
  }

  /** The contact's checklist under way, else the latest one. */
  private Optional<Checklist> checklist(Contact contact) {
    List<Checklist> all = history.checklists().forContact(contact.owner(), contact.id());
    return all.stream().filter(c -> !c.complete()).findFirst().or(() -> all.stream().findFirst());
  }

  private static Phrase checklistLine(Checklist checklist) {
    return Phrase.of(
        "contacts.card.checklist",
        "title",
        ChecklistPhrases.title(checklist),
        "progress",
        ChecklistPhrases.progress(checklist));
  }

  /** Opens the contact's checklist, or starts one (the template is chosen next). */
  private Choice checklistButton(Contact contact) {
    return checklist(contact)
        .map(ChecklistButtons::open)
        .orElseGet(
            () -> Choice.of("contacts.card.button.checklist", "/checklist s #" + contact.id()));
  }

  private static Phrase touches(CardHistory h, Contact contact, ZoneId zone) {
    List<Touch> touches = h.touches().forContact(contact.owner(), contact.id());
    if (touches.isEmpty()) {
      return Phrase.of("contacts.card.noTouches");
    }
    List<Phrase> lines = new ArrayList<>();
    for (Touch t : touches.subList(0, Math.min(TOUCHES, touches.size()))) {
      lines.add(
          Phrase.of(
              "contacts.card.touch",
              "date",
              t.at().atZone(zone).toLocalDate(),
              "channel",
              Phrase.of("contacts.card.channel." + t.channel()),
              "outcome",
              Phrase.of(t.reached() ? "contacts.card.reached" : "contacts.card.notReached")));
    }
    return Phrase.of("contacts.card.touches", "list", lines);
  }

  private static Phrase orders(CardHistory h, Contact contact, ZoneId zone) {
    List<Order> orders = h.orders().forContact(contact.owner(), contact.id());
    Optional<Instant> last = orders.stream().map(Order::at).max(Comparator.naturalOrder());
    return last.isEmpty()
        ? Phrase.of("contacts.card.noOrders")
        : Phrase.of(
            "contacts.card.orders",
            "count",
            orders.size(),
            "date",
            last.get().atZone(zone).toLocalDate());
  }

  /** The earliest open follow-up (overdue ones too) or the next planned meeting. */
  private static Phrase nextStep(CardHistory h, Contact contact, Instant now, ZoneId zone) {
    Optional<FollowUp> followUp =
        h.followUps().openFor(contact.owner(), contact.id()).stream().findFirst();
    Optional<Meeting> meeting =
        h.meetings().forContact(contact.owner(), contact.id()).stream()
            .filter(m -> m.status() == Meeting.Status.PLANNED && !m.at().isBefore(now))
            .min(Comparator.comparing(Meeting::at));
    if (meeting.isPresent()
        && (followUp.isEmpty() || meeting.get().at().isBefore(followUp.get().dueAt()))) {
      return Phrase.of(
          "contacts.card.next.meeting", "when", meeting.get().at().atZone(zone).toLocalDateTime());
    }
    return followUp
        .map(
            f ->
                Phrase.of(
                    "contacts.card.next.followUp",
                    "kind",
                    Phrase.of("today.kind." + f.kind()),
                    "when",
                    f.dueAt().atZone(zone).toLocalDateTime()))
        .orElseGet(() -> Phrase.of("contacts.card.next.none"));
  }

  private List<List<Choice>> buttons(Contact contact) {
    String id = contact.id();
    String ref = " #" + id;
    List<List<Choice>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Choice.of("contacts.card.button.touch", "/touch" + ref),
            Choice.of("contacts.card.button.checkin", "/checkin" + ref)));
    rows.add(
        List.of(
            Choice.of("contacts.card.button.meeting", "/meeting" + ref),
            Choice.of("contacts.card.button.order", "/order" + ref)));
    rows.add(
        List.of(
            Choice.of("contacts.card.button.noshow", "/noshow" + ref), checklistButton(contact)));
    rows.add(
        List.of(
            Choice.of("contacts.card.button.edit", EDIT + id),
            Choice.of("contacts.card.button.delete", DELETE + id)));
    rows.add(List.of(Choice.of("contacts.button.all", ALL)));
    return rows;
  }
}
