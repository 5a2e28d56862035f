package org.pilab.tui.editor;

import java.util.ArrayList;
import java.util.List;

/** A document that keeps every text it was asked to save and answers with a fixed result. */
final class RecordingDocument implements TextDocument {

    private final String name;
    private final String initialText;
    private final SaveResult answer;
    private final List<String> saves = new ArrayList<>();

    RecordingDocument(String name, String initialText, SaveResult answer) {
        this.name = name;
        this.initialText = initialText;
        this.answer = answer;
    }

    static RecordingDocument writable(String name, String text) {
        return new RecordingDocument(name, text, SaveResult.ok());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String initialText() {
        return initialText;
    }

    @Override
    public SaveResult save(String text) {
        saves.add(text);
        return answer;
    }

    List<String> saves() {
        return saves;
    }
}
