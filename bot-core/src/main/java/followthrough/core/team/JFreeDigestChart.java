package followthrough.core.team;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@link DigestChart} drawn with JFreeChart, headless (it sets {@code java.awt.headless} when
 * unset: a server has no display). The only class of the core that knows the charting library: a
 * plain library, not a framework, so it may live here, and the digest test checks the real picture.
 * Thread-safe: each call builds its own chart.
 */
public final class JFreeDigestChart implements DigestChart {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");

  public JFreeDigestChart() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  @Override
  public byte[] render(List<LocalDate> weeks, List<Integer> totals) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < weeks.size(); i++) {
      data.addValue(totals.get(i), "activity", weeks.get(i).format(DAY));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
