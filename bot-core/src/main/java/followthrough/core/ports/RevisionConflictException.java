package followthrough.core.ports;

/**
 * Thrown by a store when a write was based on a revision that is no longer current: another turn on
 * the same conversation got there first, and this one must not win.
 */
public final class RevisionConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RevisionConflictException(String what) {
    super(what);
  }
}
