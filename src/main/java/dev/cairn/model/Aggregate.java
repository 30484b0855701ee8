package dev.cairn.model;

/** How several values of one day (and the days of one week) are combined. */
public enum Aggregate {
  SUM,
  BEST,
  MEAN,
  LAST
}
