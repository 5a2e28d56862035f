/**
 * The {@code pilab} command: main, the picocli sub-commands and the wiring between layers.
 * The only place that builds everything and the top of the layer stack.
 *
 * <p>May use: every other layer.</p>
 */
package org.pilab.app;
