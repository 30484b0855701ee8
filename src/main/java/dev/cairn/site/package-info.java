/**
 * Writing the site: guarding the output folder, writing into a fresh folder beside it, and swapping
 * it in with a rename so that a failed build leaves the previous site as it was.
 */
package dev.cairn.site;
