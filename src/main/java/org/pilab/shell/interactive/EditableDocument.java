package org.pilab.shell.interactive;

import org.pilab.shell.FullScreenRequest.EditableFile;
import org.pilab.tui.editor.SaveResult;
import org.pilab.tui.editor.TextDocument;

/**
 * A session's file as the editor sees it. The save goes through the session's thread, since
 * writing a virtual host's file is session work like any command.
 */
final class EditableDocument implements TextDocument {

    private final EditableFile file;
    private final SessionWorker worker;
    private final String initialText;

    EditableDocument(EditableFile file, SessionWorker worker) {
        this.file = file;
        this.worker = worker;
        this.initialText = worker.call(file::text);
    }

    @Override
    public String name() {
        return file.path();
    }

    @Override
    public String initialText() {
        return initialText;
    }

    @Override
    public SaveResult save(String text) {
        String refusal = worker.call(() -> file.save(text));
        if (refusal == null) {
            return SaveResult.ok();
        }
        // The editor must show some reason; a session that gave none still failed to write.
        return SaveResult.refused(refusal.isBlank() ? "Input/output error" : refusal);
    }
}
