package dev.cairn.analysis;

/**
 * A rise in challenge within a period: the highest level logged before it ({@code from}, 0 when
 * none) and the highest level logged in it ({@code to}, above {@code from}).
 */
public record ChallengeStep(int from, int to) {}
