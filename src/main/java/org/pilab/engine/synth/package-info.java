/**
 * Seeded synthetic daily prices in the Yahoo CSV layout, for universes bigger than the real
 * files shipped in datasets/market: correlated returns from a one-factor model, calm and
 * stressed volatility regimes, quarterly dividends (so Adj Close differs from Close), market
 * holidays and consistent open/high/low/close bars.
 *
 * <p>Pure engine code: the JDK and commons-math3 only, no files written and no wall clock.
 * The same parameters always give the same text, byte for byte, on every JVM (StrictMath
 * throughout, one seeded stream per asset).</p>
 */
package org.pilab.engine.synth;
