/**
 * The chart stage: turns analysis results into SVG charts, sparklines and PNG share images with
 * JFreeChart, each with a text alternative and a table of the figures it shows. Data preparation
 * ({@link dev.cairn.chart.ChartDataPreparer}) is kept apart from drawing so it can be checked
 * without pixels.
 */
package dev.cairn.chart;
