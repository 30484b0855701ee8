/**
 * {@code cairn import}: reads another tool's export (Loop Habit Tracker, Strava, Habitica) into
 * ordinary goal and log files. One reader per format turns the export into an {@link
 * dev.cairn.importer.ImportPlan}; {@link dev.cairn.importer.ImportWriter} writes a plan all or
 * nothing. Uses {@code model} and {@code content}, nothing of the site-building stages.
 */
package dev.cairn.importer;
