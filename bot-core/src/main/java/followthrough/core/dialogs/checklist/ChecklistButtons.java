package followthrough.core.dialogs.checklist;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.domain.checklist.BuiltInTemplates;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Rung;
import followthrough.core.i18n.Phrase;
import java.util.Optional;

/**
 * The buttons that reach a checklist from elsewhere (a nudge, a contact card, a saved order): each
 * runs {@code /checklist <action> <ids>}, at most 50 bytes with 16-character ids. Stateless.
 */
public final class ChecklistButtons {

  /** The command the buttons run. */
  public static final String COMMAND = "checklist";

  static final String OPEN = "o";
  static final String TICK = "x";
  static final String START = "s";
  static final String TEMPLATES = "t";
  static final String NEW_TEMPLATE = "new";
  static final String SHARE = "sh";

  private ChecklistButtons() {}

  /** Shows the checklist with its items. */
  public static Choice open(Checklist checklist) {
    return Choice.of("checklists.button.open", call(OPEN, checklist.id()));
  }

  /** Ticks item {@code index} (or unticks it, when done), labelled "Done: (the item)". */
  public static Choice tickNext(Checklist checklist, int index) {
    Phrase item = ChecklistPhrases.item(checklist, index);
    return new Choice(
        Phrase.of("checklists.button.tickNext", "item", item), tick(checklist.id(), index));
  }

  /** Starts a checklist from a template for a contact, as offered when the contact moves up. */
  public static Choice start(String contactId, String templateId) {
    return Choice.of(
        "checklists.button.start." + templateId, call(START, "#" + contactId + " " + templateId));
  }

  /**
   * The offer to start an onboarding checklist when a contact moves up: a first-time customer gets
   * "new customer", a partner "new partner"; any other move offers nothing.
   */
  public static Optional<Reply> offer(Contact before, Rung after) {
    if (before.rung() == after) {
      return Optional.empty();
    }
    String template =
        after == Rung.FIRST_TIME_CUSTOMER
            ? BuiltInTemplates.CUSTOMER
            : after == Rung.PARTNER ? BuiltInTemplates.PARTNER : null;
    if (template == null) {
      return Optional.empty();
    }
    return Optional.of(
        Reply.key("checklists.offer." + template, "name", before.name())
            .withRow(start(before.id(), template)));
  }

  static String tick(String checklistId, int index) {
    return call(TICK, checklistId + " " + index);
  }

  static String call(String action, String args) {
    return "/" + COMMAND + " " + action + (args.isEmpty() ? "" : " " + args);
  }
}
