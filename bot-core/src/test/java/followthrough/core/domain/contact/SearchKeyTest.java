package followthrough.core.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

  @Test
  void foldsCaseInEveryScriptAndTheLettersUsersTypeInterchangeably() {
    assertThat(SearchKey.of(" Jörg MÜLLER ")).isEqualTo("jörg müller");
    assertThat(SearchKey.of("Алёна ПЁТР")).isEqualTo("алена петр");
    assertThat(SearchKey.of("Straße")).isEqualTo("strasse");
  }

  @Test
  void normalizesComposedAndDecomposedUmlauts() {
    assertThat(SearchKey.of("Mu\u0308ller")).isEqualTo(SearchKey.of("Müller"));
  }
}
