package org.pilab.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the daily bars of a symbol come from: one Yahoo-style CSV per symbol. */
public interface PriceSource {

    /** Names the origin of a symbol's prices (e.g. its file path) for error messages. */
    String describe(String symbol);

    /** Opens the symbol's CSV text; the caller closes it. */
    Reader open(String symbol) throws IOException;

    /** Reads {@code dir/SYM.csv} for symbol SYM. */
    static PriceSource directory(Path dir) {
        return new PriceSource() {
            @Override
            public String describe(String symbol) {
                return dir.resolve(symbol + ".csv").toString();
            }

            @Override
            public Reader open(String symbol) throws IOException {
                return Files.newBufferedReader(dir.resolve(symbol + ".csv"), StandardCharsets.UTF_8);
            }
        };
    }
}
