package followthrough.core.dialogs.contacts;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactReliability;
import followthrough.core.domain.contact.Contact;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.Orders;
import followthrough.core.ports.Touches;
import java.util.List;
import java.util.Optional;

/**
 * Lists the user's contacts a page at a time, finds them by part of the name (typed at any time
 * while the list is open), opens a contact card with its history and next step, and edits or
 * deletes the contact from there; see contacts.md for the diagram.
 */
public final class ListContactsDialog implements Dialog {

  enum Step {
    LIST,
    EDIT_FIELD,
    EDIT_VALUE,
    DELETE
  }

  static final int PAGE = 8;
  private static final String MORE = "more:";
  private static final String CONFIRM_DELETE = "delete";

  private final Contacts contacts;
  private final CardHistory history;
  private final ContactCard card;
  private final ContactEdit edit;

  public ListContactsDialog(
      Contacts contacts,
      Touches touches,
      Orders orders,
      FollowUps followUps,
      Meetings meetings,
      Checklists checklists,
      Events events) {
    this.contacts = contacts;
    this.history =
        new CardHistory(
            touches,
            orders,
            followUps,
            meetings,
            checklists,
            new ContactReliability(meetings, events));
    this.card = new ContactCard(history);
    this.edit = new ContactEdit(contacts, card);
  }

  @Override
  public String id() {
    return "contacts";
  }

  @Override
  public int version() {
    return 2;
  }

  @Override
  public List<String> commands() {
    return List.of("contacts");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    if (contacts.count(ctx.user()) == 0) {
      return Turn.end(none());
    }
    return page(ctx, args.strip(), 0, false);
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    ContactsDraft draft = ContactsDraft.fromSlots(state.slots());
    Step step = Step.valueOf(state.step());
    if (input instanceof Input.Button b) {
      Optional<Turn> navigated = navigate(ctx, draft, b.value());
      if (navigated.isPresent()) {
        return navigated.get();
      }
    }
    if (step == Step.LIST) {
      return input instanceof Input.Text text
          ? page(ctx, text.text().strip(), 0, false)
          : Turn.ask(Step.LIST, draft.toSlots(), Reply.key("dialog.unexpected"));
    }
    Optional<Contact> contact =
        Optional.ofNullable(draft.contactId()).flatMap(id -> contacts.find(ctx.user(), id));
    if (contact.isEmpty()) {
      return Turn.ask(Step.LIST, draft.backToList().toSlots(), Reply.key("contacts.card.gone"));
    }
    return switch (step) {
      case EDIT_FIELD -> edit.onField(draft, contact.get(), input);
      case EDIT_VALUE -> edit.onValue(ctx, draft, contact.get(), input);
      default -> onDelete(ctx, draft, contact.get(), input);
    };
  }

  /** The buttons that work in every step: open a card, page, show all, edit, delete. */
  private Optional<Turn> navigate(TurnContext ctx, ContactsDraft draft, String value) {
    if (value.startsWith(ContactCard.OPEN)) {
      return Optional.of(open(ctx, draft, value.substring(ContactCard.OPEN.length())));
    }
    if (value.startsWith(MORE)) {
      return Optional.of(page(ctx, draft.query(), offset(value.substring(MORE.length())), true));
    }
    if (value.equals(ContactCard.ALL)) {
      return Optional.of(page(ctx, "", 0, true));
    }
    boolean editing = value.startsWith(ContactCard.EDIT);
    boolean deleting = value.startsWith(ContactCard.DELETE);
    if (!editing && !deleting) {
      return Optional.empty();
    }
    String id = value.substring(value.indexOf(':') + 1);
    Optional<Contact> contact = contacts.find(ctx.user(), id);
    if (contact.isEmpty()) {
      return Optional.of(
          Turn.ask(Step.LIST, draft.backToList().toSlots(), Reply.key("contacts.card.gone")));
    }
    return Optional.of(
        editing ? edit.start(draft, contact.get()) : askDelete(draft, contact.get()));
  }

  private Turn page(TurnContext ctx, String query, int offset, boolean replace) {
    List<Contact> found = contacts.search(ctx.user(), query, offset, PAGE + 1);
    ContactsDraft draft = ContactsDraft.list(query);
    if (found.isEmpty()) {
      Reply nothing =
          query.isEmpty()
              ? none()
              : Reply.key("contacts.search.none", "query", query)
                  .withRow(Choice.of("contacts.button.all", ContactCard.ALL));
      return Turn.ask(Step.LIST, draft.toSlots(), nothing);
    }
    Phrase header =
        query.isEmpty()
            ? Phrase.of("contacts.list.header", "count", contacts.count(ctx.user()))
            : Phrase.of("contacts.search.header", "query", query);
    Reply reply = Reply.of(header, Phrase.of("contacts.list.hint"));
    for (Contact contact : found.subList(0, Math.min(PAGE, found.size()))) {
      reply =
          reply.withRow(
              new Choice(Phrase.verbatim(contact.name()), ContactCard.OPEN + contact.id()));
    }
    if (found.size() > PAGE) {
      reply = reply.withRow(Choice.of("contacts.button.more", MORE + (offset + PAGE)));
    }
    return Turn.ask(Step.LIST, draft.toSlots(), replace ? reply.replacingPrompt() : reply);
  }

  private Turn open(TurnContext ctx, ContactsDraft draft, String contactId) {
    ContactsDraft listed = draft.backToList();
    Optional<Contact> contact = contacts.find(ctx.user(), contactId);
    if (contact.isEmpty()) {
      return Turn.ask(Step.LIST, listed.toSlots(), Reply.key("contacts.card.gone"));
    }
    return Turn.ask(Step.LIST, listed.toSlots(), card.show(contact.get(), ctx.now(), ctx.zone()));
  }

  private Turn askDelete(ContactsDraft draft, Contact contact) {
    return Turn.ask(
        Step.DELETE, draft.on(contact.id()).toSlots(), deleteQuestion(contact).replacingPrompt());
  }

  /** Deletes what was recorded and planned with the contact, then the contact itself. */
  private Turn onDelete(TurnContext ctx, ContactsDraft draft, Contact contact, Input input) {
    if (!(input instanceof Input.Button b && b.value().equals(CONFIRM_DELETE))) {
      return Turn.ask(
          Step.DELETE, draft.toSlots(), Reply.key("dialog.pickButton"), deleteQuestion(contact));
    }
    history.deleteFor(ctx.user(), contact.id());
    contacts.delete(ctx.user(), contact.id());
    return Turn.ask(
        Step.LIST,
        draft.backToList().toSlots(),
        Reply.key("contacts.delete.done", "name", contact.name())
            .withRow(Choice.of("contacts.button.all", ContactCard.ALL))
            .replacingPrompt());
  }

  private static Reply deleteQuestion(Contact contact) {
    return Reply.key("contacts.delete.ask", "name", contact.name())
        .withRow(
            Choice.of("contacts.delete.button.yes", CONFIRM_DELETE),
            Choice.of("contacts.delete.button.no", ContactCard.OPEN + contact.id()));
  }

  private static Reply none() {
    return Reply.key("contacts.none").withRow(Choice.of("contacts.button.add", "/contact"));
  }

  private static int offset(String text) {
    try {
      return Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
