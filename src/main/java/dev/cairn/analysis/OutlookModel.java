package dev.cairn.analysis;

/** The shape an outlook follows: the straight Theil–Sen line or a saturating learning curve. */
public enum OutlookModel {
  LINE,
  CURVE
}
