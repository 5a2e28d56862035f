package org.pilab.jobs.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.pilab.engine.EquityCurve;
import org.pilab.engine.Fill;
import org.pilab.engine.LedgerEntry;
import org.pilab.engine.Performance;

/** The report's CSV files: daily equity, the strategy's cash ledger and its fills. */
final class CsvTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvTables() {
    }

    /** {@code date,strategy[,benchmark]}: one row per strategy row, benchmark blank where it has none. */
    static String equity(Performance strategy, Optional<Performance> benchmark) {
        EquityCurve curve = strategy.equity();
        double[] bench = benchmark.map(b -> TearsheetRenderer.alignedTo(curve, b.equity())).orElse(null);
        StringBuilder out = new StringBuilder(benchmark.isPresent() ? "date,strategy,benchmark\n" : "date,strategy\n");
        for (int i = 0; i < curve.size(); i++) {
            out.append(curve.date(i)).append(',').append(Numbers.plain(curve.value(i)));
            if (bench != null) {
                out.append(',').append(Numbers.plain(bench[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String ledger(Performance p) {
        StringBuilder out = new StringBuilder("time,description,debit,credit,balance\n");
        for (LedgerEntry e : p.ledger()) {
            out.append(time(e.time())).append(',').append(field(e.description())).append(',')
                    .append(Numbers.plain(e.debit())).append(',').append(Numbers.plain(e.credit())).append(',')
                    .append(Numbers.plain(e.balance())).append('\n');
        }
        return out.toString();
    }

    static String fills(Performance p) {
        StringBuilder out = new StringBuilder("time,symbol,quantity,price,consideration,commission\n");
        for (Fill f : p.fills()) {
            out.append(time(f.time())).append(',').append(field(f.symbol())).append(',').append(f.quantity())
                    .append(',').append(Numbers.plain(f.price())).append(',').append(Numbers.plain(f.consideration()))
                    .append(',').append(Numbers.plain(f.commission())).append('\n');
        }
        return out.toString();
    }

    private static String time(LocalDateTime t) {
        return TIME.format(t);
    }

    /** RFC 4180 quoting, only when needed. */
    static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
