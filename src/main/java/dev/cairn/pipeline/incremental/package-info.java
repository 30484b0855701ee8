/**
 * Incremental rebuilds for the dev server, behind one seam: {@link
 * dev.cairn.pipeline.incremental.IncrementalStages} wraps the pure stages and hands on, for every
 * input equal to last build's, what it gave last time. One-off builds never come here.
 */
package dev.cairn.pipeline.incremental;
