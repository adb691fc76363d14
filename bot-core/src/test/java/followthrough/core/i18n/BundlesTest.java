package followthrough.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
  private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+)\\.([A-Za-z_.]+)\"");

  private static Properties bundle(String name, Locale locale) {
    return BundleMessages.load(BundleMessages.resourceName(name, locale));
  }

  private static Properties allEnglish() {
    Properties all = new Properties();
    BundleMessages.BUNDLES.forEach(name -> all.putAll(bundle(name, Locale.ENGLISH)));
    return all;
  }

  @Test
  void everyBundleHasTheSameKeysInEveryLanguage() {
    for (String name : BundleMessages.BUNDLES) {
      Set<String> english = bundle(name, Locale.ENGLISH).stringPropertyNames();
      for (Locale locale : SupportedLocales.ALL) {
        assertThat(bundle(name, locale).stringPropertyNames())
            .as("keys of %s in %s", name, locale)
            .isEqualTo(english);
      }
    }
  }

  @Test
  void noKeyIsDefinedInTwoBundles() {
    Set<String> seen = new HashSet<>();
    for (String name : BundleMessages.BUNDLES) {
      for (String key : bundle(name, Locale.ENGLISH).stringPropertyNames()) {
        assertThat(seen.add(key)).as("%s is defined again in %s", key, name).isTrue();
      }
    }
  }

  @Test
  void everyTranslationUsesTheSamePlaceholders() {
    for (String name : BundleMessages.BUNDLES) {
      Properties english = bundle(name, Locale.ENGLISH);
      for (Locale locale : SupportedLocales.ALL) {
        Properties translated = bundle(name, locale);
        for (String key : english.stringPropertyNames()) {
          assertThat(placeholders(translated.getProperty(key)))
              .as("placeholders of %s in %s", key, locale)
              .isEqualTo(placeholders(english.getProperty(key)));
        }
      }
    }
  }

  @Test
  void noTextIsEmpty() {
    for (String name : BundleMessages.BUNDLES) {
      for (Locale locale : SupportedLocales.ALL) {
        Properties texts = bundle(name, locale);
        texts
            .stringPropertyNames()
            .forEach(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
      }
    }
  }

  @Test
  void everyKeyWrittenInTheCodeExists() throws IOException {
    Properties english = allEnglish();
    Set<String> namespaces =
        english.stringPropertyNames().stream()
            .map(key -> key.substring(0, key.indexOf('.')))
            .collect(Collectors.toSet());
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_LITERAL.matcher(Files.readString(file));
        while (m.find()) {
          if (namespaces.contains(m.group(1)) && !m.group(2).endsWith(".")) {
            used.add(m.group(1) + "." + m.group(2));
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
      Properties texts = bundle("messages", locale);
      for (Rung rung : Rung.values()) {
        assertThat(texts.getProperty("contact.rung." + rung)).isNotBlank();
      }
      for (Source source : Source.values()) {
        assertThat(texts.getProperty("contact.source." + source)).isNotBlank();
      }
    }
  }

  private static Set<String> placeholders(String text) {
    return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).collect(Collectors.toSet());
  }
}
