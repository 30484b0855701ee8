/**
 * The progress engine: pure computations of PRODUCT.md "Computations" over the model, returning
 * immutable results. No I/O, templates or charts here.
 */
package dev.cairn.analysis;
