package followthrough.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English, German and Russian, with the same placeholders. */
class BundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"((?:engine|dialog|contact|contacts|logcontact|command)\\.[A-Za-z_.]+)\"");
  private final Properties english =
      BundleMessages.load(BundleMessages.resourceName(Locale.ENGLISH));

  @Test
  void everyBundleHasExactlyTheKeysOfTheEnglishOne() {
    for (Locale locale : SupportedLocales.ALL) {
      Properties bundle = BundleMessages.load(BundleMessages.resourceName(locale));
      assertThat(bundle.stringPropertyNames())
          .as("keys of %s", locale)
          .isEqualTo(english.stringPropertyNames());
    }
  }

  @Test
  void everyTranslationUsesTheSamePlaceholders() {
    for (Locale locale : SupportedLocales.ALL) {
      Properties bundle = BundleMessages.load(BundleMessages.resourceName(locale));
      for (String key : english.stringPropertyNames()) {
        assertThat(placeholders(bundle.getProperty(key)))
            .as("placeholders of %s in %s", key, locale)
            .isEqualTo(placeholders(english.getProperty(key)));
      }
    }
  }

  @Test
  void noTextIsEmptyOrLeftUntranslated() {
    for (Locale locale : SupportedLocales.ALL) {
      Properties bundle = BundleMessages.load(BundleMessages.resourceName(locale));
      bundle
          .stringPropertyNames()
          .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void everyKeyWrittenInTheCodeExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_LITERAL.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).endsWith(".")) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(english.stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyRungAndSourceHasANameInEveryLanguage() {
    for (Locale locale : SupportedLocales.ALL) {
      Properties bundle = BundleMessages.load(BundleMessages.resourceName(locale));
      for (Rung rung : Rung.values()) {
        assertThat(bundle.getProperty("contact.rung." + rung)).isNotBlank();
      }
      for (Source source : Source.values()) {
        assertThat(bundle.getProperty("contact.source." + source)).isNotBlank();
      }
    }
  }

  private static Set<String> placeholders(String text) {
    return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).collect(Collectors.toSet());
  }
}
