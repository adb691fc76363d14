package followthrough.core.dialogs.link;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinkAccountsDialogTest {

  private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
  private static final ConversationKey TELEGRAM = Fixtures.key("1001");
  private static final ConversationKey DISCORD = new ConversationKey(Platform.DISCORD, "77", "77");

  private final ChatScript chat = ChatScript.withStandardDialogs(new BundleMessages());

  @Test
  void showsTheContactsLoggedOnTelegramOnTheLinkedDiscordAccount() {
    // given Anna logged a contact on Telegram and asks for a code there
    chat.contacts.add(Fixtures.contact(Fixtures.ANNA, "c1", "Boris Petrov"));
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    // when she enters it on Discord
    chat.in(DISCORD).send("/link " + code.toLowerCase());
    // then Discord lists the Telegram contact
    assertThat(chat.replies().get(0).text()).startsWith("Linked.");
    List<String> labels =
        chat.send("/contacts").replies().stream()
            .flatMap(m -> m.rows().stream())
            .flatMap(List::stream)
            .map(Outbound.Button::label)
            .toList();
    assertThat(labels).anySatisfy(label -> assertThat(label).contains("Boris Petrov"));
  }

  @Test
  void keepsOneProfileWhoseAddressIsTheLastPrivateChatUsed() {
    // given
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    // when
    chat.in(DISCORD).send("/link " + code).send("/help");
    // then
    assertThat(chat.profiles.find(Fixtures.ANNA).orElseThrow().address().platform())
        .isEqualTo("discord");
  }

  @Test
  void neverHidesTheContactsOfTheJoiningAccount() {
    // given: the Discord account has a contact of its own
    UserId discordUser = DISCORD.user();
    chat.contacts.add(Fixtures.contact(discordUser, "d1", "Clara"));
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    // when
    chat.in(DISCORD).send("/link " + code);
    // then: nothing was linked, Clara is still listed on Discord
    assertThat(chat.replies().get(0).text()).startsWith("This account has contacts of its own");
    assertThat(chat.links.canonical(discordUser)).isEqualTo(discordUser);
    assertThat(chat.contacts.count(discordUser)).isEqualTo(1);
  }

  @Test
  void refusesACodeTheSecondTime() {
    // given
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    chat.in(DISCORD).send("/link " + code);
    // when
    chat.in(new ConversationKey(Platform.DISCORD, "88", "88")).send("/link " + code);
    // then
    assertThat(chat.replies().get(0).text()).startsWith("That code does not work");
  }

  @Test
  void refusesAnExpiredCode() {
    // given
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    chat.clock.advance(Duration.ofMinutes(11));
    // when
    chat.in(DISCORD).send("/link " + code);
    // then
    assertThat(chat.replies().get(0).text()).startsWith("That code does not work");
  }

  @Test
  void refusesACodeFromTheSameAccount() {
    // given
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    // when
    chat.send("/link " + code);
    // then
    assertThat(chat.replies().get(0).text()).startsWith("That code is from this same account");
  }

  @Test
  void refusesNastyInputPolitely() {
    for (String typed : new String[] {"$where", "*_[x]_*", "😀😀", "\u202Eabc", "x".repeat(5000)}) {
      // when
      chat.in(DISCORD).send("/link " + typed);
      // then
      List<Outbound> replies = chat.replies();
      assertThat(replies.get(replies.size() - 1).text())
          .as(typed)
          .startsWith("That code does not work");
    }
  }

  @Test
  void readsCodesTypedWithConfusableLettersAndSpaces() {
    assertThat(LinkAccountsDialog.normalized("ab1o0-il 2x")).isEqualTo("AB100112X");
  }

  private static String codeFrom(String text) {
    Matcher matcher = CODE.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return matcher.group();
  }
}
