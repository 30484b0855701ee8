package dev.cairn.analysis;

/** How much of a goal's record is evidence of capability rather than attendance. */
public record Evidence(int logs, int wins, double masteryShare, boolean participationOnly) {}
