package org.pilab.tui.editor;

/**
 * The file the editor works on. The caller owns the file system (a virtual host's files or a real
 * one) and decides whether a write is allowed; the editor only holds the text while it is edited.
 */
public interface TextDocument {

    /** The path shown in the title bar and in the "File Name to Write:" prompt. */
    String name();

    /** The text when the editor opens, with '\n' line ends (empty for a new file). */
    String initialText();

    /**
     * Writes the buffer. The text ends with a newline unless it is empty, as nano writes it.
     *
     * @return {@link SaveResult#ok()} or {@link SaveResult#refused(String)} with the reason
     *     (for example "Permission denied"), which the editor shows as nano does:
     *     "[ Error writing NAME: REASON ]"
     */
    SaveResult save(String text);
}
