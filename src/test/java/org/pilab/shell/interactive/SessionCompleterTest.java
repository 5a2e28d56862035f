package org.pilab.shell.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

class SessionCompleterTest {

    private static List<Candidate> complete(FakeSession session, String line, int cursor) throws Exception {
        try (PipedOutputStream keys = new PipedOutputStream();
             Terminal terminal = ShellHarness.terminal(Terminal.TYPE_DUMB, new PipedInputStream(keys),
                     new ByteArrayOutputStream());
             SessionWorker worker = new SessionWorker(session)) {
            SessionCompleter completer = new SessionCompleter(worker);
            LineReaderImpl reader = (LineReaderImpl) LineReaderBuilder.builder().terminal(terminal)
                    .parser(new DefaultParser()).completer(completer).build();
            ParsedLine parsed = reader.getParser().parse(line, cursor, ParseContext.COMPLETE);
            List<Candidate> candidates = new ArrayList<>();
            reader.getCompleter().complete(reader, parsed, candidates);
            return candidates;
        }
    }

    @Test
    void asksTheSessionWithTheWholeLineAndTheCursor() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.candidates = List.of("pi1", "pi2", "pi3");
        List<Candidate> candidates = complete(session, "ssh pi", 6);

        assertEquals(List.of("ssh pi|6"), session.completions);
        assertEquals(List.of("pi1", "pi2", "pi3"), candidates.stream().map(Candidate::value).toList());
        assertTrue(candidates.stream().allMatch(Candidate::complete), "a host name is a whole word");
    }

    @Test
    void aCursorInsideTheLineIsPassedAsItIs() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.candidates = List.of("--partition=");
        complete(session, "sbatch --par job.sh", 11);

        assertEquals(List.of("sbatch --par job.sh|11"), session.completions);
    }

    @Test
    void aFolderTakesNoSpaceAfterItAndIsListedByItsLastName() throws Exception {
        FakeSession session = new FakeSession("laptop");
        session.candidates = List.of("lessons/01-first-login/", "lessons/README.md");
        List<Candidate> candidates = complete(session, "cat lessons/", 12);

        Candidate folder = candidates.get(0);
        assertEquals("lessons/01-first-login/", folder.value());
        assertEquals("01-first-login/", folder.displ());
        assertFalse(folder.complete());
        Candidate file = candidates.get(1);
        assertEquals("README.md", file.displ());
        assertTrue(file.complete());
    }

    @Test
    void noCandidatesWhenTheSessionHasNone() throws Exception {
        FakeSession session = new FakeSession("laptop");
        assertTrue(complete(session, "xyz", 3).isEmpty());
    }
}
