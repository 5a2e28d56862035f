package org.pilab.engine.broker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.pilab.engine.Fill;
import org.pilab.engine.LedgerEntry;

/**
 * Every fill of a run in primitive columns (no objects in the simulation loop); the public
 * {@link Fill} and {@link LedgerEntry} records are built once, at the end.
 */
public final class TradeLog {

    private int size;
    private int[] day = new int[64];
    private int[] asset = new int[64];
    private double[] quantity = new double[64];
    private double[] price = new double[64];
    private double[] consideration = new double[64];
    private double[] commission = new double[64];
    private double[] totalCost = new double[64];
    private double[] cashBefore = new double[64];
    private double[] cashAfter = new double[64];

    void record(int fillDay, int fillAsset, double qty, double fillPrice, double roundedConsideration,
            double fee, double cost, double before, double after) {
        if (size == day.length) {
            grow();
        }
        day[size] = fillDay;
        asset[size] = fillAsset;
        quantity[size] = qty;
        price[size] = fillPrice;
        consideration[size] = roundedConsideration;
        commission[size] = fee;
        totalCost[size] = cost;
        cashBefore[size] = before;
        cashAfter[size] = after;
        size++;
    }

    private void grow() {
        int n = day.length * 2;
        day = Arrays.copyOf(day, n);
        asset = Arrays.copyOf(asset, n);
        quantity = Arrays.copyOf(quantity, n);
        price = Arrays.copyOf(price, n);
        consideration = Arrays.copyOf(consideration, n);
        commission = Arrays.copyOf(commission, n);
        totalCost = Arrays.copyOf(totalCost, n);
        cashBefore = Arrays.copyOf(cashBefore, n);
        cashAfter = Arrays.copyOf(cashAfter, n);
    }

    public int size() {
        return size;
    }

    /** The fills; {@code dates} maps a day number to its date, fills happen at the market open. */
    public List<Fill> fills(IntFunction<LocalDate> dates, List<String> symbols) {
        List<Fill> out = new ArrayList<>(size);
        OpenTimes times = new OpenTimes(dates);
        for (int i = 0; i < size; i++) {
            out.add(new Fill(times.at(day[i]), symbols.get(asset[i]), (long) quantity[i], price[i],
                    consideration[i], commission[i]));
        }
        return out;
    }

    /**
     * The cash ledger: the initial subscription at {@code start}, then one row per fill with
     * amounts and balance rounded to cents as QSTrader's portfolio history shows them.
     */
    public List<LedgerEntry> ledger(LocalDateTime start, double initialCash, IntFunction<LocalDate> dates,
            List<String> symbols) {
        List<LedgerEntry> out = new ArrayList<>(size + 1);
        out.add(new LedgerEntry(start, "SUBSCRIPTION", 0.0, Cents.round(initialCash), Cents.round(initialCash)));
        OpenTimes times = new OpenTimes(dates);
        StringBuilder sb = new StringBuilder(48);
        for (int i = 0; i < size; i++) {
            boolean buy = quantity[i] > 0;
            sb.setLength(0);
            sb.append(buy ? "LONG " : "SHORT ").append((long) quantity[i]).append(" EQ:")
                    .append(symbols.get(asset[i])).append(' ');
            String description = Cents.append(sb, price[i]).toString();
            double rounded = Cents.round(totalCost[i]);
            double debit = buy ? rounded : 0.0;
            double credit = buy ? 0.0 : -1.0 * rounded;
            out.add(new LedgerEntry(times.at(day[i]), description, debit, credit, Cents.round(cashAfter[i])));
        }
        return out;
    }

    /** One message per fill that cost more than the cash available (it still went through). */
    public List<String> shortOfCash(IntFunction<LocalDate> dates, List<String> symbols) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (consideration[i] + commission[i] > cashBefore[i]) {
                out.add(dates.apply(day[i]) + " 14:30 " + (quantity[i] > 0 ? "buy " : "sell ")
                        + (long) Math.abs(quantity[i]) + " " + symbols.get(asset[i]) + ": cost "
                        + Cents.format(consideration[i] + commission[i]) + " exceeds cash "
                        + Cents.format(cashBefore[i]) + "; filled anyway, cash went negative");
            }
        }
        return out;
    }

    /** Caches the market-open time of the last day asked for: fills come in runs of one day. */
    private static final class OpenTimes {
        private final IntFunction<LocalDate> dates;
        private int lastDay = Integer.MIN_VALUE;
        private LocalDateTime lastTime;

        OpenTimes(IntFunction<LocalDate> dates) {
            this.dates = dates;
        }

        LocalDateTime at(int d) {
            if (d != lastDay) {
                lastDay = d;
                lastTime = dates.apply(d).atTime(LocalTime.of(14, 30));
            }
            return lastTime;
        }
    }
}
