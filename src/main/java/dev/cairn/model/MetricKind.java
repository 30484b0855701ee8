package dev.cairn.model;

/** Whether a metric measures growing capability (mastery) or participation (activity). */
public enum MetricKind {
  MASTERY,
  ACTIVITY
}
