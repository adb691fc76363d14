package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.number;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Platform;
import followthrough.core.dialog.DialogState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Maps a {@link DialogState} to its document in {@code dialog_states} and back. Slots are stored as
 * an array of {@code {k, v}} documents, never as field names: their keys are chosen by dialogs and
 * could contain {@code $} or {@code .}, which MongoDB treats specially in field names.
 */
final class DialogStateDocuments {

  static final String ID = "_id";
  static final String PLATFORM = "platform";
  static final String CHAT_ID = "chatId";
  static final String USER_ID = "userId";
  static final String DIALOG_ID = "dialogId";
  static final String DIALOG_VERSION = "dialogVersion";
  static final String STEP = "step";
  static final String SLOTS = "slots";
  static final String SLOT_KEY = "k";
  static final String SLOT_VALUE = "v";
  static final String REVISION = "revision";
  static final String UPDATED_AT = "updatedAt";
  static final String EXPIRES_AT = "expiresAt";

  private DialogStateDocuments() {}

  /** The document id of a conversation's state. */
  static String id(ConversationKey key) {
    return key.asId();
  }

  static Document toDocument(DialogState state) {
    ConversationKey key = state.key();
    return new Document(ID, id(key))
        .append(PLATFORM, key.platform().code())
        .append(CHAT_ID, key.chatId())
        .append(USER_ID, key.userId())
        .append(DIALOG_ID, state.dialogId())
        .append(DIALOG_VERSION, state.dialogVersion())
        .append(STEP, state.step())
        .append(SLOTS, slots(state.slots()))
        .append(REVISION, state.revision())
        .append(UPDATED_AT, date(state.updatedAt()))
        .append(EXPIRES_AT, date(state.expiresAt()));
  }

  static DialogState fromDocument(Document document) {
    ConversationKey key =
        new ConversationKey(
            Platform.fromCode(string(document, PLATFORM)),
            string(document, CHAT_ID),
            string(document, USER_ID));
    return new DialogState(
        key,
        string(document, DIALOG_ID),
        Math.toIntExact(number(document, DIALOG_VERSION)),
        string(document, STEP),
        slots(document),
        number(document, REVISION),
        instant(document, UPDATED_AT),
        instant(document, EXPIRES_AT));
  }

  private static List<Document> slots(Map<String, String> slots) {
    return slots.entrySet().stream()
        .map(e -> new Document(SLOT_KEY, e.getKey()).append(SLOT_VALUE, e.getValue()))
        .toList();
  }

  private static Map<String, String> slots(Document document) {
    Map<String, String> slots = new LinkedHashMap<>();
    for (Document slot : document.getList(SLOTS, Document.class, List.of())) {
      slots.put(string(slot, SLOT_KEY), string(slot, SLOT_VALUE));
    }
    return slots;
  }
}
