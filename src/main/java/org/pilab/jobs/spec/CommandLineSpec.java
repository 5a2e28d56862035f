package org.pilab.jobs.spec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The QSTrader-style command line ({@code --start-date D --end-date D --allocations SPY:0.6,AGG:0.4
 * [--rebalance weekly:WED] [--cash-buffer 0.01] [--fees 0.001,0.005] ...}) turned into a spec
 * tree, so it goes through exactly the checks of a spec file. Flag syntax errors name the flag.
 *
 * @param dataDir       --data-dir (default: the spec default, datasets/market)
 * @param startDate     --start-date YYYY-MM-DD
 * @param endDate       --end-date YYYY-MM-DD
 * @param allocations   --allocations SYM:WEIGHT,... (fixed weights; the universe is their symbols)
 * @param rebalance     --rebalance end_of_month | weekly[:DAY] | daily | buy_and_hold
 * @param cashBuffer    --cash-buffer fraction (long-only)
 * @param grossLeverage --gross-leverage L (switches to long-short sizing)
 * @param fees          --fees COMMISSION,TAX as fractions
 * @param benchmark     --benchmark SYMBOL
 * @param title         --title
 * @param initialCash   --initial-cash
 */
public record CommandLineSpec(
        Optional<String> dataDir,
        String startDate,
        String endDate,
        String allocations,
        Optional<String> rebalance,
        Optional<Double> cashBuffer,
        Optional<Double> grossLeverage,
        Optional<String> fees,
        Optional<String> benchmark,
        Optional<String> title,
        Optional<Double> initialCash) {

    /** Names the spec in messages. */
    public static final String SOURCE = "command line";

    public CommandLineSpec {
        Objects.requireNonNull(startDate, "--start-date");
        Objects.requireNonNull(endDate, "--end-date");
        Objects.requireNonNull(allocations, "--allocations");
    }

    /** Field paths of the spec and the flags that set them, for messages about flag values. */
    private static final Map<String, String> FLAG_OF_FIELD = new LinkedHashMap<>();

    static {
        FLAG_OF_FIELD.put("data_dir", "--data-dir");
        FLAG_OF_FIELD.put("start", "--start-date");
        FLAG_OF_FIELD.put("end", "--end-date");
        FLAG_OF_FIELD.put("initial_cash", "--initial-cash");
        FLAG_OF_FIELD.put("alpha.weights", "--allocations");
        FLAG_OF_FIELD.put("rebalance", "--rebalance");
        FLAG_OF_FIELD.put("sizing.cash_buffer", "--cash-buffer");
        FLAG_OF_FIELD.put("sizing.gross_leverage", "--gross-leverage");
        FLAG_OF_FIELD.put("fees", "--fees");
        FLAG_OF_FIELD.put("benchmark.symbol", "--benchmark");
    }

    /** Reads these options as a spec; a problem is reported against the flag that caused it. */
    public BacktestSpec read(BacktestSpecReader reader) {
        try {
            return reader.fromTree(toTree(), SOURCE);
        } catch (SpecException e) {
            String prefix = SOURCE + ": ";
            String message = e.getMessage();
            if (message.startsWith(prefix)) {
                String rest = message.substring(prefix.length());
                for (Map.Entry<String, String> m : FLAG_OF_FIELD.entrySet()) {
                    if (rest.startsWith(m.getKey() + ":") || rest.startsWith(m.getKey() + ".")) {
                        throw new SpecException(m.getValue() + " (" + rest.substring(0, rest.indexOf(':')) + ")"
                                + rest.substring(rest.indexOf(':')), e);
                    }
                }
            }
            throw e;
        }
    }

    public ObjectNode toTree() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode spec = f.objectNode();
        spec.put("title", title.orElse("Backtest"));
        dataDir.ifPresent(d -> spec.put("data_dir", d));
        spec.put("start", startDate);
        spec.put("end", endDate);
        initialCash.ifPresent(c -> spec.put("initial_cash", c));
        ObjectNode alpha = spec.putObject("alpha");
        alpha.put("type", "fixed");
        ObjectNode weights = alpha.putObject("weights");
        for (String pair : allocations.split(",", -1)) {
            String[] parts = pair.trim().split(":", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw flag("--allocations", "\"" + pair + "\" is not SYMBOL:WEIGHT; write e.g. SPY:0.6,AGG:0.4");
            }
            weights.put(parts[0].trim(), number("--allocations", parts[1], "the weight of " + parts[0].trim()));
        }
        rebalance.ifPresent(r -> spec.set("rebalance", rebalance(r)));
        if (grossLeverage.isPresent()) {
            if (cashBuffer.isPresent()) {
                throw flag("--cash-buffer", "applies to long-only sizing; it cannot be combined with --gross-leverage");
            }
            spec.putObject("sizing").put("type", "long_short").put("gross_leverage", grossLeverage.get());
        } else {
            cashBuffer.ifPresent(b -> spec.putObject("sizing").put("type", "long_only").put("cash_buffer", b));
        }
        fees.ifPresent(text -> {
            String[] parts = text.split(",", -1);
            if (parts.length != 2) {
                throw flag("--fees", "\"" + text + "\" is not COMMISSION,TAX; write e.g. 0.001,0.005 for 0.1% and 0.5%");
            }
            spec.putObject("fees").put("type", "percent")
                    .put("commission", number("--fees", parts[0], "the commission"))
                    .put("tax", number("--fees", parts[1], "the tax"));
        });
        benchmark.ifPresent(b -> spec.putObject("benchmark").put("symbol", b));
        return spec;
    }

    private static ObjectNode rebalance(String text) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":", -1);
        r.put("frequency", parts[0]);
        if (parts.length == 2 && parts[0].equals("weekly")) {
            r.put("weekday", parts[1].toUpperCase(Locale.ROOT));
        } else if (parts.length != 1) {
            throw flag("--rebalance", "\"" + text
                    + "\" is not one of end_of_month, weekly, weekly:DAY (e.g. weekly:WED), daily, buy_and_hold");
        }
        return r;
    }

    private static double number(String flag, String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw flag(flag, "\"" + text.trim() + "\" is not a number (" + what + ")");
        }
    }

    private static SpecException flag(String flag, String problem) {
        return new SpecException(flag + ": " + problem);
    }
}
