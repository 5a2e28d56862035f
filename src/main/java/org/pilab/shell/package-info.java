/**
 * The interactive lesson shell on JLine: command registry, completion, prompt, status line,
 * and its scripted (non-terminal) form. The only layer that uses JLine.
 *
 * <p>May use: every layer below it (engine to lessons, realcluster).</p>
 */
package org.pilab.shell;
