package followthrough.core.dialogs.contacts;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.domain.contact.Contact;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the user's contacts a page at a time, finds them by part of the name (typed at any time
 * while the list is open) and opens a contact card; see contacts.md for the diagram.
 */
public final class ListContactsDialog implements Dialog {

  enum Step {
    LIST
  }

  static final int PAGE = 8;
  private static final String OPEN = "open:";
  private static final String MORE = "more:";
  private static final String ALL = "all";

  private final Contacts contacts;

  public ListContactsDialog(Contacts contacts) {
    this.contacts = contacts;
  }

  @Override
  public String id() {
    return "contacts";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("contacts");
  }

  @Override
  public List<String> steps() {
    return List.of(Step.LIST.name());
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    if (contacts.count(ctx.user()) == 0) {
      return Turn.end(
          Reply.key("contacts.none").withRow(Choice.of("contacts.button.add", "/contact")));
    }
    return page(ctx, args.strip(), 0, false);
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    String query = state.slots().getOrDefault("q", "");
    if (input instanceof Input.Text text) {
      return page(ctx, text.text().strip(), 0, false);
    }
    String value = input instanceof Input.Button b ? b.value() : "";
    if (value.startsWith(OPEN)) {
      return card(ctx, value.substring(OPEN.length()), state);
    }
    if (value.startsWith(MORE)) {
      return page(ctx, query, offset(value.substring(MORE.length())), true);
    }
    if (value.equals(ALL)) {
      return page(ctx, "", 0, true);
    }
    return Turn.ask(Step.LIST, state.slots(), Reply.key("dialog.unexpected"));
  }

  private Turn page(TurnContext ctx, String query, int offset, boolean replace) {
    List<Contact> found = contacts.search(ctx.user(), query, offset, PAGE + 1);
    Map<String, String> slots = Map.of("q", query);
    if (found.isEmpty()) {
      return Turn.ask(
          Step.LIST,
          slots,
          Reply.key("contacts.search.none", "query", query)
              .withRow(Choice.of("contacts.button.all", ALL)));
    }
    Phrase header =
        query.isEmpty()
            ? Phrase.of("contacts.list.header", "count", contacts.count(ctx.user()))
            : Phrase.of("contacts.search.header", "query", query);
    Reply reply = Reply.of(header, Phrase.of("contacts.list.hint"));
    for (Contact contact : found.subList(0, Math.min(PAGE, found.size()))) {
      reply = reply.withRow(new Choice(Phrase.verbatim(contact.name()), OPEN + contact.id()));
    }
    if (found.size() > PAGE) {
      reply = reply.withRow(Choice.of("contacts.button.more", MORE + (offset + PAGE)));
    }
    return Turn.ask(Step.LIST, slots, replace ? reply.replacingPrompt() : reply);
  }

  private Turn card(TurnContext ctx, String contactId, DialogState state) {
    Optional<Contact> contact = contacts.find(ctx.user(), contactId);
    if (contact.isEmpty()) {
      return Turn.ask(Step.LIST, state.slots(), Reply.key("contacts.card.gone"));
    }
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(ContactPhrases.card(contact.get(), ctx.zone()));
    if (!contact.get().reachable()) {
      paragraphs.add(Phrase.of("contacts.card.weakLead"));
    }
    Reply reply =
        new Reply(paragraphs, List.of(), false).withRow(Choice.of("contacts.button.all", ALL));
    return Turn.ask(Step.LIST, state.slots(), reply);
  }

  private static int offset(String text) {
    try {
      return Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
