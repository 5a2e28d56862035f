/**
 * Full-screen terminal screens on Lanterna: the cluster dashboard (top), the nano-like editor,
 * the lesson browser. The only layer that uses Lanterna.
 *
 * <p>May use: every layer below shell (engine to lessons, realcluster).</p>
 */
package org.pilab.tui;
