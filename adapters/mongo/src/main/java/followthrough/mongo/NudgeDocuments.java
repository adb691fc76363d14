package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.BsonFields.instant;
import static followthrough.mongo.BsonFields.number;
import static followthrough.mongo.BsonFields.optionalString;
import static followthrough.mongo.BsonFields.putIfPresent;
import static followthrough.mongo.BsonFields.string;

import followthrough.core.domain.user.UserId;
import followthrough.core.scheduling.Nudge;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Maps a {@link Nudge} to its document in its lane's collection and back. Enums are stored by name.
 *
 * <p>Besides the nudge's own fields, a document carries {@code claimableAt}: from when it may be
 * claimed, that is the due time of a pending nudge and the lease end of a claimed one; a sent,
 * cancelled or given-up nudge has none. Turning "pending and due, or claimed with an expired lease"
 * into one field makes the candidate query a single range and, more importantly, lets a claim test
 * claimability by equality on {@code (_id, claimableAt)}, a unique index the embedded server serves
 * (it uses a unique index only for equality on exactly its keys).
 */
final class NudgeDocuments {

  static final String URGENT_COLLECTION = "nudges_urgent";
  static final String BULK_COLLECTION = "nudges_bulk";

  static final String ID = "_id";
  static final String OWNER = "owner";
  static final String KIND = "kind";
  static final String SUBJECT_ID = "subjectId";
  static final String DUE_AT = "dueAt";
  static final String STATUS = "status";
  static final String ATTEMPTS = "attempts";
  static final String CLAIMED_BY = "claimedBy";
  static final String LEASE_UNTIL = "leaseUntil";
  static final String CLAIMABLE_AT = "claimableAt";

  private NudgeDocuments() {}

  /** The collection of a lane: one per lane, so urgent scans never wait behind bulk ones. */
  static String collection(Nudge.Lane lane) {
    return switch (lane) {
      case URGENT -> URGENT_COLLECTION;
      case BULK -> BULK_COLLECTION;
    };
  }

  static Document toDocument(Nudge nudge) {
    Document document =
        new Document(ID, nudge.id())
            .append(OWNER, nudge.owner().value())
            .append(KIND, nudge.kind().name())
            .append(SUBJECT_ID, nudge.subjectId())
            .append(DUE_AT, date(nudge.dueAt()))
            .append(STATUS, nudge.status().name())
            .append(ATTEMPTS, nudge.attempts());
    putIfPresent(document, CLAIMED_BY, nudge.claimedBy());
    Instant leaseUntil = nudge.leaseUntil();
    putIfPresent(document, LEASE_UNTIL, leaseUntil == null ? null : date(leaseUntil));
    return document.append(CLAIMABLE_AT, date(claimableAt(nudge)));
  }

  static Nudge fromDocument(Document document) {
    Date leaseUntil = document.get(LEASE_UNTIL, Date.class);
    return new Nudge(
        string(document, ID),
        new UserId(string(document, OWNER)),
        Nudge.Kind.valueOf(string(document, KIND)),
        string(document, SUBJECT_ID),
        instant(document, DUE_AT),
        Nudge.Status.valueOf(string(document, STATUS)),
        Math.toIntExact(number(document, ATTEMPTS)),
        optionalString(document, CLAIMED_BY),
        leaseUntil == null ? null : leaseUntil.toInstant());
  }

  /** The lease end of a claimed nudge, else its due time. */
  static Instant claimableAt(Nudge nudge) {
    Instant leaseUntil = nudge.leaseUntil();
    return nudge.status() == Nudge.Status.CLAIMED && leaseUntil != null
        ? leaseUntil
        : nudge.dueAt();
  }
}
