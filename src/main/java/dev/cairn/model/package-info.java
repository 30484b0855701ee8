/** The validated portfolio as immutable records: what every later stage reads. No I/O here. */
package dev.cairn.model;
