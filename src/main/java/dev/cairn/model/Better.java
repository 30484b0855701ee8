package dev.cairn.model;

/** Which direction of a metric counts as improvement. */
public enum Better {
  HIGHER,
  LOWER
}
