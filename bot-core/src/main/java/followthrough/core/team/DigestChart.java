package followthrough.core.team;

import java.time.LocalDate;
import java.util.List;

/**
 * Draws the digest's chart: the activity of a line per week, as a PNG. Kept behind this interface
 * so that the charting library stays in one class ({@link JFreeDigestChart}).
 */
public interface DigestChart {

  /** Width of the picture in pixels. */
  int WIDTH = 800;

  /** Height of the picture in pixels. */
  int HEIGHT = 400;

  /**
   * Renders one bar per week, labelled with the day and month of its Monday (no words, so the
   * picture needs no translation; the message around it says what it shows).
   *
   * @param weeks the Mondays of the weeks, oldest first
   * @param totals what the line did in each week, same order
   * @return the PNG, {@link #WIDTH} by {@link #HEIGHT} pixels
   */
  byte[] render(List<LocalDate> weeks, List<Integer> totals);
}
