/**
 * The content stage: reads a portfolio folder ({@code content/site.yaml}, {@code
 * content/goals/*.md}, {@code content/logs/**}{@code /*.md}) into the records of {@code
 * dev.cairn.model}, reporting every problem of the run as a diagnostic at {@code path:line:column}.
 * {@link dev.cairn.content.ContentLoader} is the entry point; everything else is internal.
 *
 * <p>Rules the loader applies, as docs/content.md states them for users:
 *
 * <ul>
 *   <li>Files are strict UTF-8 (a leading byte-order mark is dropped). Lines end at LF, CRLF or a
 *       lone CR, counted the same way for front matter, YAML positions and bad bytes.
 *   <li>YAML is only composed into nodes (never constructed into objects), under limits on aliases,
 *       nesting and length. Merge keys ({@code <<}) and type tags are refused; other explicit tags
 *       are ignored.
 *   <li>Scalars are typed from their text as written, not by YAML 1.1 resolution: text fields take
 *       the text ({@code title: no} is "no"); numbers are plain decimals ({@code 12}, {@code -3},
 *       {@code 4.5}, {@code 1e3}); a quoted number such as {@code '12'} is text and refused where a
 *       number is expected; booleans are exactly {@code true}/{@code false} without quotes; dates
 *       are {@code YYYY-MM-DD}, quoted or not, checked against the calendar, never timestamps.
 *   <li>An unquoted empty value, {@code ~} or {@code null} means "not given"; for a log metric it
 *       means "not recorded".
 *   <li>A log's {@code challenge} is a level number when written as an unquoted whole number in
 *       range, otherwise a level name (exact, then ignoring case); a quoted number that names no
 *       level is taken as a number too.
 *   <li>A log may give a metric value under {@code metrics:} or as a top-level key named by the
 *       metric's id, not both; a goal's metric ids may therefore not be log keys. A log's {@code
 *       goal} is a slug or a wiki link to the goal's file ({@code [[guitar]]}, quoted or not).
 *   <li>Tags keep their spelling, trimmed; repeated tags are kept once.
 *   <li>A goal or log with errors is left out of the portfolio. A log of a goal whose file has
 *       errors is checked as far as possible and left out without a second error.
 *   <li>Log slugs are assigned over all log files, private ones and drafts included (see {@link
 *       dev.cairn.content.LogSlugs}).
 *   <li>Symbolic links are followed only while they stay inside the portfolio folder; names
 *       starting with '.' are skipped.
 * </ul>
 */
package dev.cairn.content;
