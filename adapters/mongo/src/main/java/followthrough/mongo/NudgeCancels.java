package followthrough.mongo;

import static followthrough.mongo.NudgeDocuments.CLAIMABLE_AT;
import static followthrough.mongo.NudgeDocuments.ID;

import com.mongodb.client.model.Updates;
import followthrough.core.domain.user.UserId;
import followthrough.core.scheduling.Nudge.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The cancel side of {@link MongoNudgeQueue}: finds a subject's nudges through {@link
 * NudgeSubjects} (by {@code _id}, never by a scan) and cancels the pending ones with a swap on
 * their key. A claimed one is left to its holder (a retry may bring it back, and a later cancel
 * finds it then). Thread-safe.
 */
final class NudgeCancels {

  /** How often a cancel that lost a race reads the nudge again before it gives up. */
  private static final int ATTEMPTS = 3;

  private static final Bson CANCELLED = Updates.set(NudgeDocuments.STATUS, Status.CANCELLED.name());

  private final Collection<NudgeLane> lanes;
  private final NudgeSubjects subjects;

  NudgeCancels(Collection<NudgeLane> lanes, NudgeSubjects subjects) {
    this.lanes = lanes;
    this.subjects = subjects;
  }

  /** Cancels the owner's pending nudges about the subject; returns how many. */
  int cancel(UserId owner, String subjectId) {
    List<String> ids = subjects.nudgeIds(owner, subjectId);
    int cancelled = 0;
    List<String> finished = new ArrayList<>();
    for (NudgeLane lane : ids.isEmpty() ? List.<NudgeLane>of() : lanes) {
      for (Document stored : lane.findAll(ids)) {
        if (owner.value().equals(stored.get(NudgeDocuments.OWNER))) {
          boolean cancelledNow = cancelPending(lane, stored);
          cancelled += cancelledNow ? 1 : 0;
          if (cancelledNow || !NudgeLane.isClaimable(stored)) {
            finished.add(stored.getString(ID)); // a claimed one stays: a retry may bring it back
          }
        }
      }
    }
    subjects.forget(owner, subjectId, finished);
    return cancelled;
  }

  /** Cancels the stored nudge if it is pending, reading it again when it changed meanwhile. */
  private static boolean cancelPending(NudgeLane lane, Document stored) {
    Document current = stored;
    for (int attempt = 0; attempt < ATTEMPTS && current != null; attempt++) {
      if (!NudgeLane.isPending(current)) {
        return false;
      }
      Date key = current.getDate(CLAIMABLE_AT);
      if (lane.swap(current.getString(ID), key, CANCELLED, key, NudgeLane::isPending) != null) {
        return true;
      }
      current = lane.find(current.getString(ID));
    }
    return false;
  }
}
