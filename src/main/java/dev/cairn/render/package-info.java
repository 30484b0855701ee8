/**
 * Rendering: Markdown to safe HTML, view models, FreeMarker templates of the theme, and every
 * output file of the site as bytes in memory. Writing them to disk is the site stage's job.
 */
package dev.cairn.render;
