package followthrough.core.scheduling;

import followthrough.core.i18n.Messages;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.NudgeQueue;
import followthrough.core.ports.UserProfiles;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of the nudge scheduler. Urgent nudges (a promised call, a meeting reminder) are drained
 * first, then bulk ones (agendas, carry-overs) a page at a time up to a budget per tick, with the
 * urgent lane drained again after every bulk page, so that an urgent nudge never waits behind more
 * than one page of bulk ones. Each nudge is claimed by id with a lease for this instance, checked
 * (a done follow-up or a moved meeting is not sent), composed in the user's language, sent through
 * the {@link ChatGateway} to the user's chat, and marked sent; a transient failure is retried with
 * capped exponential backoff (or after the platform's retry-after), an unreachable chat gives the
 * nudge up. More than {@code groupAbove} late nudges of one user go out as one message.
 *
 * <p>Idempotent: a second call right after the first finds nothing due. Safe to call from several
 * threads (ticks of one job run one at a time) and in several instances at once (claims are
 * atomic). Never throws: a failure with one nudge, one user or the whole tick is logged and the
 * next tick goes on.
 */
public final class NudgeJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(NudgeJob.class);

  private final NudgeDispatch dispatch;
  private final Clock clock;
  private final Settings settings;

  /**
   * How the job claims, paces and retries.
   *
   * @param instance this app instance's id, recorded on the nudges it claims
   * @param lease how long a claim holds before another instance may take the nudge over
   * @param pageSize how many nudges are claimed at a time
   * @param urgentPerTick at most this many urgent nudges per drain (so a tick always ends)
   * @param bulkPerTick at most this many bulk nudges per tick
   * @param firstRetry the wait after the first failure, doubled per failure
   * @param maxRetry the longest wait between tries
   * @param maxAttempts failures after which a nudge is given up
   * @param lateAfter a nudge due longer ago than this counts as late
   * @param groupAbove more late nudges of one user than this go out as one message
   */
  public record Settings(
      String instance,
      Duration lease,
      int pageSize,
      int urgentPerTick,
      int bulkPerTick,
      Duration firstRetry,
      Duration maxRetry,
      int maxAttempts,
      Duration lateAfter,
      int groupAbove) {

    public Settings {
      Objects.requireNonNull(instance, "instance");
      if (pageSize < 1 || urgentPerTick < 1 || bulkPerTick < 1 || maxAttempts < 1) {
        throw new IllegalArgumentException("page size, budgets and attempts must be positive");
      }
    }

    /**
     * Lease 2 minutes, pages of 50, 5,000 urgent per drain, 500 bulk per tick, retries after 1
     * minute doubling up to 1 hour, given up after 8 failures, late after 10 minutes, more than 3
     * late ones grouped.
     */
    public static Settings defaults(String instance) {
      return new Settings(
          instance,
          Duration.ofMinutes(2),
          50,
          5000,
          500,
          Duration.ofMinutes(1),
          Duration.ofHours(1),
          8,
          Duration.ofMinutes(10),
          3);
    }
  }

  public NudgeJob(
      NudgeQueue queue,
      NudgeComposer composer,
      NudgePlanner planner,
      UserProfiles profiles,
      ChatGateway gateway,
      Messages messages,
      Clock clock,
      Settings settings) {
    NudgeOutcomes outcomes = new NudgeOutcomes(queue, planner, settings);
    UserDelivery delivery =
        new UserDelivery(
            composer, profiles, gateway, new NudgeWording(messages), outcomes, settings);
    this.dispatch = new NudgeDispatch(queue, delivery, outcomes, settings);
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "nudges";
  }

  @Override
  public synchronized void runOnce() {
    try {
      drainUrgent();
      int budget = settings.bulkPerTick();
      while (budget > 0) {
        int claimed =
            dispatch.page(Nudge.Lane.BULK, Math.min(settings.pageSize(), budget), clock.instant());
        if (claimed == 0) {
          return;
        }
        budget -= claimed;
        drainUrgent();
      }
    } catch (RuntimeException e) {
      log.warn("A nudge tick failed; the next tick goes on", e);
    }
  }

  private void drainUrgent() {
    int budget = settings.urgentPerTick();
    while (budget > 0) {
      int claimed =
          dispatch.page(Nudge.Lane.URGENT, Math.min(settings.pageSize(), budget), clock.instant());
      if (claimed == 0) {
        return;
      }
      budget -= claimed;
    }
  }
}
