package dev.cairn.model;

/** A goal's status from its front matter. */
public enum GoalStatus {
  ACTIVE,
  PAUSED,
  DONE
}
