package followthrough.core.dialogs.start;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.user.TimeZones;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartDialogTest {

  private final ChatScript chat = chat(new KeysOnlyMessages());

  private static ChatScript chat(Messages messages) {
    return ChatScript.of(messages, c -> List.of(new StartDialog(c.profiles)));
  }

  private static UserProfile profile(ChatScript chat) {
    return chat.profiles.find(chat.key().user()).orElseThrow();
  }

  @Test
  void greetsANewcomerAndAsksForTheTimeZone() {
    // when
    chat.send("/start");
    // then
    assertThat(chat.keys()).containsExactly("engine.start.greeting", "settings.ask.zone");
    assertThat(chat.buttons())
        .contains("tz:Europe/Berlin", "tz:Europe/Vienna", "tz:Europe/Zurich", "tz:Europe/Moscow")
        .contains("tz:" + TimeZones.kyiv().getId(), "tz:Europe/London")
        .endsWith("skip");
    assertThat(chat.step()).isEqualTo("ZONE");
  }

  @Test
  void savesAPressedCityAndPointsToTheFirstSteps() {
    // given
    chat.send("/start");
    // when
    chat.press("tz:Europe/Berlin");
    // then
    assertThat(chat.keys()).containsExactly("settings.saved.zone", "start.next");
    assertThat(chat.buttons()).containsExactly("/contact", "/help");
    assertThat(profile(chat).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(chat.step()).isNull();
  }

  @Test
  void takesATypedCityOrOffset() {
    // given
    chat.send("/start");
    // when
    chat.send("GMT-5");
    // then
    assertThat(profile(chat).zone()).isEqualTo(ZoneId.of("-05:00"));
  }

  @Test
  void asksAgainWithExamplesForAPlaceItDoesNotKnow() {
    // given
    chat.send("/start");
    // when
    chat.send("Narnia");
    // then
    assertThat(chat.keys()).containsExactly("settings.zone.unknown", "settings.ask.zone");
    assertThat(chat.buttons()).endsWith("skip");
    assertThat(chat.step()).isEqualTo("ZONE");
  }

  @Test
  void skippingWritesNothingAndSaysWhereToSetItLater() {
    // given
    chat.send("/start");
    // when
    chat.press("skip");
    // then
    assertThat(chat.keys()).containsExactly("start.zone.skipped", "start.next");
    assertThat(profile(chat).zone()).isNull();
    assertThat(chat.step()).isNull();
  }

  @Test
  void onlyGreetsWhenTheZoneIsKnown() {
    // given
    chat.zone(ZoneId.of("Europe/Vienna"));
    // when
    chat.send("/start");
    // then
    assertThat(chat.keys()).containsExactly("engine.start.greeting", "start.next");
    assertThat(chat.step()).isNull();
  }

  @Test
  void ignoresTheDeepLinkPayloadForNow() {
    // when
    chat.send("/start invite-abc123");
    // then
    assertThat(chat.keys()).containsExactly("engine.start.greeting", "settings.ask.zone");
  }

  @Test
  void cancellingInTheMiddleSavesNothing() {
    // given
    chat.send("/start");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(profile(chat).zone()).isNull();
  }

  @Test
  void greetsAndConfirmsInRussian() {
    // given
    ChatScript russian = chat(new BundleMessages()).language("ru");
    russian.send("/start");
    assertThat(russian.replies().get(0).text()).startsWith("Привет! Я Followthrough.");
    assertThat(russian.replies().get(1).rows().get(1).get(1).label()).isEqualTo("Киев");
    // when
    russian.send("Киев");
    // then
    assertThat(russian.replies().get(0).text())
        .isEqualTo(
            "Часовой пояс: "
                + TimeZones.kyiv().getId()
                + ". Сейчас там 11:00.\n\n"
                + "Для начала добавь первый контакт через /contact. /help покажет всё, что я умею.");
  }
}
