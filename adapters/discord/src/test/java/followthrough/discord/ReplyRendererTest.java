package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Image;
import followthrough.core.conversation.Outbound;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {

  private final ReplyRenderer renderer = new ReplyRenderer();

  @Test
  void showsMarkupCharactersOfUserTextAsTyped() {
    assertThat(ReplyRenderer.text("Call *_[Anna]_* <b> `x` ~y~ | > # -"))
        .isEqualTo("Call \\*\\_\\[Anna\\]\\_\\* \\<b\\> \\`x\\` \\~y\\~ \\| \\> \\# \\-");
  }

  @Test
  void keepsEmojiRightToLeftTextAndDollarSignsUnchanged() {
    assertThat(ReplyRenderer.text("😀 שלום $name.x")).isEqualTo("😀 שלום $name.x");
  }

  @Test
  void cutsTextToDiscordsTwoThousandCharactersWithoutSplittingAnEmoji() {
    // given
    String huge = "😀".repeat(1500);
    // when
    String text = ReplyRenderer.text(huge);
    // then
    assertThat(text.length()).isLessThanOrEqualTo(ReplyRenderer.MAX_TEXT);
    assertThat(text).endsWith("😀…");
  }

  @Test
  void splitsALongMessageIntoPartsThatKeepEveryCharacterAfterEscaping() {
    // given: 30 lines of 99 markup characters, every one of them escaped when rendered
    String line = "*".repeat(99);
    String text = String.join("\n", java.util.Collections.nCopies(30, line));
    // when
    List<Outbound> parts = ReplyRenderer.inParts(List.of(Outbound.text(text)));
    // then
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts)
        .allSatisfy(p -> assertThat(ReplyRenderer.text(p.text())).doesNotEndWith("…"))
        .allSatisfy(
            p -> assertThat(ReplyRenderer.text(p.text()).length()).isLessThanOrEqualTo(2000));
    assertThat(String.join("\n", parts.stream().map(Outbound::text).toList())).isEqualTo(text);
  }

  @Test
  void neverSendsAnEmptyMessage() {
    assertThat(ReplyRenderer.text("")).isNotEmpty();
  }

  @Test
  void allowsNoMentionsSoUserTextCannotPingEveryone() {
    // when
    MessageCreateData data = renderer.create(Outbound.text("@everyone Anna"), null);
    // then
    assertThat(data.getAllowedMentions()).isEmpty();
  }

  @Test
  void putsAtMostFiveButtonsInARowAndKeepsTheirValues() {
    // given
    List<Outbound.Button> row = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      row.add(new Outbound.Button("B" + i, "v" + i));
    }
    // when
    MessageCreateData data = renderer.create(new Outbound("Pick", List.of(row), null), null);
    // then
    List<ActionRow> rows = data.getComponents().stream().map(c -> (ActionRow) c).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getButtons()).hasSize(5);
    assertThat(rows.get(1).getButtons().get(1).getCustomId()).isEqualTo("c6:v6");
  }

  @Test
  void addsTheAnswerButtonBelowTheChoices() {
    // when
    MessageCreateData data =
        renderer.create(
            new Outbound("Name?", List.of(List.of(new Outbound.Button("Skip", "skip"))), null),
            "Answer");
    // then
    List<ActionRow> rows = data.getComponents().stream().map(c -> (ActionRow) c).toList();
    Button answer = rows.get(rows.size() - 1).getButtons().get(0);
    assertThat(answer.getCustomId()).isEqualTo(ComponentIds.ANSWER);
    assertThat(answer.getLabel()).isEqualTo("Answer");
  }

  @Test
  void offersChoicesThatDoNotFitFiveRowsInSelectMenusWithoutLosingOne() {
    // given 30 choices, one to a row
    List<List<Outbound.Button>> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(List.of(new Outbound.Button("Contact " + i, "open:c" + i)));
    }
    // when
    MessageCreateData data = renderer.create(new Outbound("Pick", rows, null), "Answer");
    // then
    List<ActionRow> out = data.getComponents().stream().map(c -> (ActionRow) c).toList();
    List<StringSelectMenu> menus =
        out.stream()
            .flatMap(r -> r.getComponents().stream())
            .filter(StringSelectMenu.class::isInstance)
            .map(StringSelectMenu.class::cast)
            .toList();
    assertThat(menus).hasSize(2);
    assertThat(menus.get(0).getOptions()).hasSize(25);
    assertThat(menus.get(1).getOptions().get(4).getValue()).isEqualTo("c29:open:c29");
    assertThat(out.get(out.size() - 1).getButtons().get(0).getCustomId())
        .isEqualTo(ComponentIds.ANSWER);
  }

  @Test
  void cutsLongButtonLabelsToEightyCharacters() {
    // given
    Outbound.Button long_ = new Outbound.Button("x".repeat(200), "v");
    // when
    MessageCreateData data =
        renderer.create(new Outbound("t", List.of(List.of(long_)), null), null);
    // then
    ActionRow row = (ActionRow) data.getComponents().get(0);
    assertThat(row.getButtons().get(0).getLabel()).hasSizeLessThanOrEqualTo(80);
  }

  @Test
  void attachesAPictureAsAFile() {
    // given
    Outbound digest =
        new Outbound("Digest", List.of(), null, new Image("digest.png", new byte[] {1, 2, 3}));
    // when
    MessageCreateData data = renderer.create(digest, null);
    // then
    assertThat(data.getFiles())
        .singleElement()
        .satisfies(f -> assertThat(f.getName()).isEqualTo("digest.png"));
  }
}
