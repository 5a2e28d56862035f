package org.pilab.tui.editor;

/**
 * One entry of the two shortcut lines at the bottom: the key as nano writes it and its tag.
 *
 * @param key e.g. "^O" (shown in reverse video)
 * @param tag e.g. "Write Out"
 */
record Shortcut(String key, String tag) {
}
