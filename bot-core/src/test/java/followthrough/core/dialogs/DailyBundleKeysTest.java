package followthrough.core.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.SupportedLocales;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The keys the agenda, the contact card and the settings build from enum names all exist. */
class DailyBundleKeysTest {

  private static List<String> builtKeys() {
    List<String> keys = new ArrayList<>();
    for (FollowUp.Kind kind : FollowUp.Kind.values()) {
      keys.add("today.kind." + kind);
    }
    for (FollowUp.Channel channel : FollowUp.Channel.values()) {
      keys.add("today.channel." + channel);
    }
    for (Touch.Channel channel : Touch.Channel.values()) {
      keys.add("contacts.card.channel." + channel);
    }
    for (Locale locale : SupportedLocales.ALL) {
      keys.add("settings.language.name." + locale.getLanguage());
      keys.add("settings.language.done." + locale.getLanguage());
      keys.add("settings.language.more." + locale.getLanguage());
    }
    for (String unit : List.of("d", "w", "m")) {
      keys.add("settings.cadence." + unit);
    }
    return keys;
  }

  @Test
  void everyKeyBuiltFromANameExistsInEveryLanguage() {
    for (Locale locale : SupportedLocales.ALL) {
      Properties daily = BundleMessages.load(BundleMessages.resourceName("daily", locale));
      assertThat(daily.stringPropertyNames()).as("daily in %s", locale).containsAll(builtKeys());
    }
  }
}
