package followthrough.core.dialogs;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import java.util.List;
import java.util.Optional;

/**
 * The shared "who?" question: the user types part of a name and picks from buttons of the best
 * matches; a single match is taken at once. Button values are {@code pick:<contact id>}. Stateless
 * and thread-safe.
 */
public final class ContactPicker {

  /** How many matches are offered as buttons. */
  public static final int MATCHES = 6;

  private static final String PICK = "pick:";

  /** Prefix of a contact id given instead of a name, as in {@code /touch #c1}. */
  public static final String BY_ID = "#";

  private final Contacts contacts;

  public ContactPicker(Contacts contacts) {
    this.contacts = contacts;
  }

  /** The question, with the given bundle key (for example {@code touch.ask.who}). */
  public static Reply ask(String questionKey) {
    return Reply.key(questionKey);
  }

  /**
   * Reads the answer to the question: a pressed match, or typed text that finds exactly one
   * contact, gives that contact; anything else gives the reply to send, with the question asked
   * again ({@code questionKey}) or the matches offered.
   */
  public Result read(UserId owner, Input input, String questionKey) {
    if (input instanceof Input.Button b && b.value().startsWith(PICK)) {
      Optional<Contact> picked = contacts.find(owner, b.value().substring(PICK.length()));
      return picked
          .<Result>map(Result.Picked::new)
          .orElseGet(() -> new Result.Ask(Reply.key("pick.gone")));
    }
    if (!(input instanceof Input.Text text) || text.text().isBlank()) {
      return new Result.Ask(Reply.of(Phrase.of("dialog.unexpected"), Phrase.of(questionKey)));
    }
    return find(owner, text.text().strip());
  }

  /**
   * Finds contacts by part of the name, as {@link #read} does for typed text; {@code #<id>} (what a
   * contact card's buttons pass, for example {@code /touch #c1}) finds the contact by id.
   */
  public Result find(UserId owner, String query) {
    if (query.startsWith(BY_ID)) {
      return contacts
          .find(owner, query.substring(BY_ID.length()))
          .<Result>map(Result.Picked::new)
          .orElseGet(() -> new Result.Ask(Reply.key("pick.gone")));
    }
    List<Contact> found = contacts.search(owner, query, 0, MATCHES + 1);
    if (found.size() == 1) {
      return new Result.Picked(found.get(0));
    }
    if (found.isEmpty()) {
      return new Result.Ask(
          Reply.key("pick.none", "query", query)
              .withRow(Choice.of("pick.button.newContact", "/contact " + shortName(query))));
    }
    Reply offer = Reply.key("pick.choose", "query", query);
    for (Contact contact : found.subList(0, Math.min(MATCHES, found.size()))) {
      offer = offer.withRow(new Choice(Phrase.verbatim(contact.name()), PICK + contact.id()));
    }
    return new Result.Ask(offer);
  }

  /** A query short enough to travel in a button (64 bytes) as the new contact's name. */
  private static String shortName(String query) {
    String name = query;
    while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 50) {
      name =
          name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, name.length()) - 1));
    }
    return name;
  }

  /**
   * The first answer of a dialog that begins with a contact: the contact named after the command
   * ({@code /touch Anna}), or the question when nothing was named.
   */
  public Result start(UserId owner, String args, String questionKey) {
    return args.isBlank() ? new Result.Ask(ask(questionKey)) : find(owner, args.strip());
  }

  /** The outcome of reading an answer. */
  public sealed interface Result {
    /** The contact the user meant. */
    record Picked(Contact contact) implements Result {}

    /** Not decided yet: send this reply and wait in the same step. */
    record Ask(Reply reply) implements Result {}
  }
}
