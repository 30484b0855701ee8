/**
 * The content stage: reads a portfolio folder ({@code content/site.yaml}, goals and logs) into the
 * records of {@code dev.cairn.model}, reporting every problem as a positioned diagnostic.
 */
package dev.cairn.content;
