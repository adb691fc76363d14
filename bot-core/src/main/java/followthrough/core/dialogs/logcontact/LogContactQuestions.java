package followthrough.core.dialogs.logcontact;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;

/** The questions of {@link LogContactDialog} with their buttons, and its confirmation. */
final class LogContactQuestions {

  static final String SKIP = "skip";
  static final String SAVE = "save";
  static final String RESTART = "restart";
  static final String SOURCE_PREFIX = "src:";
  static final String RUNG_PREFIX = "rung:";

  private LogContactQuestions() {}

  static Reply askSource(LogContactDraft draft) {
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

  static Reply rungQuestion() {
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

  static Reply askHandle() {
    return Reply.key("logcontact.ask.handle").withRow(Choice.of("dialog.button.skip", SKIP));
  }

  static Reply askNote() {
    return Reply.key("logcontact.ask.note").withRow(Choice.of("dialog.button.skip", SKIP));
  }

  /** The confirmation: the contact, then the follow-up plan when one was asked for. */
  static Reply summary(LogContactDraft draft, List<Phrase> plan) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(
            "logcontact.confirm.summary",
            "name",
            draft.name(),
            "source",
            ContactPhrases.source(draft.source(), draft.sourceNote()),
            "rung",
            ContactPhrases.rung(draft.rungOrProspect()),
            "handle",
            ContactPhrases.handle(draft.handle()),
            "note",
            ContactPhrases.note(draft.note())));
    paragraphs.addAll(plan);
    return new Reply(paragraphs, List.of(), false)
        .withRow(
            Choice.of("logcontact.button.save", SAVE),
            Choice.of("logcontact.button.restart", RESTART))
        .withRow(Choice.of("dialog.button.cancel", "/cancel"));
  }

  /** The saved message, with buttons to log another contact or see them all. */
  static Reply saved(List<Phrase> paragraphs) {
    return new Reply(paragraphs, List.of(), false)
        .withRow(
            Choice.of("logcontact.button.another", "/contact"),
            Choice.of("logcontact.button.list", "/contacts"))
        .replacingPrompt();
  }
}
