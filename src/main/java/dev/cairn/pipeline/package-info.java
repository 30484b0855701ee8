/** The build pipeline: load → validate → analyse → chart → render → write, in one place. */
package dev.cairn.pipeline;
