package followthrough.core.dialogs.logcontact;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.ContactText;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.IdGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Logs a contact in a few questions; see logcontact.md for the diagram. */
public final class LogContactDialog implements Dialog {

  enum Step {
    NAME,
    SOURCE,
    RUNG,
    HANDLE,
    NOTE,
    CONFIRM
  }

  private static final String SKIP = "skip";
  private static final String SAVE = "save";
  private static final String RESTART = "restart";
  private static final String SOURCE_PREFIX = "src:";
  private static final String RUNG_PREFIX = "rung:";

  private final Contacts contacts;
  private final IdGenerator ids;

  public LogContactDialog(Contacts contacts, IdGenerator ids) {
    this.contacts = contacts;
    this.ids = ids;
  }

  @Override
  public String id() {
    return "logcontact";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("contact");
  }

  @Override
  public List<String> steps() {
    return Arrays.stream(Step.values()).map(Step::name).toList();
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    LogContactDraft draft = LogContactDraft.start(ids.newId());
    if (args.isBlank()) {
      return Turn.ask(Step.NAME, draft.toSlots(), Reply.key("logcontact.ask.name"));
    }
    return onName(draft, args);
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    LogContactDraft draft = LogContactDraft.fromSlots(state.slots());
    return switch (Step.valueOf(state.step())) {
      case NAME -> input instanceof Input.Text t ? onName(draft, t.text()) : again(state);
      case SOURCE -> onSource(draft, input);
      case RUNG -> onRung(draft, input, state);
      case HANDLE -> onHandle(draft, input);
      case NOTE -> onNote(draft, input);
      case CONFIRM -> onConfirm(ctx, draft, input, state);
    };
  }

  private Turn onName(LogContactDraft draft, String text) {
    Optional<ContactText.Problem> problem = ContactText.checkName(text);
    if (problem.isPresent()) {
      return Turn.ask(
          Step.NAME,
          draft.toSlots(),
          Reply.key(
              "logcontact.name." + problem.get().name().toLowerCase(java.util.Locale.ROOT),
              "max",
              ContactText.MAX_NAME));
    }
    LogContactDraft named = draft.withName(text.strip());
    return Turn.ask(Step.SOURCE, named.toSlots(), askSource(named));
  }

  private Turn onSource(LogContactDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().startsWith(SOURCE_PREFIX)) {
      Source source = Source.valueOf(b.value().substring(SOURCE_PREFIX.length()));
      return askRung(draft.withSource(source, null));
    }
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return askRung(draft.withSource(null, null));
    }
    if (input instanceof Input.Text t && ContactText.checkNote(t.text()).isEmpty()) {
      return askRung(draft.withSource(Source.OTHER, t.text().strip()));
    }
    return Turn.ask(Step.SOURCE, draft.toSlots(), Reply.key("dialog.unexpected"), askSource(draft));
  }

  private Turn onRung(LogContactDraft draft, Input input, DialogState state) {
    if (input instanceof Input.Button b && b.value().startsWith(RUNG_PREFIX)) {
      Rung rung = Rung.valueOf(b.value().substring(RUNG_PREFIX.length()));
      return Turn.ask(Step.HANDLE, draft.withRung(rung).toSlots(), askHandle());
    }
    return Turn.ask(Step.RUNG, state.slots(), Reply.key("dialog.pickButton"), rungQuestion());
  }

  private Turn onHandle(LogContactDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return Turn.ask(
          Step.NOTE,
          draft.withHandle(null).toSlots(),
          Reply.key("logcontact.handle.weakLead"),
          askNote());
    }
    if (input instanceof Input.Text t) {
      Optional<ContactHandle> handle = ContactHandle.parse(t.text());
      if (handle.isPresent()) {
        return Turn.ask(Step.NOTE, draft.withHandle(handle.get()).toSlots(), askNote());
      }
    }
    return Turn.ask(
        Step.HANDLE, draft.toSlots(), Reply.key("logcontact.handle.invalid"), askHandle());
  }

  private Turn onNote(LogContactDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return confirm(draft.withNote(null));
    }
    if (input instanceof Input.Text t) {
      Optional<ContactText.Problem> problem = ContactText.checkNote(t.text());
      if (problem.isEmpty()) {
        return confirm(draft.withNote(t.text().strip()));
      }
      if (problem.get() == ContactText.Problem.TOO_LONG) {
        return Turn.ask(
            Step.NOTE,
            draft.toSlots(),
            Reply.key("logcontact.note.tooLong", "max", ContactText.MAX_NOTE),
            askNote());
      }
    }
    return Turn.ask(Step.NOTE, draft.toSlots(), Reply.key("dialog.unexpected"), askNote());
  }

  private Turn onConfirm(TurnContext ctx, LogContactDraft draft, Input input, DialogState state) {
    if (input instanceof Input.Button b && b.value().equals(SAVE)) {
      contacts.add(draft.toContact(ctx.user(), ctx.now()));
      return Turn.end(
          Reply.key("logcontact.saved", "name", draft.name())
              .withRow(
                  Choice.of("logcontact.button.another", "/contact"),
                  Choice.of("logcontact.button.list", "/contacts"))
              .replacingPrompt());
    }
    if (input instanceof Input.Button b && b.value().equals(RESTART)) {
      return start(ctx, "");
    }
    return Turn.ask(Step.CONFIRM, state.slots(), Reply.key("dialog.pickButton"), summary(draft));
  }

  private Turn askRung(LogContactDraft draft) {
    return Turn.ask(Step.RUNG, draft.toSlots(), rungQuestion());
  }

  private Turn confirm(LogContactDraft draft) {
    return Turn.ask(Step.CONFIRM, draft.toSlots(), summary(draft));
  }

  private static Turn again(DialogState state) {
    return Turn.ask(Step.valueOf(state.step()), state.slots(), Reply.key("dialog.unexpected"));
  }

  private static Reply askSource(LogContactDraft draft) {
    Reply ask = Reply.key("logcontact.ask.source", "name", draft.name());
    List<Choice> row = new ArrayList<>();
    for (Source source : Source.values()) {
      if (source != Source.OTHER) {
        row.add(new Choice(ContactPhrases.source(source, null), SOURCE_PREFIX + source.name()));
      }
      if (row.size() == 2) {
        ask = ask.withRow(row.toArray(Choice[]::new));
        row.clear();
      }
    }
    row.add(Choice.of("dialog.button.skip", SKIP));
    return ask.withRow(row.toArray(Choice[]::new));
  }

  private static Reply rungQuestion() {
    Reply ask = Reply.key("logcontact.ask.rung");
    Rung[] rungs = Rung.values();
    for (int i = 0; i < rungs.length; i += 2) {
      ask = ask.withRow(rungChoice(rungs[i]), rungChoice(rungs[i + 1]));
    }
    return ask;
  }

  private static Choice rungChoice(Rung rung) {
    return new Choice(ContactPhrases.rung(rung), RUNG_PREFIX + rung.name());
  }

  private static Reply askHandle() {
    return Reply.key("logcontact.ask.handle").withRow(Choice.of("dialog.button.skip", SKIP));
  }

  private static Reply askNote() {
    return Reply.key("logcontact.ask.note").withRow(Choice.of("dialog.button.skip", SKIP));
  }

  private static Reply summary(LogContactDraft draft) {
    return Reply.key(
            "logcontact.confirm.summary",
            "name",
            draft.name(),
            "source",
            ContactPhrases.source(draft.source(), draft.sourceNote()),
            "rung",
            ContactPhrases.rung(draft.rung() == null ? Rung.PROSPECT : draft.rung()),
            "handle",
            ContactPhrases.handle(draft.handle()),
            "note",
            ContactPhrases.note(draft.note()))
        .withRow(
            Choice.of("logcontact.button.save", SAVE),
            Choice.of("logcontact.button.restart", RESTART))
        .withRow(Choice.of("dialog.button.cancel", "/cancel"));
  }
}
