/**
 * The dev server behind {@code cairn serve}: builds the portfolio into a temporary folder, serves
 * it on loopback, watches content/ and themes/, rebuilds, and reloads open pages.
 */
package dev.cairn.serve;
