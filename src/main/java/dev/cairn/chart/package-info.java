/**
 * The chart stage: turns analysis results into SVG charts, sparklines and PNG share images with
 * JFreeChart, each with a text alternative and a table of the figures it shows. {@link
 * dev.cairn.chart.ChartRenderer} plans (prepares each chart's data and words, drawing nothing) and
 * draws (runs the planned {@link dev.cairn.chart.ChartJob}s); both are functions of their inputs,
 * so a caller that wants to skip unchanged charts compares jobs. Data preparers compute series,
 * describers write the words from the message bundle, and one drawer per chart kind draws on a
 * shared {@code ChartStyle}.
 */
package dev.cairn.chart;
