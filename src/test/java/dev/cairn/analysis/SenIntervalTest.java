package dev.cairn.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SenIntervalTest {

  @Test
  void boundsAreTheSlopesOfSensRanks() {
    // n = 10 points have N = 45 slopes; take them as 1, 2, …, 45 (given shuffled).
    // Var(S) = 10·9·25/18 = 125, C = 1.6449·√125 = 18.3900; ranks (45 − C)/2 = 13.3050 and
    // (45 + C)/2 + 1 = 32.6950, which on 1…45 are the slopes themselves.
    double[] slopes = new double[45];
    for (int i = 0; i < 45; i++) slopes[i] = (i * 17) % 45 + 1;
    double c = 1.6448536269514722 * Math.sqrt(125);
    assertEquals(18.3900, c, 1e-4);
    double[] bounds = SenInterval.slopeBounds(slopes, 10);
    assertEquals(13.3050, bounds[0], 1e-4);
    assertEquals(32.6950, bounds[1], 1e-4);
  }

  @Test
  void fewPointsSpanEverySlope() {
    // n = 4: N = 6, C = 1.6449·√(4·3·13/18) = 4.8423; ranks 0.58 and 6.42 are held to 1 and 6.
    assertArrayEquals(
        new double[] {-1, 4}, SenInterval.slopeBounds(new double[] {2, 4, -1, 0, 3, 1}, 4));
  }

  @Test
  void ranksBetweenValuesInterpolate() {
    double[] sorted = {10, 20, 40};
    assertEquals(15, OrderStatistic.at(sorted, 1.5));
    assertEquals(10, OrderStatistic.at(sorted, 0.2));
    assertEquals(40, OrderStatistic.at(sorted, 9));
    // The 5th percentile of 0, 1, …, 199: rank 1 + 0.05·199 = 10.95 → 9.95.
    double[] hundreds = new double[200];
    for (int i = 0; i < 200; i++) hundreds[i] = i;
    assertEquals(9.95, OrderStatistic.quantile(hundreds, 0.05), 1e-9);
    assertEquals(189.05, OrderStatistic.quantile(hundreds, 0.95), 1e-9);
  }
}
