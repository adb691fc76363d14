package followthrough.discord;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Choice;
import org.junit.jupiter.api.Test;

class ComponentIdsTest {

  @Test
  void readsTheChoiceValueBackFromItsComponentId() {
    // given
    String id = ComponentIds.choice(12, "nudge:done:42");
    // when / then
    assertThat(ComponentIds.choiceValue(id)).contains("nudge:done:42");
  }

  @Test
  void fitsTheLongestChoiceValueIntoDiscordsHundredCharacters() {
    // given
    String longest = "x".repeat(Choice.MAX_VALUE_BYTES);
    // when
    String id = ComponentIds.choice(24, longest);
    // then
    assertThat(id.length()).isLessThanOrEqualTo(100);
  }

  @Test
  void readsNoChoiceFromOtherComponentIds() {
    assertThat(ComponentIds.choiceValue(ComponentIds.ANSWER)).isEmpty();
    assertThat(ComponentIds.choiceValue("cx:value")).isEmpty();
    assertThat(ComponentIds.choiceValue("c:value")).isEmpty();
    assertThat(ComponentIds.choiceValue("")).isEmpty();
  }
}
