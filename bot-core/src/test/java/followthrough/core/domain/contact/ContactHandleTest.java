package followthrough.core.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactHandleTest {

  @ParameterizedTest
  @CsvSource({
    "+49 151 2345678, PHONE",
    "(0151) 234-56-78, PHONE",
    "8 (916) 123-45-67, PHONE",
    "@anna_k, USERNAME",
    "anna.k@example.org, EMAIL",
    "jörg@müller.de, EMAIL"
  })
  void readsPhonesUsernamesAndEmails(String text, ContactHandle.Kind kind) {
    assertThat(ContactHandle.parse(text)).contains(new ContactHandle(kind, text.strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "call me", "12345", "+1 2345 6789 0123 4567", "@", "a@b", "@@x"})
  void refusesWhatIsNoHandle(String text) {
    assertThat(ContactHandle.parse(text)).isEmpty();
  }
}
