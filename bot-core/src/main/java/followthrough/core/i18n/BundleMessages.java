package followthrough.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Messages from the UTF-8 bundles {@code i18n/<name>{,_de,_ru}.properties}, one name per area of
 * the bot (see {@link #BUNDLES}), so that areas are written and reviewed apart. Placeholders are
 * named, {@code {name}}; argument values are inserted as they are, so user text containing braces,
 * quotes or dollar signs is shown unchanged. A key missing in a language falls back to English,
 * then to the key itself.
 */
public final class BundleMessages implements Messages {

  /**
   * The bundle names: the engine and contacts ({@code messages}), shared questions ({@code
   * shared}), touches and orders ({@code contacting}), check-ins, meetings and no-shows ({@code
   * planning}), the day's agenda, the contact card and settings ({@code daily}), reminders ({@code
   * nudges}), teams, checklists and events, the Telegram adapter's few texts ({@code telegram}),
   * what only Discord shows ({@code discord}) and account linking ({@code linking}). A key lives in
   * exactly one of them.
   */
  public static final List<String> BUNDLES =
      List.of(
          "messages",
          "shared",
          "contacting",
          "planning",
          "daily",
          "nudges",
          "team",
          "checklists",
          "events",
          "telegram",
          "discord",
          "linking");

  private final Map<Locale, Properties> bundles = new HashMap<>();

  /** Loads the bundles of every supported locale from the class path. */
  public BundleMessages() {
    for (Locale locale : SupportedLocales.ALL) {
      Properties merged = new Properties();
      for (String name : BUNDLES) {
        merged.putAll(load(resourceName(name, locale)));
      }
      bundles.put(locale, merged);
    }
  }

  /** The class-path resource of one bundle in one locale. */
  public static String resourceName(String name, Locale locale) {
    String suffix = locale.equals(SupportedLocales.ENGLISH) ? "" : "_" + locale.getLanguage();
    return "i18n/" + name + suffix + ".properties";
  }

  /** Reads one bundle as UTF-8. */
  public static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BundleMessages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @Override
  public String render(Phrase phrase, Locale locale) {
    if (phrase.key() == null) {
      return phrase.verbatim();
    }
    String pattern = pattern(phrase.key(), locale);
    return fill(pattern, phrase.args(), locale);
  }

  private String pattern(String key, Locale locale) {
    Properties bundle = bundles.getOrDefault(locale, bundles.get(SupportedLocales.ENGLISH));
    String pattern = bundle.getProperty(key);
    if (pattern == null) {
      pattern = bundles.get(SupportedLocales.ENGLISH).getProperty(key, key);
    }
    return pattern;
  }

  private String fill(String pattern, Map<String, Object> args, Locale locale) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i && args.containsKey(pattern.substring(i + 1, close))) {
        out.append(format(args.get(pattern.substring(i + 1, close)), locale));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String format(Object value, Locale locale) {
    if (value instanceof Phrase nested) {
      return render(nested, locale);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> format(item, locale)).collect(Collectors.joining("\n"));
    }
    if (value instanceof LocalDate date) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
    if (value instanceof LocalDateTime dateTime) {
      return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
          .withLocale(locale)
          .format(dateTime);
    }
    if (value instanceof LocalTime time) {
      return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }
    return String.valueOf(value);
  }
}
