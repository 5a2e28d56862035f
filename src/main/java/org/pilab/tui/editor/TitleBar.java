package org.pilab.tui.editor;

/**
 * The top line, placed as nano 7.2 places it: the version at column 2, the path centred in the
 * space left over, the state ("Modified") right-aligned two columns from the edge. When the line
 * is too narrow the version goes first, then the path is shortened with "...".
 */
final class TitleBar {

    static final String VERSION = "GNU nano 7.2";
    private static final String MODIFIED = "Modified";

    private TitleBar() {
    }

    /** The title line, exactly {@code columns} characters wide. */
    static String line(int columns, String path, boolean modified) {
        char[] row = new char[columns];
        java.util.Arrays.fill(row, ' ');
        String state = modified ? MODIFIED : "";
        int versionWidth = VERSION.length() + 3;
        // An unmodified buffer keeps room for "Modified" so the path does not jump when it appears.
        int placeholder = modified ? 0 : MODIFIED.length() + 1;
        int stateWidth = state.length() + 2;
        int pathWidth = path.length() + (state.isEmpty() ? 0 : 1);
        boolean showVersion = versionWidth + pathWidth + placeholder + stateWidth <= columns;
        if (showVersion) {
            put(row, 2, VERSION);
        } else {
            versionWidth = 2;
            if (versionWidth + pathWidth + placeholder + stateWidth > columns) {
                placeholder = 0;
            }
        }
        String shown = path;
        int room = columns - versionWidth - placeholder - stateWidth;
        if (path.length() > room) {
            shown = room > 3 ? "..." + path.substring(path.length() - (room - 3)) : "";
        }
        int offset = versionWidth + (columns - (versionWidth + placeholder + stateWidth)
                - (shown.length() + (state.isEmpty() ? 0 : 1))) / 2;
        put(row, Math.max(0, offset), shown);
        if (!state.isEmpty() && stateWidth <= columns) {
            put(row, columns - stateWidth, state);
        }
        return new String(row);
    }

    private static void put(char[] row, int at, String text) {
        for (int i = 0; i < text.length() && at + i < row.length; i++) {
            if (at + i >= 0) {
                row[at + i] = text.charAt(i);
            }
        }
    }
}
