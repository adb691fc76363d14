package followthrough.core.dialogs.link;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Outbound;
import followthrough.core.conversation.Platform;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.followup.FollowUp.Kind;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
  void showsBothAccountsContactsOnBothAfterLinking() {
    // given: Anna has a contact on Telegram, and on Discord another one with a follow-up
    UserId discordUser = DISCORD.user();
    chat.contacts.add(Fixtures.contact(Fixtures.ANNA, "c1", "Boris Petrov"));
    chat.contacts.add(Fixtures.contact(discordUser, "d1", "Clara Weiss"));
    chat.followUps.add(
        FollowUp.open(
            "f1",
            discordUser,
            "d1",
            Kind.CHECK_IN,
            null,
            Fixtures.T0.plusSeconds(86_400),
            null,
            Fixtures.T0));
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    // when
    chat.in(DISCORD).send("/link " + code);
    // then: both contacts are listed on either platform, the follow-up is the merged user's
    assertThat(chat.replies().get(0).text()).startsWith("Linked.").contains("(contacts: 1)");
    assertThat(contactLabels(DISCORD))
        .anySatisfy(label -> assertThat(label).contains("Boris Petrov"))
        .anySatisfy(label -> assertThat(label).contains("Clara Weiss"));
    assertThat(contactLabels(TELEGRAM))
        .anySatisfy(label -> assertThat(label).contains("Boris Petrov"))
        .anySatisfy(label -> assertThat(label).contains("Clara Weiss"));
    assertThat(chat.followUps.find(Fixtures.ANNA, "f1")).isPresent();
    assertThat(chat.contacts.count(discordUser)).isZero();
  }

  @Test
  void plansTheNudgesOfTheMovedDataForTheCodesUserOnly() {
    // given: a chat whose /link records whom it plans nudges for
    List<UserId> replanned = new ArrayList<>();
    ChatScript recorded =
        ChatScript.of(
            new BundleMessages(),
            c ->
                List.of(
                    new LinkAccountsDialog(
                        c.links,
                        new AccountMerge(
                            c.contacts,
                            c.touches,
                            c.orders,
                            c.followUps,
                            c.meetings,
                            c.checklists,
                            c.checklistTemplates,
                            c.events),
                        replanned::add,
                        new Random(7))));
    recorded.contacts.add(Fixtures.contact(DISCORD.user(), "d1", "Clara"));
    String code = codeFrom(recorded.in(TELEGRAM).send("/link").replies().get(0).text());
    // when
    recorded.in(DISCORD).send("/link " + code);
    // then
    assertThat(replanned).containsExactly(Fixtures.ANNA);
  }

  @Test
  void saysNothingAboutMovingWhenTheJoiningAccountHadNoData() {
    // given
    String code = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    // when
    chat.in(DISCORD).send("/link " + code);
    // then
    assertThat(chat.replies().get(0).text()).startsWith("Linked.").doesNotContain("moved");
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
  void refusesACodeWhoseAccountWasLinkedToThisOneMeanwhile() {
    // given: a second Discord account asks for a code, then joins Anna's Telegram account
    ConversationKey second = new ConversationKey(Platform.DISCORD, "88", "88");
    String early = codeFrom(chat.in(second).send("/link").replies().get(0).text());
    String annas = codeFrom(chat.in(TELEGRAM).send("/link").replies().get(0).text());
    chat.in(second).send("/link " + annas);
    // when Anna's Telegram account enters the early code
    chat.in(TELEGRAM).send("/link " + early);
    // then it counts as the same account, and no link goes round in a circle
    assertThat(chat.replies().get(0).text()).startsWith("That code is from this same account");
    assertThat(chat.links.canonical(second.user())).isEqualTo(Fixtures.ANNA);
    assertThat(chat.links.canonical(Fixtures.ANNA)).isEqualTo(Fixtures.ANNA);
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

  private List<String> contactLabels(ConversationKey where) {
    return chat.in(where).send("/contacts").replies().stream()
        .flatMap(m -> m.rows().stream())
        .flatMap(List::stream)
        .map(Outbound.Button::label)
        .toList();
  }

  private static String codeFrom(String text) {
    Matcher matcher = CODE.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return matcher.group();
  }
}
