/**
 * End-to-end checks of the built sample portfolio: in a real browser, and against HTML5 and Atom.
 */
package dev.cairn.e2e;
