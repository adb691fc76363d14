package followthrough.core.dialogs.touch;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.Touch;
import followthrough.core.i18n.Phrase;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The questions of {@link LogTouchDialog} with their buttons, and its confirmation. */
final class TouchQuestions {

  static final String WHO = "touch.ask.who";
  static final String PROMISE_WHEN = "touch.ask.promiseWhen";
  static final String CHANNEL = "ch:";
  static final String REACHED = "reached:yes";
  static final String NOT_REACHED = "reached:no";
  static final String SATISFIED = "sat:yes";
  static final String NOT_SATISFIED = "sat:no";
  static final String REASON = "reason:";
  static final String REORDER = "re:";
  static final String NOTHING = "promise:none";
  static final String SKIP = "skip";
  static final String SAVE = "save";

  private TouchQuestions() {}

  static Reply channel(TouchDraft draft) {
    return Reply.key("touch.ask.channel", "name", draft.name())
        .withRow(channelChoice(Touch.Channel.CALL), channelChoice(Touch.Channel.MESSAGE))
        .withRow(channelChoice(Touch.Channel.MEETING), channelChoice(Touch.Channel.IN_PERSON));
  }

  private static Choice channelChoice(Touch.Channel channel) {
    return new Choice(channelPhrase(channel), CHANNEL + channel.name());
  }

  static Phrase channelPhrase(Touch.Channel channel) {
    return Phrase.of("touch.channel." + channel.name());
  }

  static Reply reached(TouchDraft draft) {
    return Reply.key("touch.ask.reached", "name", draft.name())
        .withRow(
            Choice.of("touch.button.reached", REACHED),
            Choice.of("touch.button.notReached", NOT_REACHED));
  }

  static Reply satisfied(TouchDraft draft) {
    return Reply.key("touch.ask.satisfied", "name", draft.name())
        .withRow(
            Choice.of("touch.button.satisfied", SATISFIED),
            Choice.of("touch.button.notSatisfied", NOT_SATISFIED));
  }

  static Reply reason() {
    return Reply.key("touch.ask.reason")
        .withRow(reasonChoice(Touch.Reason.USED_WRONGLY), reasonChoice(Touch.Reason.WRONG_PRODUCT))
        .withRow(reasonChoice(Touch.Reason.PRICE), reasonChoice(Touch.Reason.OTHER));
  }

  private static Choice reasonChoice(Touch.Reason reason) {
    return new Choice(reasonPhrase(reason), REASON + reason.name());
  }

  static Phrase reasonPhrase(Touch.Reason reason) {
    return Phrase.of("touch.reason." + reason.name());
  }

  static Reply reasonNote() {
    return Reply.key("touch.ask.reasonNote").withRow(Choice.of("dialog.button.skip", SKIP));
  }

  static Reply reorder(TouchDraft draft) {
    Reply ask = Reply.key("touch.ask.reorder", "name", draft.name());
    List<Choice> row = new ArrayList<>();
    for (TouchDraft.Reorder answer : TouchDraft.Reorder.values()) {
      row.add(new Choice(reorderPhrase(answer), REORDER + answer.name()));
    }
    return ask.withRow(row.toArray(Choice[]::new));
  }

  static Phrase reorderPhrase(TouchDraft.Reorder answer) {
    return Phrase.of("touch.reorder." + answer.name());
  }

  static Reply promise(TouchDraft draft) {
    return Reply.key("touch.ask.promise", "name", draft.name())
        .withRow(Choice.of("touch.button.nothingPromised", NOTHING));
  }

  static Reply promiseWhen(TouchDraft draft) {
    return WhenQuestion.ask(PROMISE_WHEN, "promise", draft.promise());
  }

  /** The confirmation: who, how, reached, and what else was answered. */
  static Reply summary(TouchDraft draft, ZoneId zone) {
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(
            "touch.confirm.summary",
            "name",
            draft.name(),
            "channel",
            channelPhrase(draft.channel() == null ? Touch.Channel.CALL : draft.channel()),
            "reached",
            Phrase.of(draft.wasReached() ? "touch.summary.reached" : "touch.summary.notReached")));
    List<Phrase> details = details(draft, zone);
    if (!details.isEmpty()) {
      paragraphs.add(Phrase.of("touch.confirm.details", "lines", details));
    }
    return new Reply(paragraphs, List.of(), false)
        .withRow(
            Choice.of("touch.button.save", SAVE), Choice.of("dialog.button.cancel", "/cancel"));
  }

  private static List<Phrase> details(TouchDraft draft, ZoneId zone) {
    List<Phrase> lines = new ArrayList<>();
    if (draft.satisfied() != null) {
      lines.add(
          Phrase.of(draft.satisfied() ? "touch.summary.satisfied" : "touch.summary.notSatisfied"));
    }
    if (draft.reason() != null) {
      Phrase why =
          draft.reasonNote() != null
              ? Phrase.verbatim(draft.reasonNote())
              : reasonPhrase(draft.reason());
      lines.add(Phrase.of("touch.summary.reason", "reason", why));
    }
    if (draft.reorder() != null) {
      lines.add(Phrase.of("touch.summary.reorder", "answer", reorderPhrase(draft.reorder())));
    }
    if (draft.promise() != null && draft.promiseAt() != null) {
      lines.add(
          Phrase.of(
              "touch.summary.promise",
              "promise",
              draft.promise(),
              "at",
              LocalDateTime.ofInstant(draft.promiseAt(), zone)));
    } else if (draft.wasReached()) {
      lines.add(Phrase.of("touch.summary.nothingPromised"));
    }
    return lines;
  }
}
