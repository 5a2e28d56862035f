package org.pilab.tui.editor;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Locale;

/**
 * What the editor does with each key: the buffer, the prompt or help screen in front of it, the
 * status message, the cut buffer and the scroll position. Drawing is {@link EditorPainter}'s job,
 * reading keys is {@link Editor}'s, so this class can be driven key by key.
 */
final class EditorSession {

    /** nano wipes a status message after this many keystrokes (without --quickblank). */
    private static final int MESSAGE_KEYSTROKES = 20;

    private final TextDocument document;
    private final TextBuffer buffer;
    private final CutBuffer cutBuffer = new CutBuffer();
    private final Viewport viewport = new Viewport();
    private Prompt prompt;
    private StatusMessage message;
    private int messageCountdown;
    private boolean inHelp;
    private boolean finished;
    private boolean savedAny;
    private String lastSearch = "";

    EditorSession(TextDocument document) {
        this.document = document;
        this.buffer = new TextBuffer(document.initialText());
    }

    TextBuffer buffer() {
        return buffer;
    }

    String documentName() {
        return document.name();
    }

    Prompt prompt() {
        return prompt;
    }

    StatusMessage message() {
        return message;
    }

    boolean inHelp() {
        return inHelp;
    }

    boolean finished() {
        return finished;
    }

    boolean savedAny() {
        return savedAny;
    }

    int topLine() {
        return viewport.top();
    }

    /**
     * Applies one key.
     *
     * @param key the key read from the terminal
     * @param editRows how many text rows the screen shows now (page size and scrolling)
     */
    void handle(KeyStroke key, int editRows) {
        if (messageCountdown > 0 && --messageCountdown == 0) {
            message = null;
        }
        if (inHelp) {
            handleHelp(key);
        } else if (prompt != null) {
            handlePrompt(key, editRows);
        } else {
            handleEditing(key, editRows);
        }
        viewport.follow(buffer.cursorLine(), editRows);
    }

    private void handleHelp(KeyStroke key) {
        boolean leave = key.getKeyType() == KeyType.Escape
                || isCtrl(key, 'x') || isCtrl(key, 'c')
                || (isPlain(key) && Character.toLowerCase(key.getCharacter()) == 'q');
        if (leave) {
            inHelp = false;
        }
    }

    // --- editing ---

    private void handleEditing(KeyStroke key, int editRows) {
        boolean cut = false;
        switch (key.getKeyType()) {
            case Character -> {
                if (key.isCtrlDown() && !key.isAltDown()) {
                    cut = handleControl(Character.toLowerCase(key.getCharacter()), editRows);
                } else if (key.isAltDown()) {
                    say(StatusMessage.info("Unbound key: M-" + Character.toUpperCase(key.getCharacter())));
                } else {
                    buffer.insert(key.getCharacter());
                }
            }
            case Tab -> buffer.insert('\t');
            case Enter -> buffer.splitLine();
            case Backspace -> buffer.backspace();
            case Delete -> buffer.delete();
            case ArrowLeft -> buffer.left();
            case ArrowRight -> buffer.right();
            case ArrowUp -> buffer.up();
            case ArrowDown -> buffer.down();
            case Home -> buffer.home();
            case End -> buffer.end();
            case PageUp -> viewport.pageUp(buffer, editRows);
            case PageDown -> viewport.pageDown(buffer, editRows);
            case F1 -> inHelp = true;
            default -> { }
        }
        if (!cut) {
            cutBuffer.otherKey();
        }
    }

    /** @return whether the key cut a line (consecutive cuts gather in one cut buffer) */
    private boolean handleControl(char c, int editRows) {
        switch (c) {
            case 'a' -> buffer.home();
            case 'e' -> buffer.end();
            case 'b' -> buffer.left();
            case 'f' -> buffer.right();
            case 'p' -> buffer.up();
            case 'n' -> buffer.down();
            case 'y' -> viewport.pageUp(buffer, editRows);
            case 'v' -> viewport.pageDown(buffer, editRows);
            case 'd' -> buffer.delete();
            case 'i' -> buffer.insert('\t');
            case 'g' -> inHelp = true;
            case 'o' -> prompt = new Prompt(Prompt.Kind.WRITE, "File Name to Write", document.name());
            case 'x' -> exitRequested();
            case 'w' -> prompt = new Prompt(Prompt.Kind.SEARCH, searchLabel(), "");
            case '_', '/' -> prompt = new Prompt(Prompt.Kind.GO_TO_LINE, "Enter line number, column number", "");
            case 'c' -> say(StatusMessage.info(location()));
            case 'k' -> {
                cutBuffer.cut(buffer);
                return true;
            }
            case 'u' -> paste();
            case 't' -> notAvailable("Execute");
            case 'r' -> notAvailable("Read File");
            case '\\' -> notAvailable("Replace");
            case 'j' -> notAvailable("Justify");
            default -> say(StatusMessage.info("Unbound key: ^" + Character.toUpperCase(c)));
        }
        return false;
    }

    private void paste() {
        if (!cutBuffer.paste(buffer)) {
            say(StatusMessage.info("Cutbuffer is empty"));
        }
    }

    private void notAvailable(String function) {
        say(StatusMessage.info(function + " is not available in this editor"));
    }

    private void exitRequested() {
        if (buffer.modified()) {
            prompt = new Prompt(Prompt.Kind.SAVE_BEFORE_EXIT, "Save modified buffer? ", "");
        } else {
            finished = true;
        }
    }

    private String location() {
        int lines = buffer.lineCount();
        int lineNo = buffer.cursorLine() + 1;
        int column = buffer.cursorColumn() + 1;
        int width = TextBuffer.displayWidth(buffer.line(buffer.cursorLine()),
                buffer.line(buffer.cursorLine()).length()) + 1;
        int before = buffer.charactersBeforeCursor();
        int total = buffer.totalCharacters();
        int charPercent = total == 0 ? 0 : 100 * before / total;
        return String.format(Locale.ROOT, "line %d/%d (%d%%), col %d/%d (%d%%), char %d/%d (%d%%)",
                lineNo, lines, 100 * lineNo / lines, column, width, 100 * column / width,
                before, total, charPercent);
    }

    // --- prompts ---

    private void handlePrompt(KeyStroke key, int editRows) {
        if (isCtrl(key, 'c')) {
            prompt = null;
            say(StatusMessage.info("Cancelled"));
            return;
        }
        if (isCtrl(key, 'g')) {
            inHelp = true;
            return;
        }
        switch (prompt.kind()) {
            case SAVE_BEFORE_EXIT -> answerSaveBeforeExit(key);
            case WRITE, WRITE_THEN_EXIT -> {
                if (key.getKeyType() == KeyType.Enter) {
                    write(prompt.kind() == Prompt.Kind.WRITE_THEN_EXIT);
                }
                // The name is fixed: the document decides where its text goes.
            }
            case SEARCH, GO_TO_LINE -> editAnswer(key, editRows);
        }
    }

    private void answerSaveBeforeExit(KeyStroke key) {
        if (!isPlain(key)) {
            return;
        }
        char answer = Character.toLowerCase(key.getCharacter());
        if (answer == 'y') {
            prompt = new Prompt(Prompt.Kind.WRITE_THEN_EXIT, "File Name to Write", document.name());
        } else if (answer == 'n') {
            prompt = null;
            finished = true;
        }
    }

    private void write(boolean exitAfter) {
        prompt = null;
        SaveResult result = document.save(buffer.text());
        if (!result.written()) {
            say(StatusMessage.alert("Error writing " + document.name() + ": " + result.reason()));
            return;
        }
        int count = buffer.writtenLineCount();
        buffer.markSaved();
        savedAny = true;
        say(StatusMessage.info("Wrote " + count + (count == 1 ? " line" : " lines")));
        if (exitAfter) {
            finished = true;
        }
    }

    private void editAnswer(KeyStroke key, int editRows) {
        String answer = prompt.answer();
        switch (key.getKeyType()) {
            case Enter -> {
                Prompt done = prompt;
                prompt = null;
                if (done.kind() == Prompt.Kind.SEARCH) {
                    search(answer, editRows);
                } else {
                    goToLine(answer, editRows);
                }
            }
            case Backspace -> {
                if (!answer.isEmpty()) {
                    prompt = prompt.withAnswer(answer.substring(0, answer.length() - 1));
                }
            }
            case Character -> {
                if (!key.isCtrlDown() && !key.isAltDown()) {
                    prompt = prompt.withAnswer(answer + key.getCharacter());
                }
            }
            default -> { }
        }
    }

    private String searchLabel() {
        return lastSearch.isEmpty() ? "Search" : "Search [" + lastSearch + "]";
    }

    private void search(String answer, int editRows) {
        if (answer.isEmpty() && lastSearch.isEmpty()) {
            say(StatusMessage.info("Cancelled"));
            return;
        }
        if (!answer.isEmpty()) {
            lastSearch = answer;
        }
        switch (buffer.find(lastSearch)) {
            case FOUND -> message = null;
            case FOUND_AFTER_WRAP -> say(StatusMessage.info("Search Wrapped"));
            case ONLY_OCCURRENCE -> say(StatusMessage.info("This is the only occurrence"));
            case NOT_FOUND -> say(StatusMessage.info("\"" + lastSearch + "\" not found"));
        }
        viewport.centreIfHidden(buffer.cursorLine(), editRows);
    }

    private void goToLine(String answer, int editRows) {
        if (answer.isBlank()) {
            say(StatusMessage.info("Cancelled"));
            return;
        }
        String[] parts = answer.trim().split("\\s*,\\s*");
        try {
            int lineNumber = Integer.parseInt(parts[0]);
            int column = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            buffer.goTo(lineNumber, column);
            viewport.centreIfHidden(buffer.cursorLine(), editRows);
        } catch (NumberFormatException e) {
            say(StatusMessage.alert("Invalid line or column number"));
        }
    }

    // --- shared ---

    private void say(StatusMessage newMessage) {
        message = newMessage;
        messageCountdown = MESSAGE_KEYSTROKES;
    }

    /** Scrolls to show the cursor line, e.g. after the window got smaller. */
    void keepCursorVisible(int editRows) {
        viewport.follow(buffer.cursorLine(), editRows);
    }

    private static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown()
                && Character.toLowerCase(key.getCharacter()) == c;
    }

    private static boolean isPlain(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown();
    }
}
