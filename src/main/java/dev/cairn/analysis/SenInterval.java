package dev.cairn.analysis;

import java.util.Arrays;

/**
 * Sen's 90 % confidence interval of a Theil–Sen slope: with N ordered pairwise slopes of n points,
 * C = z·√Var(S), Var(S) = n(n − 1)(2n + 5)/18 (Kendall's S, no tie correction) and z = 1.645, the
 * bounds are the slopes of rank (N − C)/2 and (N + C)/2 + 1 (1-based), interpolated between
 * neighbouring ranks and held inside 1…N.
 */
final class SenInterval {

  /** The two-sided 90 % quantile of the standard normal distribution. */
  static final double Z_90 = 1.6448536269514722;

  private SenInterval() {}

  /** {low, high} slope for the pairwise slopes of {@code n} points. */
  static double[] slopeBounds(double[] pairwiseSlopes, int n) {
    double[] sorted = pairwiseSlopes.clone();
    Arrays.sort(sorted);
    double c = Z_90 * Math.sqrt(n * (n - 1.0) * (2.0 * n + 5) / 18);
    int count = sorted.length;
    return new double[] {
      OrderStatistic.at(sorted, (count - c) / 2), OrderStatistic.at(sorted, (count + c) / 2 + 1)
    };
  }
}
