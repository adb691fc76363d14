package followthrough.core.scheduling;

/**
 * A piece of scheduled work. {@link #runOnce()} does what is due now and returns; it is idempotent,
 * catches its own failures so the schedule goes on, and may be called from any thread (the
 * scheduler, or the terminal chat's {@code :tick}).
 */
public interface Job {

  /** A short name for logs. */
  String name();

  /** Does the work that is due now. */
  void runOnce();
}
