package followthrough.core.dialogs.checklist;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import java.util.ArrayList;
import java.util.List;

/** The checklist with its tick buttons, the list of checklists under way, and the templates. */
final class ChecklistViews {

  static final String TEMPLATE = "tpl:";

  private final Contacts contacts;

  ChecklistViews(Contacts contacts) {
    this.contacts = contacts;
  }

  /** One checklist: its items with tick buttons, and how far it is. */
  Reply checklist(Checklist checklist, Phrase... before) {
    List<Phrase> paragraphs = new ArrayList<>(List.of(before));
    paragraphs.add(
        Phrase.of(
            "checklists.view",
            "title",
            ChecklistPhrases.title(checklist),
            "name",
            name(checklist),
            "progress",
            ChecklistPhrases.progress(checklist)));
    if (checklist.complete()) {
      paragraphs.add(Phrase.of("checklists.view.complete", "name", name(checklist)));
    }
    Reply view = new Reply(paragraphs, List.of(), false);
    for (int i = 0; i < checklist.items().size(); i++) {
      boolean done = checklist.items().get(i).done();
      Phrase label =
          Phrase.of(
              done ? "checklists.tick.on" : "checklists.tick.off",
              "item",
              ChecklistPhrases.item(checklist, i));
      view = view.withRow(new Choice(label, ChecklistButtons.tick(checklist.id(), i)));
    }
    return view.withRow(Choice.of("checklists.button.all", "/" + ChecklistButtons.COMMAND));
  }

  /** The checklists under way, each a button, with Start and Templates. */
  Reply menu(List<Checklist> open) {
    Reply menu = Reply.key(open.isEmpty() ? "checklists.menu.empty" : "checklists.menu");
    for (Checklist c : open) {
      Phrase label =
          Phrase.of(
              "checklists.menu.item",
              "name",
              name(c),
              "title",
              ChecklistPhrases.title(c),
              "progress",
              ChecklistPhrases.progress(c));
      menu = menu.withRow(new Choice(label, ChecklistButtons.call(ChecklistButtons.OPEN, c.id())));
    }
    return menu.withRow(
        Choice.of("checklists.button.startOne", ChecklistButtons.call(ChecklistButtons.START, "")),
        Choice.of(
            "checklists.button.templates", ChecklistButtons.call(ChecklistButtons.TEMPLATES, "")));
  }

  /** The templates to start a checklist from, each a button. */
  Reply pickTemplate(String contactName, List<ChecklistTemplate> templates) {
    Reply ask = Reply.key("checklists.ask.template", "name", contactName);
    for (ChecklistTemplate t : templates) {
      ask = ask.withRow(new Choice(ChecklistPhrases.name(t), TEMPLATE + t.id()));
    }
    return ask;
  }

  /** The user's templates with their items and sharing, the shared ones, and New. */
  Reply templates(List<ChecklistTemplate> own, List<ChecklistTemplate> shared) {
    List<Phrase> lines = new ArrayList<>();
    Reply reply = Reply.key("checklists.templates.intro");
    for (ChecklistTemplate t : own) {
      boolean team = t.visibility() == ChecklistTemplate.Visibility.TEAM;
      lines.add(
          Phrase.of(
              team ? "checklists.templates.line.shared" : "checklists.templates.line",
              "name",
              t.name(),
              "count",
              t.items().size()));
      reply = reply.withRow(shareButton(t, team));
    }
    for (ChecklistTemplate t : shared) {
      lines.add(Phrase.of("checklists.templates.line.fromTeam", "name", t.name()));
    }
    List<Phrase> paragraphs = new ArrayList<>(reply.paragraphs());
    if (!lines.isEmpty()) {
      paragraphs.add(Phrase.of("checklists.templates.list", "list", lines));
    }
    return new Reply(paragraphs, reply.rows(), false)
        .withRow(
            Choice.of(
                "checklists.button.newTemplate",
                ChecklistButtons.call(ChecklistButtons.NEW_TEMPLATE, "")));
  }

  private static Choice shareButton(ChecklistTemplate template, boolean shared) {
    return new Choice(
        Phrase.of(
            shared ? "checklists.button.unshare" : "checklists.button.share",
            "name",
            template.name()),
        ChecklistButtons.call(ChecklistButtons.SHARE, template.id()));
  }

  Phrase name(Checklist checklist) {
    return contacts
        .find(checklist.owner(), checklist.contactId())
        .map(c -> Phrase.verbatim(c.name()))
        .orElseGet(() -> Phrase.of("checklists.someone"));
  }
}
