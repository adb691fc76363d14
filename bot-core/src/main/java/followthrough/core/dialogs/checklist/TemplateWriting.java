package followthrough.core.dialogs.checklist;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.checklist.ChecklistDialog.Step;
import followthrough.core.domain.checklist.ChecklistTemplate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writing a template of one's own: its name, then its items (one per message or one per line, until
 * Done), and sharing it with the team or not. The template is stored once named, so items sent
 * later are never lost; a template without items is not offered for new checklists.
 */
final class TemplateWriting {

  private final TemplateCatalog catalog;
  private final ChecklistViews views;

  TemplateWriting(TemplateCatalog catalog, ChecklistViews views) {
    this.catalog = catalog;
    this.views = views;
  }

  Turn begin(String id) {
    return Turn.ask(Step.NAME, ChecklistDraft.start(id).toSlots(), askName());
  }

  Turn onName(TurnContext ctx, ChecklistDraft draft, Input input) {
    Optional<String> name = input instanceof Input.Text t ? text(t.text()) : Optional.empty();
    if (name.isEmpty()) {
      return Turn.ask(Step.NAME, draft.toSlots(), problem(input), askName());
    }
    catalog.store().add(ChecklistTemplate.own(draft.id(), ctx.user(), name.get()));
    return Turn.ask(
        Step.ITEMS, draft.toSlots(), Reply.key("checklists.template.askItems", "name", name.get()));
  }

  Turn onItems(TurnContext ctx, ChecklistDraft draft, Input input) {
    Optional<ChecklistTemplate> template = catalog.store().find(ctx.user(), draft.id());
    if (template.isEmpty()) {
      return Turn.end(Reply.key("checklists.gone"));
    }
    List<String> lines =
        input instanceof Input.Text t
            ? Arrays.stream(t.text().split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList()
            : List.of();
    if (lines.isEmpty() || lines.stream().anyMatch(l -> text(l).isEmpty())) {
      return Turn.ask(Step.ITEMS, draft.toSlots(), problem(input), more(template.get()));
    }
    ChecklistTemplate changed = template.get();
    for (String line : lines) {
      if (changed.items().size() >= ChecklistTemplate.MAX_ITEMS) {
        catalog.store().update(changed);
        return Turn.end(
            Reply.key("checklists.template.full", "max", ChecklistTemplate.MAX_ITEMS),
            views.templates(catalog.own(ctx.user()), catalog.shared(ctx.user())));
      }
      changed = changed.withItem(line);
    }
    catalog.store().update(changed);
    return Turn.ask(Step.ITEMS, draft.toSlots(), more(changed));
  }

  Reply list(TurnContext ctx) {
    return views.templates(catalog.own(ctx.user()), catalog.shared(ctx.user()));
  }

  /** Shares a template of the user's with the team, or stops sharing it. */
  Reply toggleShare(TurnContext ctx, String id) {
    Optional<ChecklistTemplate> template = catalog.store().find(ctx.user(), id);
    if (template.isEmpty()) {
      return Reply.key("checklists.gone");
    }
    boolean sharing = template.get().visibility() == ChecklistTemplate.Visibility.OWNER;
    catalog
        .store()
        .update(
            template
                .get()
                .withVisibility(
                    sharing
                        ? ChecklistTemplate.Visibility.TEAM
                        : ChecklistTemplate.Visibility.OWNER));
    Reply said =
        Reply.key(
            sharing ? "checklists.template.shared" : "checklists.template.unshared",
            "name",
            template.get().name());
    Reply templates = list(ctx);
    return new Reply(concat(said, templates), templates.rows(), true);
  }

  private static List<followthrough.core.i18n.Phrase> concat(Reply a, Reply b) {
    List<followthrough.core.i18n.Phrase> all = new java.util.ArrayList<>(a.paragraphs());
    all.addAll(b.paragraphs());
    return all;
  }

  private static Reply more(ChecklistTemplate template) {
    return Reply.key(
            "checklists.template.items",
            "name",
            template.name(),
            "count",
            template.items().size(),
            "list",
            template.items())
        .withRow(
            Choice.of(
                "checklists.button.templateDone",
                ChecklistButtons.call(ChecklistButtons.TEMPLATES, "")));
  }

  private static Reply askName() {
    return Reply.key("checklists.template.askName");
  }

  private static Reply problem(Input input) {
    return input instanceof Input.Text t && !t.text().isBlank()
        ? Reply.key("checklists.template.tooLong", "max", ChecklistTemplate.MAX_TEXT)
        : Reply.key("dialog.unexpected");
  }

  private static Optional<String> text(String text) {
    String stripped = text.strip();
    return stripped.isEmpty()
            || stripped.codePointCount(0, stripped.length()) > ChecklistTemplate.MAX_TEXT
        ? Optional.empty()
        : Optional.of(stripped);
  }
}
