package dev.cairn.chart;

/**
 * Exactly what one chart file is drawn from: its series, positions and words, as a record whose
 * equality is value equality. Opaque outside this package.
 */
public sealed interface ChartData
    permits TrendChartData,
        BeforeAfterChartData,
        ActivityChartData,
        CalendarChartData,
        SparklineData,
        ShareImageData {}
