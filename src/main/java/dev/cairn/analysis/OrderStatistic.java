package dev.cairn.analysis;

/** Values at fractional ranks of sorted values, interpolated between neighbours. */
final class OrderStatistic {

  private OrderStatistic() {}

  /** The value at a 1-based fractional rank, held inside 1…n. */
  static double at(double[] sorted, double rank) {
    double r = Math.max(1, Math.min(sorted.length, rank)) - 1;
    int below = (int) Math.floor(r);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (r - below) * (sorted[above] - sorted[below]);
  }

  /** The {@code p}-th quantile (0 to 1): rank 1 + p·(n − 1). */
  static double quantile(double[] sorted, double p) {
    return at(sorted, 1 + p * (sorted.length - 1));
  }
}
