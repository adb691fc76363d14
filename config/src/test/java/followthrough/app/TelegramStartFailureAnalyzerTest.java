package followthrough.app;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.telegram.TelegramStartException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class TelegramStartFailureAnalyzerTest {

  @Test
  void reportsTheAdaptersSentenceForAFailedBeanCreation() {
    // given
    TelegramStartException cause =
        new TelegramStartException("Telegram rejected TELEGRAM_BOT_TOKEN (401): check it");
    BeanCreationException failure = new BeanCreationException("telegramBot", "failed", cause);

    // when
    FailureAnalysis analysis = new TelegramStartFailureAnalyzer().analyze(failure);

    // then
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .isEqualTo("Telegram rejected TELEGRAM_BOT_TOKEN (401): check it");
    assertThat(analysis.getAction()).contains("TELEGRAM_BOT_TOKEN");
  }

  @Test
  void leavesOtherFailuresToOtherAnalyzers() {
    assertThat(new TelegramStartFailureAnalyzer().analyze(new IllegalStateException("x"))).isNull();
  }
}
