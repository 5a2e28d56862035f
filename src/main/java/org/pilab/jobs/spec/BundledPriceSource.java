package org.pilab.jobs.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.pilab.engine.data.PriceSource;

/**
 * Price files carried inside the jar as classpath resources ({@code /datasets/market/SPY.csv}),
 * so a Pi with only the jar and a JRE can run the shipped examples.
 */
public final class BundledPriceSource implements PriceSource {

    private final String root;

    /** @param root absolute resource folder, e.g. {@code /datasets/market} */
    public BundledPriceSource(String root) {
        this.root = root;
    }

    @Override
    public String describe(String symbol) {
        return "pilab.jar!" + resource(symbol);
    }

    @Override
    public Reader open(String symbol) throws IOException {
        InputStream in = BundledPriceSource.class.getResourceAsStream(resource(symbol));
        if (in == null) {
            // The engine turns this into "no prices for SYMBOL" with the name above.
            throw new NoSuchFileException(describe(symbol));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private String resource(String symbol) {
        return root + "/" + symbol + ".csv";
    }
}
