package org.pilab.tui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextBufferTest {

    @Test
    void aFinalNewlineBecomesAnEmptyLastLineAndComesBackOnSave() {
        TextBuffer buffer = new TextBuffer("a\nb\n");

        assertEquals(3, buffer.lineCount());
        assertEquals("a\nb\n", buffer.text());
        assertEquals(2, buffer.writtenLineCount());
        assertFalse(buffer.modified());
    }

    @Test
    void windowsLineEndsAreReadAsUnixOnes() {
        assertEquals("a\nb\n", new TextBuffer("a\r\nb\r\n").text());
    }

    @Test
    void backspaceAtALineStartJoinsItToThePreviousLine() {
        TextBuffer buffer = new TextBuffer("ab\ncd\n");
        buffer.down();
        buffer.backspace();

        assertEquals("abcd\n", buffer.text());
        assertEquals(2, buffer.cursorIndex());
        assertTrue(buffer.modified());
    }

    @Test
    void deleteAtALineEndPullsUpTheNextLine() {
        TextBuffer buffer = new TextBuffer("ab\ncd\n");
        buffer.end();
        buffer.delete();

        assertEquals("abcd\n", buffer.text());
    }

    @Test
    void upAndDownKeepTheWantedColumnAcrossAShortLine() {
        TextBuffer buffer = new TextBuffer("abcdef\nab\nabcdef\n");
        buffer.end();
        buffer.down();
        assertEquals(2, buffer.cursorIndex());
        buffer.down();
        assertEquals(6, buffer.cursorIndex());
    }

    @Test
    void tabsCountToTheNextMultipleOfEight() {
        TextBuffer buffer = new TextBuffer("ab\tc\n");
        buffer.end();

        assertEquals(9, buffer.cursorColumn());
        assertEquals(8, TextBuffer.displayWidth("ab\tc", 3));
    }

    @Test
    void theEmptyLastLineCannotBeCut() {
        TextBuffer buffer = new TextBuffer("a\n");
        buffer.down();

        assertNull(buffer.cutLine());
        assertFalse(buffer.modified());
    }

    @Test
    void searchIsCaseInsensitiveStartsAfterTheCursorAndWraps() {
        TextBuffer buffer = new TextBuffer("State=UP\nx\nstate=down\n");

        assertEquals(TextBuffer.SearchOutcome.FOUND, buffer.find("STATE"));
        assertEquals(2, buffer.cursorLine());
        assertEquals(TextBuffer.SearchOutcome.FOUND_AFTER_WRAP, buffer.find("state"));
        assertEquals(0, buffer.cursorLine());
        assertEquals(TextBuffer.SearchOutcome.NOT_FOUND, buffer.find("gres"));
        assertEquals(0, buffer.cursorLine());
    }

    @Test
    void aSingleMatchUnderTheCursorIsTheOnlyOccurrence() {
        TextBuffer buffer = new TextBuffer("one two\n");
        assertEquals(TextBuffer.SearchOutcome.FOUND, buffer.find("two"));
        assertEquals(TextBuffer.SearchOutcome.ONLY_OCCURRENCE, buffer.find("two"));
        assertEquals(4, buffer.cursorIndex());
    }
}
