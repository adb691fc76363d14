package followthrough.core.domain.checklist;

/** How far a checklist is: {@code done} of {@code total} items, shown as "3 of 5". */
public record Progress(int done, int total) {

  /** Whether every item is done. */
  public boolean complete() {
    return total > 0 && done == total;
  }
}
