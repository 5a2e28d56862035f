/**
 * The backtest engine: Yahoo-style CSV bars, the weekday price table, signals, alpha models,
 * portfolio sizing, broker with fee models, rebalance schedules, the backtest session and its
 * statistics. It reproduces QSTrader v0.3.0's semantics by default.
 *
 * <p>May use: the JDK and commons-math3 only. It knows nothing of clusters, terminals or
 * files other than the price CSVs it is asked to read, and it never reads the wall clock.</p>
 */
package org.pilab.engine;
