/**
 * The data export stage: {@code site/data/portfolio.json} and one daily-values CSV per goal,
 * written as text from the analysis results. Deterministic, no templates.
 */
package dev.cairn.render.data;
