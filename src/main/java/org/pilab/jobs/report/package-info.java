/**
 * Turning a backtest result into what people read: the terminal tearsheet (statistics table,
 * monthly heatmap, yearly returns, text charts), the summary JSON, CSV tables and a
 * self-contained HTML report with inline SVG charts, written atomically as one folder.
 *
 * <p>Nothing here prints: renderers return text and writers take paths.</p>
 */
package org.pilab.jobs.report;
