package followthrough.mongo;

import static followthrough.mongo.BsonFields.date;
import static followthrough.mongo.NudgeDocuments.CLAIMABLE_AT;
import static followthrough.mongo.NudgeDocuments.CLAIMED_BY;
import static followthrough.mongo.NudgeDocuments.LEASE_UNTIL;

import followthrough.core.scheduling.Nudge;
import followthrough.core.scheduling.Nudge.Lane;
import followthrough.core.scheduling.Nudge.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The page-at-a-time side of {@link MongoNudgeQueue}: a page of candidates claimed, and the sent
 * ones marked, in one bulk write per lane on the {@code {_id, claimableAt}} keys its pages and
 * claims remembered ({@link SeenNudges}); what it did not list or claim goes through {@link
 * NudgeClaims} one by one. On the embedded server a bulk of 500 such writes takes about 60 % of the
 * time of 500 single ones (docs/benchmarks.md). Thread-safe.
 */
final class NudgePages {

  private final Map<Lane, NudgeLane> lanes;
  private final SeenNudges seen;
  private final NudgeClaims single;

  NudgePages(Map<Lane, NudgeLane> lanes, SeenNudges seen, NudgeClaims single) {
    this.lanes = lanes;
    this.seen = seen;
    this.single = single;
  }

  /**
   * Claims the listed candidates of each lane in one bulk write on their {@code {_id, claimableAt}}
   * keys, and the rest one by one. When every key matched, every candidate is this instance's; else
   * each is read back to see which are. A key read on a candidate page is {@code <= now} and so
   * belongs to a claimable nudge, unless the nudge was finished in the moment between the page and
   * the claim: cancelled (its subject is re-checked before sending, so it is dismissed) or marked
   * sent by a holder whose lease had run out (the same duplicate a lease takeover allows anyway).
   */
  List<Nudge> claimAll(List<String> ids, String instance, Instant now, Duration lease) {
    Date until = date(now.plus(lease));
    Map<Lane, Map<String, Document>> listed = new EnumMap<>(Lane.class);
    Map<String, Nudge> claimed = new HashMap<>();
    for (String id : ids) {
      SeenNudges.Candidate candidate = seen.takeCandidate(id);
      if (candidate != null && !candidate.claimableAt().after(date(now))) {
        listed
            .computeIfAbsent(candidate.lane(), l -> new LinkedHashMap<>())
            .put(id, candidate.document());
      } else {
        seen.putBack(id, candidate);
        single.claim(id, instance, now, lease).ifPresent(n -> claimed.put(id, n));
      }
    }
    listed.forEach((lane, candidates) -> claimListed(lane, candidates, instance, until, claimed));
    List<Nudge> inOrder = new ArrayList<>(claimed.size());
    for (String id : ids) {
      Nudge nudge = claimed.get(id);
      if (nudge != null) {
        inOrder.add(nudge);
      }
    }
    return inOrder;
  }

  private void claimListed(
      Lane lane,
      Map<String, Document> candidates,
      String instance,
      Date until,
      Map<String, Nudge> claimed) {
    NudgeLane nudges = lanes.get(lane);
    Map<String, Date> keys = new LinkedHashMap<>();
    candidates.forEach((id, document) -> keys.put(id, document.getDate(CLAIMABLE_AT)));
    boolean allMatched =
        nudges.swapAll(keys, NudgeClaims.claimUpdate(instance, until)) == keys.size();
    candidates.forEach(
        (id, document) -> {
          if (allMatched || isHeld(nudges.find(id), instance, until)) {
            seen.held(id, new SeenNudges.Held(lane, instance, until));
            claimed.put(
                id, NudgeClaims.claimedAs(NudgeDocuments.fromDocument(document), instance, until));
          }
        });
  }

  private static boolean isHeld(@Nullable Document stored, String instance, Date until) {
    return stored != null
        && NudgeLane.hasStatus(stored, Status.CLAIMED)
        && instance.equals(stored.get(CLAIMED_BY))
        && until.equals(stored.getDate(LEASE_UNTIL));
  }

  /**
   * Marks the nudges this queue claimed for {@code instance} sent, one bulk write per lane on the
   * keys of the claims (only the holder's own writes keep such a key; a takeover moves it), and the
   * others one by one. When some key did not match, each of that lane is marked one by one.
   */
  void sentAll(List<String> ids, String instance) {
    Map<Lane, Map<String, Date>> held = new EnumMap<>(Lane.class);
    for (String id : ids) {
      SeenNudges.Held claim = seen.takeHeld(id, instance);
      if (claim != null) {
        held.computeIfAbsent(claim.lane(), l -> new LinkedHashMap<>()).put(id, claim.leaseUntil());
      } else {
        single.sent(id, instance);
      }
    }
    held.forEach(
        (lane, keys) -> {
          if (lanes.get(lane).swapAll(keys, NudgeClaims.SENT) < keys.size()) {
            keys.keySet()
                .forEach(id -> single.sent(id, instance)); // reads each; a marked one stays
          }
        });
  }
}
