/** The {@code cairn} command line: parses arguments, runs a stage, prints diagnostics, exits. */
package dev.cairn.cli;
