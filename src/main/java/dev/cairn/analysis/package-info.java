/**
 * The progress engine: pure computations of docs/computations.md over the model, returning
 * immutable results. No I/O, templates or charts here.
 */
package dev.cairn.analysis;
