package followthrough.core.dialogs.checkin;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.i18n.Phrase;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The questions of the check-in dialogue and the values of their buttons. */
final class CheckInQuestions {

  static final String SKIP = "skip";
  static final String SAVE = "save";
  static final String KEEP = "keep";
  static final String SUGGESTED = "suggested";
  static final String OTHER = "other";
  static final String CHANNEL = "ch:";

  private CheckInQuestions() {}

  static Reply when(CheckInDraft draft) {
    return WhenQuestion.ask("checkin.ask.when", "name", draft.nameOrEmpty());
  }

  /** The kind word on the pace of a lead, with the choice to keep the date or move it. */
  static Reply tooSoon(TurnContext ctx, CheckInDraft draft) {
    return Reply.key(
            "checkin.tooSoon",
            "name",
            draft.nameOrEmpty(),
            "last",
            local(ctx, draft.lastTouch()).toLocalDate(),
            "when",
            local(ctx, draft.dueAt()))
        .withRow(
            new Choice(
                Phrase.of("checkin.button.suggested", "when", local(ctx, draft.suggested())),
                SUGGESTED))
        .withRow(
            Choice.of("checkin.button.keep", KEEP), Choice.of("checkin.button.otherDate", OTHER));
  }

  static Reply how(CheckInDraft draft) {
    return Reply.key("checkin.ask.how", "name", draft.nameOrEmpty())
        .withRow(
            Arrays.stream(FollowUp.Channel.values())
                .map(c -> new Choice(channel(c), CHANNEL + c.name()))
                .toArray(Choice[]::new));
  }

  static Reply note(CheckInDraft draft) {
    return Reply.key("checkin.ask.note", "name", draft.nameOrEmpty())
        .withRow(Choice.of("dialog.button.skip", SKIP));
  }

  static Reply summary(TurnContext ctx, CheckInDraft draft) {
    return Reply.key(
            "checkin.confirm.summary",
            "name",
            draft.nameOrEmpty(),
            "when",
            local(ctx, draft.dueAt()),
            "how",
            channel(draft.channel()),
            "note",
            ContactPhrases.note(draft.note()))
        .withRow(
            Choice.of("checkin.button.save", SAVE), Choice.of("dialog.button.cancel", "/cancel"));
  }

  static Reply saved(TurnContext ctx, CheckInDraft draft) {
    return Reply.key(
            "checkin.saved", "name", draft.nameOrEmpty(), "when", local(ctx, draft.dueAt()))
        .withRow(Choice.of("checkin.button.another", "/checkin"))
        .replacingPrompt();
  }

  /** How to get in touch, by name; empty for a name that is no channel. */
  static Optional<FollowUp.Channel> channel(String name) {
    return Arrays.stream(FollowUp.Channel.values()).filter(c -> c.name().equals(name)).findFirst();
  }

  private static Phrase channel(FollowUp.@Nullable Channel channel) {
    return channel == null ? Phrase.of("contact.none") : Phrase.of("checkin.channel." + channel);
  }

  private static LocalDateTime local(TurnContext ctx, @Nullable Instant at) {
    return (at == null ? ctx.now() : at).atZone(ctx.zone()).toLocalDateTime();
  }
}
