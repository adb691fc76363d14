package followthrough.core.dialogs.contacts;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.dialogs.checklist.ChecklistButtons;
import followthrough.core.dialogs.contacts.ContactsDraft.Field;
import followthrough.core.dialogs.contacts.ListContactsDialog.Step;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.ContactText;
import followthrough.core.domain.contact.Rung;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Editing a contact from its card: which field, then the new value, checked as when logging a
 * contact ({@link ContactText}, {@link ContactHandle#parse}) and saved with one update.
 */
final class ContactEdit {

  private static final String FIELD = "field:";
  private static final String RUNG = "rung:";
  private static final String CLEAR = "clear";

  private final Contacts contacts;
  private final ContactCard card;

  ContactEdit(Contacts contacts, ContactCard card) {
    this.contacts = contacts;
    this.card = card;
  }

  /** Asks which field to change. */
  Turn start(ContactsDraft draft, Contact contact) {
    return Turn.ask(
        Step.EDIT_FIELD,
        draft.on(contact.id()).toSlots(),
        fieldQuestion(contact).replacingPrompt());
  }

  /** Reads the field to change and asks for its new value. */
  Turn onField(ContactsDraft draft, Contact contact, Input input) {
    Optional<Field> field =
        Arrays.stream(Field.values())
            .filter(f -> input instanceof Input.Button b && b.value().equals(FIELD + f.name()))
            .findFirst();
    if (field.isEmpty()) {
      return Turn.ask(
          Step.EDIT_FIELD, draft.toSlots(), Reply.key("dialog.pickButton"), fieldQuestion(contact));
    }
    return Turn.ask(
        Step.EDIT_VALUE,
        draft.editing(field.get()).toSlots(),
        valueQuestion(field.get(), contact).replacingPrompt());
  }

  /** Reads the new value; saves it and shows the card, or says why not and asks again. */
  Turn onValue(TurnContext ctx, ContactsDraft draft, Contact contact, Input input) {
    Field field = draft.field() == null ? Field.NAME : draft.field();
    Optional<Contact> changed = apply(field, contact, input);
    if (changed.isEmpty()) {
      return Turn.ask(
          Step.EDIT_VALUE,
          draft.toSlots(),
          Reply.of(problem(field, input)),
          valueQuestion(field, contact));
    }
    contacts.update(changed.get());
    Reply shown =
        card.show(changed.get(), ctx.now(), ctx.zone(), Phrase.of("contacts.edit.saved"))
            .replacingPrompt();
    Optional<Reply> offer = ChecklistButtons.offer(contact, changed.get().rung());
    return offer
        .map(o -> Turn.ask(Step.LIST, draft.backToList().toSlots(), shown, o))
        .orElseGet(() -> Turn.ask(Step.LIST, draft.backToList().toSlots(), shown));
  }

  private static Optional<Contact> apply(Field field, Contact c, Input input) {
    String text = input instanceof Input.Text t ? t.text() : null;
    boolean clear = input instanceof Input.Button b && b.value().equals(CLEAR);
    return switch (field) {
      case NAME ->
          text != null && ContactText.checkName(text).isEmpty()
              ? Optional.of(c.withName(text.strip()))
              : Optional.empty();
      case RUNG -> rung(input).map(c::withRung);
      case HANDLE ->
          clear
              ? Optional.of(c.withHandles(List.of()))
              : Optional.ofNullable(text)
                  .flatMap(ContactHandle::parse)
                  .map(h -> c.withHandles(List.of(h)));
      case NOTE ->
          clear
              ? Optional.of(c.withNote(null))
              : text != null && ContactText.checkNote(text).isEmpty()
                  ? Optional.of(c.withNote(text.strip()))
                  : Optional.empty();
    };
  }

  private static Phrase problem(Field field, Input input) {
    String text = input instanceof Input.Text t ? t.text() : null;
    Optional<ContactText.Problem> name =
        text == null ? Optional.empty() : ContactText.checkName(text);
    boolean longNote =
        text != null
            && ContactText.checkNote(text).equals(Optional.of(ContactText.Problem.TOO_LONG));
    return switch (field) {
      case NAME ->
          name.isEmpty()
              ? Phrase.of("dialog.unexpected")
              : name.get() == ContactText.Problem.EMPTY
                  ? Phrase.of("contacts.edit.name.empty")
                  : Phrase.of("contacts.edit.name.tooLong", "max", ContactText.MAX_NAME);
      case RUNG -> Phrase.of("dialog.pickButton");
      case HANDLE -> Phrase.of(text == null ? "dialog.unexpected" : "contacts.edit.handle.invalid");
      case NOTE ->
          longNote
              ? Phrase.of("contacts.edit.note.tooLong", "max", ContactText.MAX_NOTE)
              : Phrase.of("dialog.unexpected");
    };
  }

  private static Optional<Rung> rung(Input input) {
    return Arrays.stream(Rung.values())
        .filter(r -> input instanceof Input.Button b && b.value().equals(RUNG + r.name()))
        .findFirst();
  }

  private static Reply fieldQuestion(Contact c) {
    return Reply.key("contacts.edit.ask.field", "name", c.name())
        .withRow(
            Choice.of("contacts.edit.button.name", FIELD + Field.NAME),
            Choice.of("contacts.edit.button.rung", FIELD + Field.RUNG))
        .withRow(
            Choice.of("contacts.edit.button.handle", FIELD + Field.HANDLE),
            Choice.of("contacts.edit.button.note", FIELD + Field.NOTE))
        .withRow(back(c));
  }

  private static Reply valueQuestion(Field field, Contact c) {
    Reply ask =
        switch (field) {
          case NAME -> Reply.key("contacts.edit.ask.name", "name", c.name());
          case RUNG -> rungQuestion(c);
          case HANDLE ->
              Reply.key("contacts.edit.ask.handle", "handle", ContactPhrases.handles(c.handles()))
                  .withRow(Choice.of("contacts.edit.button.noHandle", CLEAR));
          case NOTE ->
              Reply.key("contacts.edit.ask.note", "note", ContactPhrases.note(c.note()))
                  .withRow(Choice.of("contacts.edit.button.noNote", CLEAR));
        };
    return ask.withRow(back(c));
  }

  private static Reply rungQuestion(Contact c) {
    Reply ask = Reply.key("contacts.edit.ask.rung", "name", c.name());
    Rung[] rungs = Rung.values();
    for (int i = 0; i < rungs.length; i += 2) {
      ask = ask.withRow(rungChoice(rungs[i]), rungChoice(rungs[i + 1]));
    }
    return ask;
  }

  private static Choice rungChoice(Rung rung) {
    return new Choice(ContactPhrases.rung(rung), RUNG + rung.name());
  }

  private static Choice back(Contact c) {
    return Choice.of("contacts.edit.button.back", ContactCard.OPEN + c.id());
  }
}
